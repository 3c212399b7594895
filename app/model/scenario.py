"""What the lecturer or student chose: drug, route, dose, regimen, stress and blockers.

A :class:`Scenario` is immutable and always valid: the constructor checks every field and
raises :class:`ScenarioError` (a ``ValueError``) naming the field, the value it got, and
what is allowed. Scenarios round-trip through JSON with a schema version.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from app.errors import Message, UserError, json_problem
from app.excerpt import excerpt, listed, shortened
from app.safefile import FileReadError, read_text_file, write_text_atomically

SCHEMA_VERSION = 1
#: A scenario file is a few hundred bytes; anything past this is not one.
MAX_FILE_BYTES = 2**20
#: No scenario number needs more digits; a longer one is refused before Python parses it.
MAX_INT_DIGITS = 18

DRUGS = ("ketamine", "esketamine", "arketamine", "ssri", "none")
ROUTES = ("iv", "intranasal", "oral")
BLOCKERS = ("nbqx", "trkb_antagonist", "rapamycin")

#: Which routes each drug can be given by (``none`` accepts any: nothing is given).
ROUTES_BY_DRUG = {
    "ketamine": ("iv", "intranasal", "oral"),
    "esketamine": ("iv", "intranasal"),
    "arketamine": ("iv", "intranasal"),
    "ssri": ("oral",),
    "none": ROUTES,
}

#: Largest single dose per drug, mg: far above anaesthetic ketamine doses (10 mg/kg).
MAX_DOSE_MG = {"ketamine": 3000.0, "esketamine": 3000.0, "arketamine": 3000.0,
               "ssri": 200.0, "none": 3000.0}

#: Numeric fields: (low, high) inclusive.
RANGES = {
    "dose_mg": (0.0, 3000.0),
    "body_weight_kg": (20.0, 250.0),
    "infusion_min": (1.0, 1440.0),
    "n_doses": (1, 200),
    "dose_interval_h": (0.25, 2160.0),
    "stress": (0.0, 1.0),
    "horizon_h": (1.0, 2400.0),
}


class ScenarioError(UserError):
    """A scenario field or file is invalid (codes ``scenario.*``, ``file.*``); the message
    names field, value and range."""


@dataclass(frozen=True)
class Scenario:
    """One simulated experiment. Defaults: racemic ketamine 0.5 mg/kg IV over 40 min.

    Parameters
    ----------
    drug : one of ``ketamine``, ``esketamine``, ``arketamine``, ``ssri``, ``none``
    route : ``iv``, ``intranasal`` or ``oral`` (must suit the drug)
    dose_mg : total amount per dose, mg
    body_weight_kg : scales clearance (allometric 0.75) and volumes (linear)
    infusion_min : IV infusion duration, minutes (1 = a bolus)
    n_doses, dose_interval_h : repeated dosing, e.g. 8 doses every 84 h
    stress : 0 healthy .. 1 chronic stress (lowers baseline spine density)
    blockers : subset of ``nbqx``, ``trkb_antagonist``, ``rapamycin``
    horizon_h : how long to simulate, hours since the first dose starts
    """

    drug: str = "ketamine"
    route: str = "iv"
    dose_mg: float = 35.0
    body_weight_kg: float = 70.0
    infusion_min: float = 40.0
    n_doses: int = 1
    dose_interval_h: float = 24.0
    stress: float = 1.0
    blockers: frozenset = field(default_factory=frozenset)
    horizon_h: float = 336.0

    def __post_init__(self):
        object.__setattr__(self, "blockers", _checked_blockers(self.blockers))
        _check_choice("drug", self.drug, DRUGS)
        _check_choice("route", self.route, ROUTES)
        if self.route not in ROUTES_BY_DRUG[self.drug]:
            raise ScenarioError("scenario.route_unsuitable", value=excerpt(self.route),
                                drug=excerpt(self.drug),
                                allowed=", ".join(ROUTES_BY_DRUG[self.drug]))
        for name, (low, high) in RANGES.items():
            _check_number(name, getattr(self, name), low, high, integer=name == "n_doses")
        object.__setattr__(self, "n_doses", int(self.n_doses))
        limit = MAX_DOSE_MG[self.drug]
        if self.dose_mg > limit:
            raise ScenarioError("scenario.dose_too_large", value=excerpt(self.dose_mg),
                                drug=self.drug, limit=f"{limit:g}")
        if (self.route == "iv" and self.n_doses > 1
                and self.infusion_min > self.dose_interval_h * 60.0):
            raise ScenarioError("scenario.infusions_overlap", minutes=f"{self.infusion_min:g}",
                                hours=f"{self.dose_interval_h:g}")

    # --- derived ---------------------------------------------------------------------
    @property
    def dose_mg_per_kg(self) -> float:
        """Dose per kilogram of body weight, mg/kg."""
        return self.dose_mg / self.body_weight_kg

    def dose_times_h(self) -> list[float]:
        """Start time of each dose, hours (the first at t = 0)."""
        return [k * self.dose_interval_h for k in range(self.n_doses)]

    def with_changes(self, **changes) -> Scenario:
        """Return a copy with some fields replaced (validated like a new scenario)."""
        unknown = set(changes) - {f.name for f in fields(self)}
        if unknown:
            raise _unknown_fields_error(unknown)
        return replace(self, **changes)

    # --- JSON ------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """A JSON-ready dict with the schema version."""
        data = asdict(self)
        data["blockers"] = sorted(self.blockers)
        return {"schema_version": SCHEMA_VERSION, **data}

    def to_json(self) -> str:
        """JSON text of this scenario (with ``schema_version``)."""
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, data) -> Scenario:
        """Build a scenario from a dict as written by :meth:`to_dict`; missing fields default."""
        if not isinstance(data, dict):
            raise ScenarioError("scenario.not_object", type=type(data).__name__)
        data = dict(data)
        version = data.pop("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ScenarioError("scenario.schema_unsupported", version=excerpt(version),
                                supported=SCHEMA_VERSION)
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise _unknown_fields_error(unknown)
        try:
            return cls(**data)
        except TypeError as exc:  # e.g. a list where a number belongs
            raise ScenarioError("scenario.invalid", detail=shortened(str(exc), 200)) from None

    @classmethod
    def from_json(cls, text: str) -> Scenario:
        """Parse JSON text; malformed JSON raises :class:`ScenarioError`."""
        try:
            data = json.loads(text.removeprefix("\ufeff"), parse_int=_parse_int,
                              parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            raise ScenarioError("scenario.not_json", problem=json_problem(exc), line=exc.lineno,
                                column=exc.colno) from None
        except RecursionError:
            raise ScenarioError("scenario.too_deep") from None
        return cls.from_dict(data)

    @classmethod
    def load(cls, path) -> Scenario:
        """Read a scenario JSON file (UTF-8, a byte-order mark allowed, at most 1 MB); a
        missing, unreadable, special (a FIFO, a device) or oversized file raises
        ScenarioError without blocking."""
        try:
            text = read_text_file(path, Message("file.scenario", path=repr(str(path))),
                                  MAX_FILE_BYTES)
        except FileReadError as exc:
            raise ScenarioError(exc.code, **exc.values) from None
        return cls.from_json(text)

    def save(self, path) -> None:
        """Write this scenario as JSON atomically (temporary file, then rename)."""
        write_text_atomically(Path(path), self.to_json() + "\n")


def _parse_int(digits: str) -> int:
    """JSON integers, refused before Python parses a 5000-digit one (a ValueError)."""
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ScenarioError("scenario.number_too_long", digits=digits[:12],
                            count=f"{len(digits):,}")
    return int(digits)


def _reject_constant(name: str):
    raise ScenarioError("scenario.constant", constant=name)


def _unknown_fields_error(unknown) -> ScenarioError:
    return ScenarioError("scenario.unknown_fields", names=listed(unknown),
                         allowed=", ".join(f.name for f in fields(Scenario)))


def _check_choice(name: str, got, allowed) -> None:
    if got not in allowed:
        raise ScenarioError("scenario.not_one_of", name=name, value=excerpt(got),
                            allowed=", ".join(allowed))


def _check_number(name: str, got, low, high, integer: bool) -> None:
    if isinstance(got, bool) or not isinstance(got, (int, float)):
        raise ScenarioError("scenario.not_a_number", name=name, value=excerpt(got),
                            low=f"{low:g}", high=f"{high:g}")
    if not math.isfinite(got) or not low <= got <= high:
        raise ScenarioError("scenario.out_of_range", name=name, value=excerpt(got),
                            low=f"{low:g}", high=f"{high:g}")
    if integer and got != int(got):
        raise ScenarioError("scenario.not_whole", name=name, value=excerpt(got), low=low,
                            high=high)


def _checked_blockers(blockers) -> frozenset:
    if isinstance(blockers, str) or not hasattr(blockers, "__iter__"):
        raise ScenarioError("scenario.blockers_not_list", value=excerpt(blockers),
                            allowed=", ".join(BLOCKERS))
    items = list(blockers)
    for item in items:
        if item not in BLOCKERS:
            raise ScenarioError("scenario.not_one_of", name="blockers", value=excerpt(item),
                                allowed=", ".join(BLOCKERS))
    return frozenset(items)
