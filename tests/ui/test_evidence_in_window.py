"""The evidence, as a lecturer meets it in the window: View > Show evidence (E) redraws the
overview, the explanation and the speaker notes name each beat's evidence, Help lists it."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from app.export import render_frame
from app.scenes import SCENES
from app.ui.help import SHORTCUTS


def canvas_image(window):
    window.canvas.repaint()
    return window.canvas.grab().toImage()


def test_the_evidence_shortcut_is_free_and_listed():
    keys = [key for _, shortcut, _ in SHORTCUTS for key in shortcut]
    assert keys.count("E") == 1


def test_e_toggles_the_evidence_view_of_the_canvas_and_is_remembered(window, qtbot):
    before = canvas_image(window)
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert window.menus.named["evidence"].isChecked() and window.canvas.settings.evidence
    assert canvas_image(window) != before
    assert window.settings.value("evidence_view") in (True, "true")
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert not window.canvas.settings.evidence
    assert canvas_image(window) == before


def test_the_explanation_names_the_beats_evidence(window, qtbot):
    beat = next(b for b in SCENES["bdnf-mtor"].beats(window.state.trajectory)
                if b.key == "brake-released")
    window.state.set_scene("bdnf-mtor")
    window.state.set_time(beat.t)
    window.captions.refresh()
    text = window.captions.toPlainText()
    assert "Evidence" in text and "contested" in text and "Autry 2011" in text


def test_the_speaker_notes_name_the_beats_evidence(window, qtbot):
    beat = SCENES["overview"].beats(window.state.trajectory)[1]
    window.state.set_time(beat.t)
    window.presenter.show_notes()
    window.presenter.notes_window.refresh()
    assert "Moghaddam 1997" in window.presenter.notes_window.notes.toPlainText()


def test_help_lists_the_evidence_table(window):
    window.help.show_evidence()
    texts = [b.toPlainText() for b in window.findChildren(QTextBrowser) if b.isVisible()]
    assert any("Abdallah 2020, Neuropsychopharmacology" in t and "contested" in t
               for t in texts)


def test_a_frame_export_can_carry_the_evidence_view(window, tmp_path):
    from app.export.export import run
    from app.export.requests import FrameRequest
    trajectory = window.state.trajectory
    out = tmp_path / "evidence.png"
    run(FrameRequest("overview", 2.0, out, size=(640, 360), evidence=True), trajectory,
        lambda *_: None, lambda: False)
    from PySide6.QtGui import QImage
    saved = QImage(str(out)).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    shown = render_frame("overview", trajectory, 2.0, (640, 360), evidence=True)
    plain = render_frame("overview", trajectory, 2.0, (640, 360))
    assert saved == shown.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert saved != plain.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
