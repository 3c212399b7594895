"""Requests are checked on construction: every mistake names what was wrong and what is valid."""
import pytest

from app.export import ExportError
from app.export.export import ExportCancelled
from app.export.requests import ClipRequest, DeckRequest, FrameRequest, PlotDataRequest


@pytest.mark.parametrize("make, words", [
    (lambda: FrameRequest("nope", 1.0, "x.png"), ["unknown scene", "glutamate-burst"]),
    (lambda: FrameRequest("overview", 1.0, "x.bmp", "bmp"), ["unknown format", "png, svg"]),
    (lambda: FrameRequest("overview", 1.0, "x.png", size=(0, 1080)), ["16 to 7680"]),
    (lambda: FrameRequest("overview", 1.0, "x.png", size=(100000, 10)), ["16 to 7680"]),
    (lambda: FrameRequest("overview", 1.0, "x.png", size="big"), ["WIDTHxHEIGHT"]),
    (lambda: FrameRequest("overview", "soon", "x.png"), ["not a number"]),
    (lambda: FrameRequest("overview", float("nan"), "x.png"), ["finite"]),
    (lambda: FrameRequest("overview", 1.0, ""), ["no output path"]),
    (lambda: FrameRequest("overview", 1.0, "x.png", lang="fr"), ["language", "zh_CN"]),
    (lambda: FrameRequest("overview", 1.0, "x.png", theme="neon"), ["theme", "projector"]),
    (lambda: ClipRequest("overview", 3.0, 1.0, "x.mp4"), ["end must be later"]),
    (lambda: ClipRequest("overview", 1.0, 1.0, "x.mp4"), ["end must be later"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", fps=0), ["frame rate", "1 to 60"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", fps=61), ["1 to 60"]),
    (lambda: ClipRequest("overview", 0, 1, "x.gif", "gif", fps=60), ["1 to 50"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", fps=2.5), ["whole number"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", duration_s=0), ["600 seconds"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", duration_s=601), ["600 seconds"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", size=(641, 360)), ["even", "640x360"]),
    (lambda: ClipRequest("overview", 0, 1, "x.mp4", transparent=True), ["transparent", "png"]),
    (lambda: ClipRequest("overview", 0, 1, "x.webm", "webm"), ["png, mp4, gif"]),
    (lambda: DeckRequest((), "x.pptx"), ["at least one scene"]),
    (lambda: DeckRequest(("overview", "nope"), "x.pptx"), ["unknown scene"]),
    (lambda: PlotDataRequest("overview", "x.xls", "xls"), ["csv, png, svg"]),
])
def test_bad_requests_say_what_is_wrong(make, words):
    with pytest.raises(ExportError) as caught:
        make()
    for word in words:
        assert word in str(caught.value)


@pytest.mark.parametrize("request_, words", [
    (FrameRequest("glutamate-burst", 5.0, "x.png"), ["outside", "glutamate-burst", "+3 h"]),
    (FrameRequest("overview", -1.0, "x.png"), ["outside"]),
    (ClipRequest("glutamate-burst", 0.0, 4.0, "x.mp4"), ["outside", "+4 h"]),
])
def test_times_outside_the_scene_window_are_refused(trajectory, request_, words):
    with pytest.raises(ExportError) as caught:
        request_.check_times(trajectory)
    for word in words:
        assert word in str(caught.value)


def test_requests_normalise_their_fields():
    request = ClipRequest("overview", 0, 1, "out.mp4", size=[640, 360], duration_s=2, fps=15)
    assert request.size == (640, 360) and request.frame_count == 30
    assert str(request.out) == "out.mp4" and request.out.suffix == ".mp4"
    assert DeckRequest("overview", "d.pptx").scene_ids == ("overview",)
    assert ClipRequest("overview", 0, 1, "x.mp4", duration_s=0.01, fps=1).frame_count == 1


def test_a_cancel_is_not_an_error():
    assert not issubclass(ExportCancelled, ExportError)
    assert issubclass(ExportCancelled, Exception)
