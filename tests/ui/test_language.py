"""Two languages in the window: chosen at start, switched live, remembered."""
from PySide6.QtCore import QSettings

from app.i18n import current_language, install_language
from app.ui.window import MainWindow


def test_switching_to_chinese_rebuilds_the_window_in_chinese(window, qtbot):
    replaced = []
    window.replacedBy.connect(replaced.append)
    window.state.set_time(0.75)
    window.switch_language("zh_CN")
    try:
        assert replaced, "the window was not rebuilt"
        new = replaced[0]
        qtbot.addWidget(new)
        assert current_language() == "zh_CN"
        assert QSettings().value("language") == "zh_CN"
        assert "级联" in new.navigator.item(0).text()
        assert new.canvas.settings.lang == "zh_CN"
        assert new.state.t == 0.75 and new.state.scene_id == window.state.scene_id
        assert "文件" in new.menuBar().actions()[0].text()
    finally:
        install_language("en")


def test_the_window_starts_in_english_by_default(window):
    assert window.navigator.item(0).text().endswith("The whole cascade")
    assert MainWindow is type(window)
