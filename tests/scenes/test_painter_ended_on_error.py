"""A drawing that raises ends its painter: the error reaches the caller, the app survives.

A QPainter left active on an image that is then destroyed aborts the process, so these run
in a child process: a regression shows as a crashed child, not a crashed test run.
"""
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = textwrap.dedent("""
    import gc, os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.model import simulate, Scenario
    from app.scenes import SCENES, RenderContext
    from app.scenes.art_dendrite import stamp
    from app.scenes.theme import theme_named
    from app.export import render_frame

    def broken(painter, *args):
        raise RuntimeError("drawing bug")

    ctx = RenderContext(theme_named("dark"))
    caught = 0
    for attempt in range(3):
        for call in (lambda: ctx.cached_layer("test", str(attempt), QRectF(0, 0, 50, 40), broken),
                     lambda: stamp(None, ctx, "test-%d" % attempt, QPointF(0, 0), 8.0, broken)):
            try:
                call()
            except RuntimeError:
                caught += 1
        gc.collect()

    scene = SCENES["spine-growth"]
    original = scene.paint_art
    def art_with_broken_layer(painter, trajectory, t, ctx):
        ctx.cached_layer("spine-growth", "broken", QRectF(0, 0, 100, 100), broken)
    scene.paint_art = art_with_broken_layer
    try:
        render_frame("spine-growth", simulate(Scenario()), t=30.0, size=(320, 180))
    except RuntimeError:
        caught += 1
    gc.collect()
    print("caught", caught)
""")


def test_a_layer_or_stamp_whose_drawing_raises_leaves_no_painter_behind():
    result = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "caught 7" in result.stdout
    assert "being painted" not in result.stderr
