"""Molecules on continuous paths (scenes 3, 4, 5): in consecutive frames of a clip the same
glutamate molecule has moved a little along its way from a vesicle to a receptor; a frame
depends only on t; reduce motion holds every molecule still; and how many are in flight
still follows the model's amounts."""
import numpy as np
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.art_synapse import plug_order, plugged_count
from app.scenes.bdnf_mtor import BDNF_PER_UNIT, TRKB_X, TUBE
from app.scenes.glutamate_burst import AMPA_X, GLUTAMATE_AT_REST, PACKET
from app.scenes.particles import Flow, flights, motion_clock, plug_turnover
from app.scenes.synapse_flows import ARRIVE, DEPART, plugs_at
from app.story.catalogue import CLIP_FPS, CLIP_SECONDS
from app.story.timeline import SceneTimeline
from tests.scenes.helpers import pixels

BURST = "glutamate-burst"
CANVAS = (1600, 900)   # 1:1 with the logical canvas: positions are pixels


@pytest.fixture(scope="module")
def burst():
    return SCENES[BURST]


@pytest.fixture(scope="module")
def clip_times(burst, default_run):
    """The frame times of a default clip of the scene (as ``main.py export --format mp4``)."""
    return SceneTimeline(burst, default_run).frame_times(int(CLIP_SECONDS * CLIP_FPS))


def peak_frame(burst, run, clip_times) -> int:
    peak = next(b.t for b in burst.beats(run) if b.key == "peak")
    return int(np.searchsorted(clip_times, peak))


def by_identity(crossing) -> dict:
    """Each molecule's (position, age, opacity) by its identity."""
    return {tuple(ident): (position, age, alpha) for ident, position, age, alpha in
            zip(crossing.identity.tolist(), crossing.positions,
                np.repeat(crossing.packet_age, PACKET), crossing.alpha)}


def looks_like_glutamate(frame: np.ndarray, point) -> bool:
    """An orange molecule is drawn at ``point``: the brightest pixel within 3 px is orange
    (strong red, some green, little blue), not the dark cleft."""
    x, y = int(round(point[0])), int(round(point[1]))
    patch = frame[y - 3:y + 4, x - 3:x + 4, :3].astype(int).reshape(-1, 3)
    red, green, blue = patch[patch.sum(axis=1).argmax()]
    return red > 170 and red > blue + 80 and green > blue


def test_consecutive_clip_frames_show_each_molecule_moved_a_little_along_its_path(
        qapp, burst, default_run, clip_times):
    index = peak_frame(burst, default_run, clip_times)
    now, then = clip_times[index], clip_times[index + 1]
    before = by_identity(burst.glutamate_in_flight(default_run, now))
    after = by_identity(burst.glutamate_in_flight(default_run, then))
    crossing = [ident for ident in before.keys() & after.keys()
                if DEPART + 0.05 < before[ident][1] and after[ident][1] < ARRIVE - 0.05]
    assert len(crossing) >= 3
    steps = [np.hypot(*(after[i][0] - before[i][0])) for i in crossing]
    assert all(0.3 < step < 25 for step in steps)     # moved, but a step, not a jump
    frames = [pixels(render_frame(BURST, default_run, t, size=CANVAS)) for t in (now, then)]
    for ident in crossing:
        assert looks_like_glutamate(frames[0], before[ident][0])
        assert looks_like_glutamate(frames[1], after[ident][0])


def test_a_frame_depends_only_on_its_time(qapp, burst, default_run, clip_times):
    t = clip_times[peak_frame(burst, default_run, clip_times)]
    first = pixels(render_frame(BURST, default_run, t, size=(800, 450)))
    render_frame(BURST, default_run, clip_times[5], size=(800, 450))      # another in between
    assert (pixels(render_frame(BURST, default_run, t, size=(800, 450))) == first).all()
    again = burst.glutamate_in_flight(default_run, t)
    assert (again.positions == burst.glutamate_in_flight(default_run, t).positions).all()


def test_reduce_motion_keeps_every_molecule_where_it_was(qapp, burst, default_run, clip_times):
    index = peak_frame(burst, default_run, clip_times)
    still = [by_identity(burst.glutamate_in_flight(default_run, clip_times[i], still=True))
             for i in (index, index + 1, index + 30)]
    shared = still[0].keys() & still[1].keys() & still[2].keys()
    assert len(shared) >= 20
    for ident in shared:
        assert (still[0][ident][0] == still[1][ident][0]).all()
        assert (still[0][ident][0] == still[2][ident][0]).all()
    frame = pixels(render_frame(BURST, default_run, clip_times[index + 30], size=CANVAS,
                                reduce_motion=True))
    drawn = [ident for ident in shared if still[2][ident][2] > 0.6]   # not faded away
    assert len(drawn) >= 10
    assert all(looks_like_glutamate(frame, still[2][ident][0]) for ident in drawn)


