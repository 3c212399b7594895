"""Pharmacodynamics: the cascade from NMDA block to new spines, one link per function.

The chain is feed-forward, in the order of ``docs/science.md``::

    brain ketamine -> NMDA block (interneuron >> pyramidal) -> interneuron firing falls
    -> pyramidal disinhibition (a brief burst) -> glutamate -> AMPA activation
    -> p-eEF2 falls -> BDNF translation -> TrkB -> mTOR -> synaptic proteins
    -> spine density -> antidepressant effect

and for an SSRI: SERT occupancy -> serotonin (hours) -> autoreceptor desensitisation
(weeks) -> BDNF transcription -> ... the same structural path.

Each link relaxes towards a drive set by the link before it (``filters.relax``). Levels
are relative to their pre-dose steady state (= 1); blocks and effects are fractions.
A blocker cuts the ketamine-evoked change at its link (``_cut``): the link and everything
after it keep their baseline, everything before it is untouched.
"""
from __future__ import annotations

import numpy as np

from .filters import hill, relax
from .parameters import value
from .scenario import Scenario

#: Affinity (Ki, µM) for the NMDA-receptor channel site, per drug.
NMDA_KI = {"ketamine": "nmda_ki_racemic", "esketamine": "nmda_ki_esketamine",
           "arketamine": "nmda_ki_arketamine"}


def _cut(level: np.ndarray, blocked: bool) -> np.ndarray:
    """A blocked link transmits baseline (1) instead of the evoked change."""
    return np.ones_like(level) if blocked else level


def nmda_block(scenario: Scenario, brain_um: np.ndarray, step: float):
    """Fraction of NMDA receptors blocked on interneurons and on pyramidal neurons."""
    if scenario.drug not in NMDA_KI:
        zero = np.zeros_like(brain_um)
        return zero, zero
    ki = value(NMDA_KI[scenario.drug])
    tau = value("nmda_block_time_constant")
    interneuron = relax(hill(brain_um, ki * value("interneuron_ic50_over_ki")), tau, step)
    pyramidal = relax(hill(brain_um, ki * value("pyramidal_ic50_over_ki")), tau, step)
    return interneuron, pyramidal


def circuit(block_interneuron, block_pyramidal, step):
    """Interneuron and pyramidal firing, relative; the burst adapts back within hours."""
    interneuron = relax(1.0 - value("interneuron_nmda_dependence") * block_interneuron,
                        value("interneuron_time_constant"), step)
    disinhibition = 1.0 - interneuron
    raw = ((1.0 + value("disinhibition_gain") * disinhibition)
           * (1.0 - value("pyramidal_nmda_dependence") * block_pyramidal))
    adaptation = relax(np.maximum(raw - 1.0, 0.0), value("burst_adaptation_time_constant"), step)
    adapted = raw - value("burst_adaptation") * adaptation
    firing = np.maximum(adapted, np.minimum(raw, 1.0))
    return interneuron, relax(firing, value("pyramidal_time_constant"), step)


def glutamate_and_ampa(pyramidal, blockers, step):
    """Cleft glutamate follows pyramidal firing; NBQX cuts AMPA activation."""
    glutamate = relax(pyramidal, value("glutamate_time_constant"), step)
    ampa = relax(_cut(glutamate, "nbqx" in blockers), value("ampa_time_constant"), step)
    return glutamate, ampa


def eef2_phosphorylation(ampa, step):
    """p-eEF2 (relative): strong AMPA activation releases the brake on translation."""
    fall = value("eef2_max_dephosphorylation") * hill(ampa - 1.0, value("eef2_half_effect_ampa"))
    return relax(1.0 - fall, value("eef2_time_constant"), step)


def bdnf_level(p_eef2, desensitization, step):
    """BDNF protein: fast translation (eEF2 released) and slow transcription (SSRI)."""
    released_brake = (1.0 - p_eef2) / value("eef2_max_dephosphorylation")
    translation = 1.0 + value("bdnf_translation_gain") * released_brake
    transcription = 1.0 + value("ssri_bdnf_transcription_gain") * desensitization
    return relax(translation * transcription, value("bdnf_time_constant"), step)


def trkb_and_mtor(bdnf, blockers, step):
    """TrkB activation by released BDNF, then mTOR (rapamycin cuts mTOR)."""
    trkb = relax(_cut(bdnf, "trkb_antagonist" in blockers), value("trkb_time_constant"), step)
    drive = 1.0 + value("mtor_gain") * (trkb - 1.0)
    mtor = relax(_cut(drive, "rapamycin" in blockers), value("mtor_time_constant"), step)
    return trkb, mtor


