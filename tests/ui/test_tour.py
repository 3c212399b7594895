"""The first-start tour: five steps pointing at the real widgets, Next/Back/Skip and Esc,
shown once, reopened from Help, never in a lecturer's way."""
import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.ui import startup
from app.ui.window import MainWindow


def highlighted(window) -> QRect:
    return window.tour.overlay.hole.toRect()


def on_screen_rect(window, widget) -> QRect:
    corner = window.tour.overlay.mapFromGlobal(widget.mapToGlobal(QPoint(0, 0)))
    return QRect(corner, widget.size())


def test_a_window_made_by_a_test_shows_no_tour(window):
    assert not window.tour.active
    assert window.tour.overlay is None


def test_help_opens_the_tour_and_each_step_points_at_its_widget(window, qtbot):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text() == "Tour of the window…").trigger()
    overlay = window.tour.overlay
    assert overlay.isVisible()
    targets = [window.scenes_dock, window.timeline, window.canvas, window.plots_dock,
               window.controls_dock]
    titles = []
    for number, target in enumerate(targets, start=1):
        assert overlay.counter.text() == f"Step {number} of 5"
        assert target.isVisible()
        assert highlighted(window).contains(on_screen_rect(window, target).adjusted(2, 2, -2, -2))
        callout = overlay.callout.geometry()
        assert overlay.rect().contains(callout)
        assert not callout.intersects(highlighted(window)) or target is window.canvas
        titles.append(overlay.title.text())
        qtbot.mouseClick(overlay.next, Qt.MouseButton.LeftButton)
    assert titles == ["The scenes", "The timeline and its beats", "The picture", "The plots",
                      "Dose, drug and blockers"]
    assert not window.tour.active and not overlay.isVisible()


def test_back_returns_and_esc_skips_without_leaving_the_window(window, qtbot):
    window.tour.start()
    overlay = window.tour.overlay
    assert not overlay.back.isEnabled()
    qtbot.mouseClick(overlay.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(overlay.next, Qt.MouseButton.LeftButton)
    assert overlay.title.text() == "The picture"
    qtbot.mouseClick(overlay.back, Qt.MouseButton.LeftButton)
    assert overlay.title.text() == "The timeline and its beats"
    t = window.state.t
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert overlay.title.text() == "The picture" and window.state.t == t
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.tour.active and not overlay.isVisible()
    assert window.isVisible() and not window.presenter.active


def test_skip_ends_it(window, qtbot):
    window.tour.start()
    qtbot.mouseClick(window.tour.overlay.skip, Qt.MouseButton.LeftButton)
    assert not window.tour.overlay.isVisible()


def test_presenting_ends_the_tour(window, qtbot):
    window.tour.start()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter.active
    assert not window.tour.active and not window.tour.overlay.isVisible()


def test_the_tour_speaks_chinese(window, qtbot):
    from app.i18n import install_language
    install_language("zh_CN")
    try:
        window.tour.start()
        overlay = window.tour.overlay
        assert overlay.counter.text() == "第 1 步，共 5 步"
        assert "场景" in overlay.title.text()
        assert "下一步" == overlay.next.text()
    finally:
        install_language("en")


def first_start(qtbot, monkeypatch, present: bool):
    """What ``main.py`` does after showing the window, on a first start."""
    QSettings().clear()
    app = QApplication.instance()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    if present:
        win.presenter.present()
    monkeypatch.setattr(app, "_current_window", win, raising=False)
    ran = []
    recovery = win.lessons.offer_recovery  # the first thing after_start does
    monkeypatch.setattr(win.lessons, "offer_recovery", lambda: ran.append(recovery()))
    startup.after_start(app, crashed_before=False)
    qtbot.waitUntil(lambda: bool(ran))
    return win


def test_a_first_start_offers_the_tour_once(qtbot, monkeypatch):
    win = first_start(qtbot, monkeypatch, present=False)
    assert win.tour.active and win.tour.overlay.isVisible()
    win.tour.skip()
    win.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.tour.offer_once()
    assert not again.tour.active


def test_a_lecturer_starting_in_presenter_mode_gets_no_tour(qtbot, monkeypatch):
    win = first_start(qtbot, monkeypatch, present=True)
    assert not win.tour.active and win.tour.overlay is None
    assert not win.settings.tour_seen()  # offered on the next ordinary start
    win.presenter.leave()
    win.close()


def test_a_closed_panel_gets_its_words_in_the_middle_without_a_ring(window, qtbot):
    window.plots_dock.close()
    window.tour.start()
    for _ in range(3):
        window.tour.next()
    overlay = window.tour.overlay
    assert overlay.title.text() == "The plots"
    assert overlay.hole.isEmpty()
    assert overlay.callout.geometry().center().x() == pytest.approx(overlay.rect().center().x(),
                                                                  abs=2)
    assert not window.plots_dock.isVisible()  # the tour does not rearrange the window
