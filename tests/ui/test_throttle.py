"""The throttle behind plots and captions during playback."""
from app.ui.throttle import Throttle


class SlowlyReadClock:
    """A clock whose every reading is later than the one before (a busy machine)."""

    def __init__(self, readings):
        self.readings = list(readings)

    def isValid(self):
        return True

    def elapsed(self):
        return self.readings.pop(0)

    def start(self):
        pass


def test_a_request_just_inside_the_interval_waits_for_the_rest_of_it(qapp):
    ran = []
    throttle = Throttle(lambda: ran.append(True), 100)
    throttle._clock = SlowlyReadClock([98, 101])  # the second reading would be past 100 ms
    throttle.request()
    assert ran == []
    assert throttle._timer.isActive() and throttle._timer.interval() == 2
    throttle._timer.stop()
