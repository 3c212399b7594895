"""One duration formatter: readouts keep hours for the first two days, the ticks of the
scene charts switch to days at a day (their labels are drawn in the golden frames)."""
import pytest

from app.story.timefmt import AXIS, READOUT, format_clock, format_duration


@pytest.mark.parametrize(("hours", "readout", "axis"), [
    (0.0, "0", "0"),
    (0.25, "15 min", "15 min"),
    (1.5, "1.5 h", "1.5 h"),
    (24.0, "24 h", "1 d"),
    (36.0, "36 h", "1.5 d"),
    (72.0, "3 d", "3 d"),
    (336.0, "14 d", "2 w"),
    (6 * 168.0, "6 w", "6 w"),
])
def test_readouts_and_chart_ticks(hours, readout, axis):
    assert format_duration(hours, READOUT, str) == readout
    assert format_duration(hours, AXIS, str) == axis


def test_unit_words_come_through_the_translator_given():
    chinese = {"min": "分钟", "h": "小时", "d": "天", "w": "周"}.get
    assert format_duration(36.0, READOUT, chinese) == "36 小时"
    assert format_duration(72.0, AXIS, chinese) == "3 天"
    assert format_clock(26.5, chinese) == "+1 天 2 小时"
