"""A Chinese window names its units in Chinese (分钟/小时/天), and what it writes into a
time field reads back; the translations say 应激 for stress, never 压力."""
import pytest

from app.i18n import TRANSLATIONS, install_language
from app.model import Scenario
from app.story.timefmt import parse_time
from app.ui.controls import ControlsPanel
from app.ui.export_dialog import ExportDialog
from app.ui.state import AppState


@pytest.fixture
def chinese():
    install_language("zh_CN")
    yield
    install_language("en")


def test_the_controls_spin_boxes_show_chinese_unit_words(qtbot, chinese):
    controls = ControlsPanel(AppState(["overview"], Scenario(n_doses=2)))
    qtbot.addWidget(controls)
    assert controls.infusion.text() == "40 分钟"
    assert controls.interval.text() == "24.0 小时"
    assert controls.horizon.text() == "14.0 天"
    assert "min" not in controls.infusion.toolTip() and "分钟" in controls.infusion.toolTip()


def test_the_export_dialogs_time_fields_use_chinese_unit_words_and_read_back(window, chinese,
                                                                            tmp_path):
    window.state.set_time(0.75)
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    assert dialog.time.text() == "45分钟"
    assert dialog.duration.suffix() == " 秒"
    dialog.path.setText(str(tmp_path / "frame.png"))
    assert abs(dialog.request().t - 0.75) < 1e-9
    dialog.time.setText("3天")
    assert dialog.request().t == 72.0


@pytest.mark.parametrize("text, hours", [("90分钟", 1.5), ("2 小时", 2.0), ("3天", 72.0),
                                         ("1周", 168.0), ("90min", 1.5)])
def test_times_read_in_either_languages_unit_words(text, hours):
    assert parse_time(text) == hours


def test_stress_is_translated_as_yingji_never_yali():
    text = (TRANSLATIONS / "app_zh_CN.ts").read_text(encoding="utf-8")
    assert "压力" not in text
    assert text.count("应激") >= 10
