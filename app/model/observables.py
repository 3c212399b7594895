"""What each observable of a trajectory is, and its unit: the one table for the model's
documentation and for anyone labelling a plot or a CSV column."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Observable:
    """One simulated quantity: its unit and what it measures."""

    name: str
    unit: str
    meaning: str


_ROWS = (
    ("plasma_uM", "µM", "drug concentration in (arterial) plasma"),
    ("brain_uM", "µM", "drug concentration at the effect site in the brain, driven by plasma "
     "with a lag of minutes (not measured directly in patients)"),
    ("nmda_block_interneuron", "fraction 0..1",
     "share of NMDA receptors blocked on GABA interneurons"),
    ("nmda_block_pyramidal", "fraction 0..1",
     "share of NMDA receptors blocked on pyramidal neurons (their firing fails steeply "
     "once most are blocked, near anaesthetic concentrations)"),
    ("interneuron_activity", "× baseline", "interneuron firing rate"),
    ("pyramidal_activity", "× baseline", "pyramidal firing rate"),
    ("glutamate", "× baseline", "extracellular glutamate in prefrontal cortex, as "
     "microdialysis measures it"),
    ("ampa_activation", "× baseline", "AMPA-receptor activation by that glutamate"),
    ("p_eef2", "× baseline", "phosphorylated eEF2 (the brake on dendritic translation)"),
    ("bdnf", "× baseline", "BDNF protein"),
    ("trkb_activation", "× baseline", "TrkB activation (phosphorylation) by BDNF"),
    ("mtor_activity", "× baseline", "mTOR pathway activation (p-mTOR, p-p70S6K)"),
    ("synaptic_proteins", "× baseline", "synaptic proteins (PSD-95, GluA1, synapsin)"),
    ("serotonin", "× baseline", "extracellular serotonin"),
    ("spine_density", "× healthy", "dendritic spine density in prefrontal cortex, relative "
     "to a healthy unstressed cortex"),
    ("antidepressant_effect", "fraction 0..1 of the model's largest relief",
     "symptom relief: a fast part from synaptic potentiation plus a slow part from new "
     "spines; 1 is the most improvement the model can give, not a rating-scale score"),
    ("dissociation", "fraction 0..1 of the model's largest",
     "dissociative effects, as a share of the model's maximum (not mapped onto CADSS)"),
    ("blood_pressure_mmHg", "mmHg", "rise of systolic blood pressure above baseline"),
    ("sert_occupancy", "fraction 0..1", "share of serotonin transporters occupied"),
    ("autoreceptor_desensitization", "fraction 0..1",
     "desensitisation of 5-HT1A autoreceptors"),
)

#: Every observable, in the order of ``OBSERVABLES``.
OBSERVABLE_INFO: dict[str, Observable] = {row[0]: Observable(*row) for row in _ROWS}