def synaptic_proteins(mtor, step):
    """PSD-95, receptors, cytoskeleton: made while mTOR is active, lost slowly (days).

    ``dS/dt = k * (mTOR - 1) - (S - 1) / lifetime``: over hours the level integrates what
    mTOR made; only over days does it decay. This is the "hit and run" memory.
    """
    lifetime = value("synaptic_protein_lifetime")
    gain = value("synaptic_protein_synthesis_rate") * lifetime
    return relax(1.0 + gain * (mtor - 1.0), lifetime, step)


def baseline_spine_density(stress: float) -> float:
    """Spine density before any drug, relative to a healthy unstressed cortex."""
    return 1.0 - value("stress_spine_loss") * stress


def spines_and_effect(proteins, stress, step):
    """Spine density (relative to healthy) and the share of the stress deficit restored."""
    baseline = baseline_spine_density(stress)
    room = value("spine_ceiling") - baseline
    target = baseline + room * hill(proteins - 1.0, value("spine_half_protein"))
    spines = relax(target, value("spine_time_constant"), step)
    deficit = 1.0 - baseline
    if deficit <= 0.0:  # a healthy brain has no stress-lost synapses to restore
        return spines, np.zeros_like(spines)
    restored = np.clip((spines - baseline) / deficit, 0.0, 1.0)
    return spines, relax(restored, value("effect_time_constant"), step)


def serotonin_path(scenario: Scenario, brain_um, step):
    """SERT occupancy, extracellular serotonin and autoreceptor desensitisation (SSRI)."""
    if scenario.drug != "ssri":
        zero = np.zeros_like(brain_um)
        return zero, np.ones_like(brain_um), zero
    occupancy = hill(brain_um, value("sert_ec50"))
    desensitization = relax(occupancy, value("autoreceptor_desensitization_time_constant"), step)
    raised = occupancy * (value("serotonin_gain")
                          + value("serotonin_gain_desensitized") * desensitization)
    serotonin = relax(1.0 + raised, value("serotonin_time_constant"), step)
    return occupancy, serotonin, desensitization


def side_effects(scenario: Scenario, brain_um):
    """Dissociation (0..1) and systolic blood-pressure rise (mmHg) track brain drug."""
    if scenario.drug not in NMDA_KI:
        zero = np.zeros_like(brain_um)
        return zero, zero
    ki = value(NMDA_KI[scenario.drug])
    dissociation = hill(brain_um, ki * value("dissociation_ec50_over_ki"),
                        value("dissociation_hill"))
    pressure = value("blood_pressure_max_rise") * hill(
        brain_um, ki * value("blood_pressure_ec50_over_ki"), value("blood_pressure_hill"))
    return dissociation, pressure


def cascade(scenario: Scenario, brain_um: np.ndarray, step: float) -> dict[str, np.ndarray]:
    """All pharmacodynamic observables on the grid, from the brain concentration (µM)."""
    blockers = scenario.blockers
    block_i, block_p = nmda_block(scenario, brain_um, step)
    interneuron, pyramidal = circuit(block_i, block_p, step)
    glutamate, ampa = glutamate_and_ampa(pyramidal, blockers, step)
    p_eef2 = eef2_phosphorylation(ampa, step)
    occupancy, serotonin, desensitization = serotonin_path(scenario, brain_um, step)
    bdnf = bdnf_level(p_eef2, desensitization, step)
    trkb, mtor = trkb_and_mtor(bdnf, blockers, step)
    proteins = synaptic_proteins(mtor, step)
    spines, effect = spines_and_effect(proteins, scenario.stress, step)
    dissociation, pressure = side_effects(scenario, brain_um)
    return {
        "nmda_block_interneuron": block_i, "nmda_block_pyramidal": block_p,
        "interneuron_activity": interneuron, "pyramidal_activity": pyramidal,
        "glutamate": glutamate, "ampa_activation": ampa, "p_eef2": p_eef2, "bdnf": bdnf,
        "trkb_activation": trkb, "mtor_activity": mtor, "synaptic_proteins": proteins,
        "serotonin": serotonin, "spine_density": spines, "antidepressant_effect": effect,
        "dissociation": dissociation, "blood_pressure_mmHg": pressure,
        "sert_occupancy": occupancy, "autoreceptor_desensitization": desensitization,
    }
