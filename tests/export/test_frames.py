"""Single frames round-trip: PNG through QImage (size, provenance, transparency), SVG
through an XML parser (text kept as text, title and description present)."""
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from app import __version__
from app.export.export import run
from app.export.requests import FrameRequest
from app.export.vector import render_svg
from app.model import Scenario
from app.scenes import SCENES

SVG = "{http://www.w3.org/2000/svg}"


def test_png_frame_has_its_size_and_provenance(tmp_path, trajectory):
    out = tmp_path / "frame.png"
    assert run(FrameRequest("glutamate-burst", 1.5, out, size=(640, 360)), trajectory) == [out]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 360)
    assert not image.hasAlphaChannel()
    assert image.text("Software") == f"Ketamine Cascade {__version__}"
    assert image.text("Scene") == "glutamate-burst"
    assert image.text("Time").startswith("1.5 h")
    assert Scenario.from_json(image.text("Scenario")) == trajectory.scenario
    assert [p.name for p in tmp_path.iterdir()] == ["frame.png"]


def test_transparent_png_keeps_an_alpha_channel(tmp_path, trajectory):
    out = tmp_path / "frame.png"
    run(FrameRequest("overview", 1.0, out, size=(320, 180), transparent=True), trajectory)
    image = QImage(str(out))
    assert image.hasAlphaChannel()
    assert image.pixelColor(2, 178).alpha() == 0  # the background is not painted


def test_progress_reports_the_one_step(tmp_path, trajectory):
    seen = []
    run(FrameRequest("overview", 1.0, tmp_path / "f.png", size=(64, 36)), trajectory,
        progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 1)]


def test_svg_frame_is_vector_with_text_and_provenance(tmp_path, trajectory):
    out = tmp_path / "frame.svg"
    run(FrameRequest("spine-growth", 20.0, out, "svg", size=(960, 540)), trajectory)
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 960 540"
    texts = " ".join("".join(node.itertext()) for node in root.iter(f"{SVG}text"))
    assert SCENES["spine-growth"].title in texts  # the cached title layer became text
    assert "+20 h" in texts  # the clock
    assert root.find(f"{SVG}title").text.startswith(SCENES["spine-growth"].title)
    description = root.find(f"{SVG}desc").text
    assert "Scene: spine-growth" in description and '"drug":"ketamine"' in description
    assert "'Noto Sans CJK SC'" in out.read_text() and "sans-serif" in out.read_text()


def test_svg_of_a_scene_with_composited_layers_still_parses(trajectory):
    data = render_svg("bdnf-mtor", trajectory, 1.0, (480, 270))
    root = ET.fromstring(data)
    assert len(list(root.iter(f"{SVG}text"))) > 10
    assert len(list(root.iter(f"{SVG}image"))) >= 1  # the faded tube stays a picture


def test_the_gallery_holds_one_small_png_per_scene():
    from pathlib import Path

    from PySide6.QtGui import QImage
    gallery = Path(__file__).resolve().parents[2] / "docs" / "gallery"
    files = sorted(gallery.glob("*.png"))
    assert [f.stem.split("-", 1)[1] for f in files] == list(SCENES)
    for path in files:
        assert path.stat().st_size < 300_000
        assert not QImage(str(path)).isNull()
