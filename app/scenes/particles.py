"""Particles on continuous paths: a molecule is born, travels, acts and goes, and each frame
draws where every molecule is at that moment.

**The clock.** Paths run on the motion clock: seconds of playback at 1x, where every scene
plays in :data:`SECONDS_PER_SCENE` whatever its window (``motion_clock``). A molecule that
crosses the cleft in a second of playback crosses it in a few frames of an exported clip
and, scrubbing, moves as far as the slider does.

**Flows.** A :class:`Flow` has ``capacity`` slots. Slot k is reborn every ``lifetime``
seconds of the clock at its own fixed offset; in its cycle j it carries a molecule only if
k is below the count the model asks for at that birth (for the last, fractional one, a hash
of (k, j) decides). So the number in flight follows the model's amount, a molecule already
on its way finishes its path when the amount falls, and every position is a closed-form
function of the clock: a frame depends only on t and the trajectory, never on the frame
before. With ``still`` (reduce motion) each slot keeps one fixed age and the count is read
at t, so nothing moves from frame to frame while the amount stays visible.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.story.catalogue import SECONDS_PER_SCENE
from app.story.timescale import TimeScale

GOLDEN = 0.6180339887498949       # spreads the slots' offsets evenly over a lifetime


def motion_clock(scale: TimeScale, t: float) -> float:
    """Seconds of 1x playback from the start of the scene's window to ``t``."""
    return scale.to_position(t) * SECONDS_PER_SCENE


def clock_to_time(scale: TimeScale, clock: float) -> float:
    """The model time (hours) at a reading of the motion clock (clamped to the window)."""
    return scale.to_time(clock / SECONDS_PER_SCENE)


def wander_phase(clock: float, radians_per_second: float = 0.9) -> float:
    """A slow phase for :func:`app.scenes.sprites.drift`: molecules that only wander
    (nothing to reach) drift a little between consecutive frames, never jump."""
    return clock * radians_per_second


