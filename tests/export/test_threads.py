"""The Export dialog runs exports in a worker thread: that must work and stay exact."""
import threading

from PySide6.QtGui import QImage

from app.export import render_frame
from app.export.export import run
from app.export.requests import ClipRequest


def test_a_clip_exported_in_a_worker_thread_matches_the_main_thread(tmp_path, trajectory):
    request = ClipRequest("interneuron-blockade", 0.2, 1.2, tmp_path / "frames", "png",
                          duration_s=0.5, fps=8, size=(192, 108))
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.update(paths=run(request, trajectory)))
    worker.start()
    worker.join(60)
    paths = outcome["paths"]
    assert len(paths) == 4
    expected = render_frame("interneuron-blockade", trajectory, 1.2, (192, 108))
    saved = QImage(str(paths[-1])).convertToFormat(QImage.Format.Format_RGB32)
    assert saved == expected.convertToFormat(QImage.Format.Format_RGB32)
