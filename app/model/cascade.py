"""Pharmacodynamics: the cascade from NMDA block to new spines, one link per function.

The chain is feed-forward, in the order of ``docs/science.md``::

    brain ketamine -> NMDA block (interneuron >> pyramidal) -> interneuron firing falls
    -> pyramidal disinhibition (a brief burst) -> glutamate -> AMPA activation
    -> p-eEF2 falls -> BDNF translation -> TrkB -> mTOR (transient) -> synaptic proteins
    -> relief: fast (synaptic potentiation) + slow (spine density, which sustains it)

and for an SSRI: SERT occupancy -> serotonin (hours) -> autoreceptor desensitisation
(weeks) -> BDNF transcription -> TrkB -> synapse-gene expression (weeks, not mTOR)
-> synaptic proteins -> the same spines and relief.

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


def pyramidal_silencing(block_pyramidal):
    """Share of pyramidal NMDA-driven firing lost: firing survives partial block and fails
    steeply near anaesthetic concentrations."""
    return hill(block_pyramidal, value("pyramidal_silencing_half_block"),
                value("pyramidal_silencing_hill"))


def circuit(block_interneuron, block_pyramidal, step):
    """Interneuron and pyramidal firing, relative.

    The network answers a *rise* in disinhibition with a burst and then adapts to it
    (``burst_adaptation``): a low dose, rising over the infusion, gives a brief burst; an
    anaesthetic dose, which also silences the pyramidal cells, leaves nothing to burst with
    once they recover, because the network has adapted meanwhile (Moghaddam 1997's
    inverted U).
    """
    interneuron = relax(1.0 - value("interneuron_nmda_dependence") * block_interneuron,
                        value("interneuron_time_constant"), step)
    disinhibition = 1.0 - interneuron
    adapted = relax(disinhibition, value("burst_adaptation_time_constant"), step)
    effective = np.maximum(disinhibition - value("burst_adaptation") * adapted, 0.0)
    raw = ((1.0 + value("disinhibition_gain") * effective)
           * (1.0 - value("pyramidal_nmda_dependence") * pyramidal_silencing(block_pyramidal)))
    return interneuron, relax(raw, value("pyramidal_time_constant"), step)


def glutamate_and_ampa(pyramidal, blockers, step):
    """Extracellular glutamate follows pyramidal firing; NBQX cuts AMPA activation."""
    glutamate = relax(pyramidal, value("glutamate_time_constant"), step)
    ampa = relax(_cut(glutamate, "nbqx" in blockers), value("ampa_time_constant"), step)
    return glutamate, ampa


def eef2_phosphorylation(ampa, step):
    """p-eEF2 (relative): strong AMPA activation releases the brake on translation."""
    fall = value("eef2_max_dephosphorylation") * hill(
        ampa - 1.0, value("eef2_half_effect_ampa"), value("eef2_hill"))
    return relax(1.0 - fall, value("eef2_time_constant"), step)


def bdnf_level(p_eef2, transcription, step):
    """BDNF protein: fast translation (eEF2 released) times slow transcription (SSRI)."""
    released_brake = (1.0 - p_eef2) / value("eef2_max_dephosphorylation")
    translation = 1.0 + value("bdnf_translation_gain") * released_brake
    return relax(translation * transcription, value("bdnf_time_constant"), step)


def bdnf_transcription(desensitization):
    """BDNF gene expression (relative) raised by weeks of SSRI (Nibuya 1995)."""
    return 1.0 + value("ssri_bdnf_transcription_gain") * desensitization


def trkb_and_mtor(bdnf, blockers, step):
    """TrkB activation by released BDNF, then mTOR (rapamycin cuts mTOR).

    mTOR answers a rise in TrkB signalling and adapts to a sustained one (negative
    feedback), so its activation is rapid and transient (Li 2010) and the slow, tonic BDNF
    of a chronic SSRI hardly moves it.
    """
    trkb = relax(_cut(bdnf, "trkb_antagonist" in blockers), value("trkb_time_constant"), step)
    excess = trkb - 1.0
    adapted = relax(excess, value("mtor_adaptation_time_constant"), step)
    drive = 1.0 + value("mtor_gain") * np.maximum(excess - adapted, 0.0)
    mtor = relax(_cut(drive, "rapamycin" in blockers), value("mtor_time_constant"), step)
    return trkb, mtor


def transcriptional_arm(transcription, blockers, step):
    """Synapse-building gene expression driven by sustained (transcribed) BDNF through TrkB,
    independent of mTOR: the slow route of a chronic SSRI (Saarelainen 2003)."""
    tonic = _cut(transcription, "trkb_antagonist" in blockers) - 1.0
    return relax(tonic, value("synapse_gene_expression_time_constant"), step)


def synaptic_proteins(mtor, expression, step):
    """PSD-95, receptors, cytoskeleton: made while mTOR is active (fast, local translation)
    or by gene expression (slow, SSRI), lost slowly (days).

    ``dS/dt = k*(mTOR - 1) + k_tx*expression - (S - 1)/lifetime``: over hours the level
    integrates what mTOR made; only over days does it decay. This is the "hit and run" memory.
    """
    lifetime = value("synaptic_protein_lifetime")
    made = (value("synaptic_protein_synthesis_rate") * (mtor - 1.0)
            + value("ssri_protein_synthesis_rate") * expression)
    return relax(1.0 + lifetime * made, lifetime, step)


def baseline_spine_density(stress: float) -> float:
    """Spine density before any drug, relative to a healthy unstressed cortex."""
    return 1.0 - value("stress_spine_loss") * stress


def spine_density(proteins, stress, step):
    """Spine density (relative to healthy): new spines need synaptic proteins and hours."""
    baseline = baseline_spine_density(stress)
    room = value("spine_ceiling") - baseline
    target = baseline + room * hill(proteins - 1.0, value("spine_half_protein"),
                                    value("synapse_response_hill"))
    return relax(target, value("spine_time_constant"), step)


def antidepressant_effect(proteins, spines, stress, step):
    """Relief, as a fraction of the model's largest improvement, from two components.

    Fast: synaptic potentiation by the newly made synaptic proteins at existing synapses,
    within hours. Slow: new spines, which carry the effect for days (Moda-Sava 2019: spines
    sustain the effect but are not needed to start it). The slow part counts spines gained
    against the deficit of full chronic stress, so a healthy cortex gains a little; the fast
    part is smaller without stress (``healthy_fast_relief``): less to improve.
    """
    fast = hill(proteins - 1.0, value("fast_relief_half_protein"), value("synapse_response_hill"))
    healthy = value("healthy_fast_relief")
    fast_weight = value("fast_relief_share") * (healthy + (1.0 - healthy) * stress)
    gained = (spines - baseline_spine_density(stress)) / value("stress_spine_loss")
    slow = np.clip(gained, 0.0, 1.0)
    relief = fast_weight * fast + (1.0 - value("fast_relief_share")) * slow
    return relax(relief, value("effect_time_constant"), step)


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
    """Dissociation (0..1, share of the model's largest) and systolic blood-pressure rise
    (mmHg) track brain drug; dissociation scales with NMDA potency, pressure with amount."""
    if scenario.drug not in NMDA_KI:
        zero = np.zeros_like(brain_um)
        return zero, zero
    ki = value(NMDA_KI[scenario.drug])
    dissociation = hill(brain_um, ki * value("dissociation_ec50_over_ki"),
                        value("dissociation_hill"))
    pressure = value("blood_pressure_max_rise") * hill(
        brain_um, value("blood_pressure_ec50"), value("blood_pressure_hill"))
    return dissociation, pressure


def cascade(scenario: Scenario, brain_um: np.ndarray, step: float) -> dict[str, np.ndarray]:
    """All pharmacodynamic observables on the grid, from the brain concentration (µM)."""
    blockers = scenario.blockers
    block_i, block_p = nmda_block(scenario, brain_um, step)
    interneuron, pyramidal = circuit(block_i, block_p, step)
    glutamate, ampa = glutamate_and_ampa(pyramidal, blockers, step)
    p_eef2 = eef2_phosphorylation(ampa, step)
    occupancy, serotonin, desensitization = serotonin_path(scenario, brain_um, step)
    transcription = bdnf_transcription(desensitization)
    bdnf = bdnf_level(p_eef2, transcription, step)
    trkb, mtor = trkb_and_mtor(bdnf, blockers, step)
    expression = transcriptional_arm(transcription, blockers, step)
    proteins = synaptic_proteins(mtor, expression, step)
    spines = spine_density(proteins, scenario.stress, step)
    effect = antidepressant_effect(proteins, spines, scenario.stress, step)
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