def hash_unit(*keys) -> np.ndarray:
    """Numbers in [0, 1) that depend only on the integer ``keys`` (arrays or ints, which
    broadcast): the same molecule in the same cycle always gets the same number."""
    mixed = np.zeros(np.broadcast(*[np.asarray(key) for key in keys]).shape, np.uint64)
    for key in keys:
        value = np.asarray(key, dtype=np.int64).view(np.uint64)
        mixed = (mixed ^ value) + np.uint64(0x9E3779B97F4A7C15)
        mixed = (mixed ^ (mixed >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        mixed = (mixed ^ (mixed >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        mixed = mixed ^ (mixed >> np.uint64(31))
    return (mixed >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def smoothstep(u: np.ndarray) -> np.ndarray:
    """Ease in and out: 0 at 0, 1 at 1, flat at both ends."""
    u = np.clip(u, 0.0, 1.0)
    return u * u * (3.0 - 2.0 * u)


@dataclass(frozen=True)
class Flow:
    """A stream of molecules: at most ``capacity`` in flight, each living ``lifetime``
    seconds of the motion clock; ``salt`` keeps two flows' hashes apart."""

    capacity: int
    lifetime: float
    salt: int


@dataclass(frozen=True)
class Flights:
    """The molecules of a flow in flight at one clock reading: their slot, cycle (together
    their identity) and age as a fraction 0..1 of the lifetime."""

    slot: np.ndarray
    cycle: np.ndarray
    age: np.ndarray

    def __len__(self) -> int:
        return len(self.slot)

    def unit(self, *keys: int) -> np.ndarray:
        """A number in [0, 1) per molecule, fixed for its whole flight (its target, its
        spread), different for each ``keys``."""
        return hash_unit(self.slot, self.cycle, *keys)


def flights(flow: Flow, clock: float, count_at: Callable[[np.ndarray], np.ndarray],
            still: bool = False) -> Flights:
    """The molecules of ``flow`` in flight at ``clock``.

    ``count_at(clocks)`` is how many the model wants in flight at each clock reading (an
    array in, an array out). Moving, a molecule is born if its slot is below the count at
    its birth; ``still``, the count at ``clock`` decides and each slot keeps the age of its
    first cycle, so positions do not depend on ``clock``.
    """
    slots = np.arange(flow.capacity)
    offsets = (slots * GOLDEN % 1.0) * flow.lifetime
    if still:
        cycles = np.zeros(flow.capacity, np.int64)
        ages = 1.0 - offsets / flow.lifetime
        counts = np.full(flow.capacity, float(np.asarray(count_at(np.array([clock])))[0]))
    else:
        cycles = np.floor((clock - offsets) / flow.lifetime).astype(np.int64)
        births = offsets + cycles * flow.lifetime
        ages = (clock - births) / flow.lifetime
        counts = np.asarray(count_at(births), dtype=float)
    counts = np.clip(counts, 0.0, float(flow.capacity))
    whole = np.floor(counts)
    last = (slots == whole) & (hash_unit(slots, cycles, flow.salt) < counts - whole)
    alive = (slots < whole) | last
    return Flights(slots[alive], cycles[alive], np.clip(ages[alive], 0.0, 1.0 - 1e-9))


def counts_from(scale: TimeScale, amount: Callable[[float], float]) -> Callable:
    """``count_at`` for :func:`flights`: ``amount(t)`` (molecules wanted at model time t)
    read at the model time of each clock reading."""
    def count_at(clocks: np.ndarray) -> np.ndarray:
        return np.array([amount(clock_to_time(scale, float(c))) for c in clocks])
    return count_at


def route(ages: np.ndarray, keyframes: Sequence[tuple[float, np.ndarray]],
          wobble: np.ndarray | None = None) -> np.ndarray:
    """Positions (n x 2) along a path through keyframes ``(age, points n x 2)``: eased from
    each keyframe to the next, holding before the first and after the last. ``wobble``
    (n x 2) is added in the middle of every leg that moves (zero at its ends), so a path
    looks like diffusion rather than a rail while starting and ending where it should."""
    position = np.array(keyframes[0][1], dtype=float, copy=True)
    for (start_age, start), (end_age, end) in zip(keyframes, keyframes[1:]):
        span = max(end_age - start_age, 1e-9)
        u = np.clip((ages - start_age) / span, 0.0, 1.0)[:, None]
        eased = smoothstep(u)
        moving = (ages >= start_age) & (ages <= end_age)
        leg = start + (end - start) * eased
        if wobble is not None:
            leg = leg + wobble * np.sin(np.pi * u)
        position = np.where(moving[:, None], leg, position)
        position = np.where((ages > end_age)[:, None], end, position)
    return position


def fade(ages: np.ndarray, fade_in: float, fade_out) -> np.ndarray:
    """Opacity 0..1: rising over ages ``[0, fade_in]``, falling over ``[fade_out, 1]``
    (``fade_out`` a number, or one per molecule)."""
    rising = np.clip(ages / max(fade_in, 1e-9), 0.0, 1.0)
    falling = np.clip((1.0 - ages) / np.maximum(1.0 - np.asarray(fade_out), 1e-9), 0.0, 1.0)
    return np.minimum(rising, falling)


def wobble(flights_: Flights, ages: np.ndarray, amplitude: float, salt: int) -> np.ndarray:
    """Sideways jitter (n x 2) of each molecule, a smooth function of its age: the random
    walk of a molecule diffusing, drawn as a few slow swings."""
    phase_x = flights_.unit(salt, 1) * 2 * np.pi
    phase_y = flights_.unit(salt, 2) * 2 * np.pi
    swings = 2.0 + 2.0 * flights_.unit(salt, 3)
    angle = ages * swings * 2 * np.pi
    return amplitude * np.column_stack((np.sin(angle + phase_x), 0.5 * np.sin(angle * 1.3
                                                                               + phase_y)))


@dataclass(frozen=True)
class Turnover:
    """Which of a set of channels hold a blocker at one moment: ``seated`` (indices), the
    one ``arriving`` and the one ``leaving`` as ``(index, progress 0..1)`` or None."""

    seated: tuple[int, ...]
    arriving: tuple[int, float] | None = None
    leaving: tuple[int, float] | None = None


def plug_turnover(order: Sequence[int], plugged_at: Callable[[float], int], clock: float,
                  dwell: float, travel: float = 0.3, still: bool = False) -> Turnover:
    """``plugged_at(clock)`` of the channels in ``order`` hold a blocker, and every ``dwell``
    seconds of the clock a blocker enters the next channel of ``order`` while the one seated
    longest leaves, so the number seated always equals the count of the moment: the
    newcomer travels in during the last ``travel`` of a dwell, the one it replaces travels
    out during the first ``travel`` of the next. When the count falls, the one seated
    longest goes. ``still`` seats the first ones of ``order`` and nothing moves."""
    total = len(order)
    plugged = min(max(plugged_at(clock), 0), total)
    if still or plugged in (0, total):
        return Turnover(tuple(order[:plugged]))
    turn = int(np.floor(clock / dwell))
    progress = clock / dwell - turn
    seated = tuple(order[(turn - m) % total] for m in range(plugged))
    arriving = leaving = None
    if progress > 1.0 - travel:
        arriving = (order[(turn + 1) % total], (progress - (1.0 - travel)) / travel)
    if progress < travel:
        before = min(max(plugged_at(turn * dwell), 0), total)   # seated when the turn began
        gone = order[(turn - before) % total]
        if gone not in seated and 0 < before < total:
            leaving = (gone, progress / travel)
    return Turnover(seated, arriving, leaving)
