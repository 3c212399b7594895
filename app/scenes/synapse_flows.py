"""Transmitter crossing a synaptic cleft, and blockers entering and leaving channels: the
moving molecules of the synapse close-ups (scenes 3, 4 and 5), on the paths of
:mod:`app.scenes.particles`.

A release is a packet: a vesicle at one release site fuses, its molecules leave through
the opening, cross the cleft (diffusing a little sideways), bind a receptor across from the
site, stay bound a while, then let go and fade. The number of packets in flight follows the
model's amount, so the cleft fills as release rises.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from app.scenes.art_synapse import plugged_count
from app.scenes.base import RenderContext
from app.scenes.particles import (
    Flights,
    Turnover,
    clock_to_time,
    fade,
    route,
    smoothstep,
    wobble,
)
from app.scenes.sprites import glow_dot
from app.story.timescale import TimeScale

#: Ages (fractions of a packet's life): out of the vesicle, at the receptor, letting go.
DEPART, ARRIVE, LET_GO = 0.08, 0.45, 0.82
FUSE_AGE = 0.16          # a vesicle stays open for this first part of its packet's life
HOVER = 14.0             # a molecule that does not bind turns this far above the receptor
BINDING_SHARE = 0.5      # of the molecules reaching a free receptor; the rest diffuse away


@dataclass(frozen=True)
class Cleft:
    """Where transmitter goes in one picture: release sites (x) on the releasing membrane
    at ``release_y``, receptors (x) whose binding sites are at ``bind_y``, which receptors
    refuse to bind (a blocker sits on them), and how far sideways a molecule may land from
    its site (``reach``)."""

    sites: Sequence[float]
    release_y: float
    receptors: Sequence[float]
    bind_y: float
    refused: Sequence[bool]
    reach: float = 110.0
    per_packet: int = 5


@dataclass(frozen=True)
class Crossing:
    """The transmitter molecules in flight at one moment: identity (n x 3: packet slot,
    cycle, molecule), position (n x 2), opacity, the receptor each is headed for, whether it
    is bound now, and each packet's site and age."""

    identity: np.ndarray
    positions: np.ndarray
    alpha: np.ndarray
    receptor: np.ndarray
    bound: np.ndarray
    packet_site: np.ndarray
    packet_age: np.ndarray

    def openings(self, site_count: int) -> list[float]:
        """How far the vesicle at each release site has fused (0 docked, 1 wide open): a
        vesicle opens and closes again as its packet leaves."""
        openings = [0.0] * site_count
        for site, age in zip(self.packet_site, self.packet_age):
            if age < FUSE_AGE:
                openings[site] = max(openings[site], float(np.sin(np.pi * age / FUSE_AGE)))
        return openings

    def bound_to(self, receptor: int) -> bool:
        """Whether a molecule is bound to ``receptor`` now."""
        return bool(np.any(self.bound & (self.receptor == receptor)))


def crossing(packets: Flights, cleft: Cleft) -> Crossing:
    """Every molecule of every packet in flight: identity (packet slot, cycle, molecule m)
    fixes its site, its receptor, whether it binds and its sideways wander, so it is the
    same molecule in consecutive frames. About half bind (each on its own spot of the
    receptor, so a crowd stays countable); the rest, and any a receptor refuses, turn
    short of the receptor and diffuse away."""
    per = cleft.per_packet
    sites = np.floor(packets.unit(1) * len(cleft.sites)).astype(int)
    ages = np.repeat(packets.age, per)
    molecule = np.tile(np.arange(per), len(packets))
    slot, cycle = np.repeat(packets.slot, per), np.repeat(packets.cycle, per)
    one = Flights(slot * per + molecule, cycle, ages)
    site_x = np.asarray(cleft.sites, float)[np.repeat(sites, per)]
    aim = site_x + (one.unit(2) - 0.5) * 2 * cleft.reach
    receptors = np.asarray(cleft.receptors, float)
    target = np.abs(aim[:, None] - receptors[None, :]).argmin(axis=1)
    binds = (one.unit(6) < BINDING_SHARE) & ~np.asarray(cleft.refused, bool)[target]
    start = np.column_stack((site_x + (one.unit(3) - 0.5) * 10, np.full(len(ages),
                                                                           cleft.release_y)))
    spot = np.column_stack((receptors[target] + (one.unit(4) - 0.5) * 20,
                            cleft.bind_y - one.unit(5) * 6))
    near = spot - np.column_stack((np.zeros(len(ages)), HOVER + one.unit(7) * 12))
    away = near + np.column_stack(((one.unit(8) - 0.5) * 80, -one.unit(9) * 8))
    arrive = np.where(binds[:, None], spot, near)
    let_go = np.where(binds[:, None], spot, away)
    end = np.where(binds[:, None], spot - np.array([0.0, 14.0]),
                   away + np.column_stack(((one.unit(8) - 0.5) * 30, np.zeros(len(ages)))))
    positions = route(ages, ((0.0, start), (DEPART, start), (ARRIVE, arrive),
                             (LET_GO, let_go), (1.0, end)), wobble(one, ages, 7.0, 5))
    alpha = fade(ages, DEPART * 0.6, np.where(binds, LET_GO, ARRIVE + 0.15))
    bound = (ages >= ARRIVE) & (ages < LET_GO) & binds
    identity = np.column_stack((slot, cycle, molecule))
    return Crossing(identity, positions, alpha, target, bound, sites, packets.age)


