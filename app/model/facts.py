"""The few numbers of the model that pictures draw besides the trajectory itself: where
spine density starts and how far it can grow, the largest blood-pressure rise, how far
eEF2 can be dephosphorylated, and where each cell type's NMDA receptors are half blocked.

The public face of ``cascade`` and ``parameters`` for everyone outside the model: scenes
read these names, never the parameter table or the cascade's internals.
"""
from __future__ import annotations

# baseline_spine_density is defined beside the equation that uses it, and offered here
from .cascade import NMDA_KI, baseline_spine_density
from .parameters import value

__all__ = [
    "BLOOD_PRESSURE_MAX_RISE_MMHG", "EEF2_MAX_DEPHOSPHORYLATION", "NMDA_CELLS", "SPINE_CEILING",
    "STRESS_SPINE_LOSS", "baseline_spine_density", "blocks_nmda", "nmda_half_block_um",
]

#: Share of spines that full chronic stress removes (spine density ``1 - loss``, × healthy).
STRESS_SPINE_LOSS: float = value("stress_spine_loss")

#: The most spine density new growth reaches, × healthy.
SPINE_CEILING: float = value("spine_ceiling")

#: The largest rise of systolic blood pressure the drug can cause, mmHg.
BLOOD_PRESSURE_MAX_RISE_MMHG: float = value("blood_pressure_max_rise")

#: The largest fall of phosphorylated eEF2 (a fraction of its baseline).
EEF2_MAX_DEPHOSPHORYLATION: float = value("eef2_max_dephosphorylation")

#: The cell types whose NMDA receptors the model blocks separately.
NMDA_CELLS = ("interneuron", "pyramidal")

# the reference curve of a drug that does not block NMDA receptors
_REFERENCE_KI = "nmda_ki_racemic"


def blocks_nmda(drug: str) -> bool:
    """Whether ``drug`` blocks NMDA receptors (the ketamines do; an SSRI or no drug not)."""
    return drug in NMDA_KI


def nmda_half_block_um(drug: str, cell: str) -> float:
    """Brain concentration (µM) at which ``drug`` blocks half of the NMDA receptors of
    ``cell`` (``"interneuron"`` or ``"pyramidal"``) at steady state; racemic ketamine's for
    a drug that does not block them. ValueError for another cell type."""
    if cell not in NMDA_CELLS:
        raise ValueError(f"unknown cell type {cell!r}; choose from {', '.join(NMDA_CELLS)}")
    return value(NMDA_KI.get(drug, _REFERENCE_KI)) * value(f"{cell}_ic50_over_ki")

