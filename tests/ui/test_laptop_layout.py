"""A student's 1366x768 laptop: the window with its frame fits the screen, the picture comes
first with the panels in one tabbed column, nothing scrolls sideways, no text is tiny,
larger text is not clipped, and F11 shows the picture alone."""
import pytest
from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, Qt
from PySide6.QtGui import QFontInfo, QTextFormat
from PySide6.QtWidgets import QApplication, QWidget

from app.i18n import install_language
from app.ui import screen_fit
from app.ui.screen_fit import (
    ASSUMED_FRAME,
    first_geometry,
    fitted_geometry,
    restore_geometry,
    saved_normal_geometry,
)
from app.ui.window import MainWindow

LAPTOP = QRect(0, 0, 1366, 768)
# what window managers put around a window: openbox, Windows 10, GNOME (a thick title bar)
FRAMES = [QMargins(1, 20, 1, 5), QMargins(8, 31, 8, 8), QMargins(0, 37, 0, 0), ASSUMED_FRAME]
SCREENS = [LAPTOP, QRect(0, 0, 1366, 728),  # a task bar at the bottom
           QRect(0, 27, 1366, 741),  # a top panel (GNOME)
           QRect(1920, 0, 1280, 720),  # a small second screen on the right
           QRect(0, 0, 1920, 1040), QRect(0, 0, 3840, 2110)]
SMALLEST_TEXT_PX = 11


def framed(client: QRect, frame: QMargins) -> QRect:
    return client.marginsAdded(frame)


@pytest.mark.parametrize("available", SCREENS)
@pytest.mark.parametrize("frame", FRAMES)
def test_the_first_window_with_its_frame_fits_the_available_screen(available, frame):
    client = first_geometry(available, frame)
    assert available.contains(framed(client, frame))
    assert client.width() >= min(1600, available.width() - frame.left() - frame.right())
    assert client.height() >= min(900, available.height() - frame.top() - frame.bottom())


@pytest.mark.parametrize("remembered", [QRect(0, 0, 1600, 900), QRect(300, 200, 1200, 700),
                                        QRect(-400, 900, 800, 600), QRect(2000, 50, 1900, 1000)])
@pytest.mark.parametrize("frame", FRAMES)
def test_a_remembered_geometry_is_fitted_to_a_smaller_screen(remembered, frame):
    client = fitted_geometry(LAPTOP, frame, remembered)
    assert LAPTOP.contains(framed(client, frame))
    assert client.size() == remembered.size().boundedTo(LAPTOP.marginsRemoved(frame).size())


def test_a_geometry_that_fits_is_kept():
    remembered = QRect(100, 100, 900, 500)
    assert fitted_geometry(LAPTOP, FRAMES[0], remembered) == remembered


def start(qtbot, monkeypatch, available=LAPTOP) -> MainWindow:
    """A window started on a screen whose available geometry is ``available``."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: available)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_frame_done, timeout=10000)
    return window


@pytest.fixture
def laptop(qtbot, monkeypatch):
    """The window as it first opens on a 1366x768 laptop."""
    QSettings().clear()
    window = start(qtbot, monkeypatch)
    yield window
    window.runner.wait()
    window.close()


def test_the_first_window_fits_the_laptop_with_its_frame(laptop):
    assert LAPTOP.contains(laptop.frameGeometry())
    timeline = laptop.timeline
    bottom_right = timeline.mapTo(laptop, timeline.rect().bottomRight())
    assert laptop.rect().contains(bottom_right)  # the play row is in the window


def test_a_geometry_remembered_on_a_large_screen_is_fitted_to_the_laptop(qtbot, monkeypatch):
    QSettings().clear()
    wide = start(qtbot, monkeypatch, QRect(0, 0, 1920, 1040))
    wide.setGeometry(QRect(100, 80, 1700, 950))
    wide.close()
    window = start(qtbot, monkeypatch)
    try:
        assert LAPTOP.contains(window.frameGeometry())
    finally:
        window.close()


def test_the_size_and_place_of_a_saved_geometry_are_read_back(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(QRect(160, 98, 1600, 900))
    data = window.saveGeometry()
    assert saved_normal_geometry(data) == QRect(160, 98, 1600, 900)
    for broken in (QByteArray(b"garbage"), data.left(12), QByteArray()):
        assert saved_normal_geometry(broken) is None


def test_a_geometry_qt_refuses_on_a_smaller_screen_is_still_fitted(qtbot, monkeypatch):
    """Qt's restoreGeometry refuses a geometry saved on a larger screen (seen on X11)."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: LAPTOP)
    saved = QWidget()
    qtbot.addWidget(saved)
    saved.setGeometry(QRect(160, 98, 1600, 900))
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "restoreGeometry", lambda data: False)
    assert restore_geometry(window, saved.saveGeometry())
    assert LAPTOP.contains(framed(window.geometry(), ASSUMED_FRAME))
    assert not restore_geometry(window, QByteArray(b"garbage"))