def draw_molecules(painter: QPainter, ctx: RenderContext, positions: np.ndarray,
                   alpha: np.ndarray, radius: float, role: str) -> None:
    """A glowing dot per molecule, at its opacity."""
    for (x, y), opacity in zip(positions, alpha):
        if opacity > 0.01:
            glow_dot(painter, ctx, QPointF(x, y), radius, role, float(opacity))


def channel_current(painter: QPainter, ctx: RenderContext, x: float, top: float,
                    bottom: float, clock: float, role: str) -> None:
    """Ions streaming down through an open channel from ``top`` to ``bottom``: three dots
    spaced along the pore, moving with the clock."""
    for k in range(3):
        u = (clock * 1.6 + k / 3.0) % 1.0
        glow_dot(painter, ctx, QPointF(x, top + (bottom - top) * u), 3.0, role,
                 float(np.sin(np.pi * u)))


def plugs_at(trajectory, scale: TimeScale, block: str, total: int) -> Callable[[float], int]:
    """For :func:`app.scenes.particles.plug_turnover`: how many of ``total`` channels are
    plugged at a clock reading, from the observable ``block`` at that moment."""
    def plugged_at(clock: float) -> int:
        return plugged_count(trajectory.value(block, clock_to_time(scale, clock)), total)
    return plugged_at


def blocker_flights(turnover: Turnover, seat, outside) -> list[tuple[QPointF, float]]:
    """Where the blocker entering and the one leaving are, with their opacity:
    ``seat(i)`` and ``outside(i)`` give channel i's plug position and a point out in the
    fluid (QPointF); the one arriving eases in from outside, the one leaving eases out."""
    moving = []
    for index_progress, inward in ((turnover.arriving, True), (turnover.leaving, False)):
        if index_progress is None:
            continue
        index, progress = index_progress
        u = float(smoothstep(np.array(progress)))
        u = u if inward else 1.0 - u
        start, end = outside(index), seat(index)
        point = QPointF(start.x() + (end.x() - start.x()) * u,
                        start.y() + (end.y() - start.y()) * u)
        moving.append((point, min(1.0, 0.2 + u * 1.5)))
    return moving


@dataclass(frozen=True)
class Search:
    """Where a messenger goes that is released into open fluid and finds its receptor by
    chance: out from ``release`` (x, y), wandering inside ``area`` (left, top, right,
    bottom), then onto one of the receptors (x) at ``bind_y``, unless they are ``refused``
    (an antagonist on them: it then leaves again)."""

    release: tuple[float, float]
    area: tuple[float, float, float, float]
    receptors: Sequence[float]
    bind_y: float
    refused: bool


def seeking(messengers: Flights, search: Search) -> tuple[np.ndarray, np.ndarray]:
    """Positions (n x 2) and opacity of each messenger in flight (in the order of
    ``messengers``, whose ``age`` says how far along it is): released (ages 0-0.3),
    wandering (to 0.7), settling on its receptor (to 0.88) and fading as it is taken in;
    a refused one wanders on and fades above the receptors."""
    ages = messengers.age
    left, top, right, bottom = search.area
    count = len(ages)
    start = np.column_stack((search.release[0] + (messengers.unit(1) - 0.5) * 30,
                             np.full(count, search.release[1])))
    first = np.column_stack((left + messengers.unit(2) * (right - left),
                             top + messengers.unit(3) * (bottom - top)))
    second = np.column_stack((np.clip(first[:, 0] + (messengers.unit(4) - 0.5) * 160, left,
                                      right), top + messengers.unit(5) * (bottom - top)))
    receptors = np.asarray(search.receptors, float)
    chosen = receptors[np.floor(messengers.unit(6) * len(receptors)).astype(int)]
    landing = search.bind_y - (40.0 if search.refused else 0.0)
    end = np.column_stack((chosen + (messengers.unit(7) - 0.5) * 12, np.full(count, landing)))
    positions = route(ages, ((0.0, start), (0.3, first), (0.7, second), (0.88, end)),
                      wobble(messengers, ages, 14.0, 9))
    return positions, fade(ages, 0.06, 0.8 if search.refused else 0.9)