def test_the_molecules_in_flight_follow_the_glutamate_of_the_moment(burst, default_run,
                                                                    clip_times):
    peak = peak_frame(burst, default_run, clip_times)
    for index in (0, peak):
        t = clip_times[index]
        wanted = GLUTAMATE_AT_REST * default_run.value("glutamate", t)
        counts = [len(burst.glutamate_in_flight(default_run, clip_times[i]).positions)
                  for i in range(index, index + 10)]
        assert np.mean(counts) == pytest.approx(wanted, abs=PACKET)
        still = len(burst.glutamate_in_flight(default_run, t, still=True).positions)
        assert still == pytest.approx(wanted, abs=PACKET)
    rest = len(burst.glutamate_in_flight(default_run, 0.0).positions)
    assert len(burst.glutamate_in_flight(default_run, clip_times[peak]).positions) > rest


def test_with_nbqx_glutamate_reaches_the_ampa_receptors_but_never_binds(burst, clip_times):
    run = simulate(Scenario(blockers={"nbqx"}))
    ampa = nmda = 0
    for t in clip_times[::7]:
        crossing = burst.glutamate_in_flight(run, t)
        ampa += int(np.sum(crossing.bound & (crossing.receptor < len(AMPA_X))))
        nmda += int(np.sum(crossing.bound & (crossing.receptor >= len(AMPA_X))))
    assert ampa == 0 and nmda > 0


def test_a_fractional_amount_is_met_on_average():
    flow = Flow(capacity=20, lifetime=2.0, salt=3)
    counts = [len(flights(flow, clock, lambda c: np.full(len(c), 7.3)))
              for clock in np.linspace(0, 200, 1001)]
    assert set(counts) == {7, 8}
    assert np.mean(counts) == pytest.approx(7.3, abs=0.1)


def test_blockers_turn_over_but_the_number_seated_is_the_blocks():
    order = plug_order(5, 11)
    arrivals = set()
    for clock in np.linspace(0, 40, 801):
        turnover = plug_turnover(order, lambda _clock: 6, clock, dwell=2.0)
        assert len(set(turnover.seated)) == 6
        if turnover.arriving:
            assert turnover.arriving[0] not in turnover.seated
            arrivals.add(turnover.arriving[0])
        if turnover.leaving:
            assert turnover.leaving[0] not in turnover.seated
            began = clock - turnover.leaving[1] * 0.3 * 2.0       # when it started to leave
            assert turnover.leaving[0] in plug_turnover(order, lambda _clock: 6, began - 0.01,
                                                        2.0).seated
    assert len(arrivals) == 11                          # every channel takes its turn
    still = [plug_turnover(order, lambda _clock: 6, clock, 2.0, still=True)
             for clock in (3.1, 17.9)]
    assert still[0] == still[1] and still[0].arriving is None
    assert plug_turnover(order, lambda _clock: 11, 3.1, 2.0).arriving is None  # all plugged


def test_when_the_block_falls_the_blocker_seated_longest_goes_and_nothing_jumps():
    """A molecule leaving a channel keeps leaving that channel, whatever the count does."""
    order = plug_order(5, 11)
    def falling(clock):
        return 6 if clock < 5.0 else 5
    leaving = [plug_turnover(order, falling, clock, 2.0).leaving
               for clock in np.linspace(4.0, 4.59, 60)]
    assert {index for index, _ in filter(None, leaving)} == {order[(2 - 6) % 11]}
    before, after = (plug_turnover(order, falling, clock, 2.0) for clock in (4.99, 5.01))
    assert set(before.seated) - set(after.seated) == {before.seated[-1]}   # the oldest


def test_plugs_drawn_in_scene_three_match_the_count_it_states(default_run):
    scene = SCENES["interneuron-blockade"]
    scale = scene.timescale_for(default_run)
    for t in SceneTimeline(scene, default_run).frame_times(300):
        n = plugged_count(default_run.value("nmda_block_interneuron", t), 11)
        seated = plug_turnover(plug_order(5, 11), plugs_at(
            default_run, scale, "nmda_block_interneuron", 11), motion_clock(scale, t), 2.2)
        assert len(seated.seated) == n


def test_bdnf_in_flight_follows_the_bdnf_and_finds_trkb_unless_it_is_blocked(default_run):
    scene = SCENES["bdnf-mtor"]
    blocked = simulate(Scenario(blockers={"trkb_antagonist"}))
    times = SceneTimeline(scene, default_run).frame_times(60)
    sites = np.array([(x, TUBE.top() - 34) for x in TRKB_X])

    def distance_to_trkb(positions):
        return np.hypot(*(positions[:, None, :] - sites[None, :, :]).transpose(2, 0, 1)).min(1)
    for t in times:
        positions, _, age = scene.molecules_in_flight(default_run, t)[1]
        assert (distance_to_trkb(positions[age > 0.9]) < 8).all()     # settled on a TrkB
        positions, _, age = scene.molecules_in_flight(blocked, t)[1]
        assert (distance_to_trkb(positions[age > 0.7]) > 30).all()    # turned away
    settled = sum(int(np.sum(scene.molecules_in_flight(default_run, t)[1][2] > 0.9))
                  for t in times)
    assert settled > 5
    t = times[30]
    counts = [len(scene.molecules_in_flight(default_run, u)[1][0]) for u in times[28:33]]
    assert np.mean(counts) == pytest.approx(BDNF_PER_UNIT * default_run.value("bdnf", t),
                                            abs=3)