def test_the_laptop_shows_the_picture_first_with_the_panels_in_one_tabbed_column(laptop):
    assert laptop.compact
    assert laptop.canvas.width() >= 0.7 * LAPTOP.width()
    for dock in laptop.docks():
        assert laptop.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert set(laptop.tabifiedDockWidgets(dock)) == set(laptop.docks()) - {dock}
    in_front = [dock for dock in laptop.docks() if not dock.visibleRegion().isEmpty()]
    assert in_front == [laptop.caption_dock]


def test_a_large_screen_keeps_the_panels_side_by_side(qtbot, monkeypatch):
    QSettings().clear()
    window = start(qtbot, monkeypatch, QRect(0, 0, 1920, 1040))
    try:
        assert not window.compact
        assert window.dockWidgetArea(window.scenes_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert window.caption_dock.isVisible() and window.scenes_dock.isVisible()
    finally:
        window.close()


def show_controls(window: MainWindow) -> None:
    window.controls_dock.raise_()
    QApplication.processEvents()


@pytest.mark.parametrize("zoom", [1.0, 1.4])
def test_the_controls_need_no_horizontal_scroll_bar(laptop, zoom):
    laptop.preferences.apply_text_zoom(zoom)
    show_controls(laptop)
    holder = laptop.controls_dock.widget()
    assert laptop.controls.isVisible()
    assert not holder.horizontalScrollBar().isVisible()
    assert laptop.controls.width() <= holder.viewport().width()


def test_the_controls_need_no_horizontal_scroll_bar_in_chinese(qtbot, monkeypatch):
    QSettings().clear()
    install_language("zh_CN")
    try:
        window = start(qtbot, monkeypatch)
        window.preferences.apply_text_zoom(1.4)
        show_controls(window)
        assert not window.controls_dock.widget().horizontalScrollBar().isVisible()
        window.close()
    finally:
        install_language("en")


def visible_widgets(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


@pytest.mark.parametrize("panel", ["caption_dock", "scenes_dock", "plots_dock", "controls_dock"])
def test_no_widget_text_is_smaller_than_11_px(laptop, panel):
    getattr(laptop, panel).raise_()
    QApplication.processEvents()
    tiny = [(type(w).__name__, QFontInfo(w.font()).pixelSize()) for w in visible_widgets(laptop)
            if QFontInfo(w.font()).pixelSize() < SMALLEST_TEXT_PX]
    assert tiny == []


def test_the_explanation_has_no_small_print(laptop):
    laptop.state.set_time(laptop.state.timeline.beats[1].t)
    laptop.captions.refresh()
    document = laptop.captions.document()
    block = document.begin()
    adjustments = []
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            adjustments.append(fragments.fragment().charFormat().intProperty(
                QTextFormat.Property.FontSizeAdjustment))
            fragments += 1
        block = block.next()
    assert adjustments and min(adjustments) >= 0


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_larger_text_does_not_clip_the_dose_or_stress_fields(qtbot, monkeypatch, lang):
    QSettings().clear()
    install_language(lang)
    try:
        window = start(qtbot, monkeypatch)
        window.preferences.apply_text_zoom(1.4)
        show_controls(window)
        controls = window.controls
        controls.stress.setValue(100)
        qtbot.waitUntil(lambda: controls.stress_value.text().startswith("100"), timeout=5000)
        QApplication.processEvents()
        for field in (controls.dose, controls.per_kg, controls.stress_value, controls.weight):
            assert field.width() >= field.sizeHint().width(), field.accessibleName()
        window.close()
    finally:
        install_language("en")


def test_f11_shows_the_picture_and_timeline_alone_and_brings_the_panels_back(laptop, qtbot):
    shown = [dock for dock in laptop.docks() if dock.isVisible()]
    qtbot.keyClick(laptop, Qt.Key.Key_F11)
    assert laptop.isFullScreen()
    assert not any(dock.isVisible() for dock in laptop.docks())
    assert laptop.canvas.isVisible() and laptop.timeline.isVisible()
    qtbot.keyClick(laptop, Qt.Key.Key_F11)
    assert not laptop.isFullScreen()
    assert [dock for dock in laptop.docks() if dock.isVisible()] == shown
    qtbot.keyClick(laptop, Qt.Key.Key_F)
    qtbot.keyClick(laptop, Qt.Key.Key_Escape)
    assert [dock for dock in laptop.docks() if dock.isVisible()] == shown


def test_presenting_from_full_screen_ends_with_the_panels_back(laptop, qtbot):
    shown = [dock for dock in laptop.docks() if dock.isVisible()]
    qtbot.keyClick(laptop, Qt.Key.Key_F11)
    qtbot.keyClick(laptop, Qt.Key.Key_F5)
    assert laptop.presenter.active
    qtbot.keyClick(laptop, Qt.Key.Key_Escape)
    assert not laptop.presenter.active and not laptop.isFullScreen()
    assert [dock for dock in laptop.docks() if dock.isVisible()] == shown
