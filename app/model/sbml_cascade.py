"""The cascade of ``cascade.py`` as SBML formulas: every link a state that relaxes towards
its drive, ``dx/dt = (drive - x) / tau``, with the drive an assignment rule.

``filters.relax`` solves the same equation exactly on the one-minute grid for a drive linear
between samples; an ODE solver sees the drive between samples as it is. The difference is
second order in the step and far below the 1 % the round-trip test allows
(``tests/model/test_sbml.py``). The formulas mirror ``cascade.py`` link by link; that test
simulates both and fails when the two disagree.
"""
from __future__ import annotations

from dataclasses import dataclass

from .cascade import NMDA_KI
from .sbml_math import Expr, clipped, hill, number, positive, sym
from .scenario import Scenario


@dataclass(frozen=True)
class Relaxed:
    """A state ``name`` with ``d name/dt = (drive - name)/tau``, at rest (= drive) at t = 0."""

    name: str
    drive: Expr
    tau: str
    units: str
    meaning: str


@dataclass(frozen=True)
class Assigned:
    """A quantity ``name`` equal to ``formula`` at every time (an assignment rule)."""

    name: str
    formula: Expr
    units: str
    meaning: str


UM = "micromolar"
BLOCKER_FLAGS = {"nbqx": "nbqx_applied", "trkb_antagonist": "trkb_antagonist_applied",
                 "rapamycin": "rapamycin_applied"}


def _cut(level, blocker: str) -> Expr:
    """A blocked link transmits baseline (1): the blocker's flag is 1 when applied."""
    return 1 + (1 - sym(BLOCKER_FLAGS[blocker])) * (level - 1)


def _nmda_links(scenario: Scenario) -> list:
    v = sym
    if scenario.drug not in NMDA_KI:
        return [Assigned("nmda_block_interneuron", number(0.0),
                         "dimensionless", "no NMDA-receptor blocker in this scenario"),
                Assigned("nmda_block_pyramidal", number(0.0),
                         "dimensionless", "no NMDA-receptor blocker in this scenario"),
                Assigned("dissociation", number(0.0),
                         "dimensionless", "no NMDA-receptor blocker in this scenario"),
                Assigned("blood_pressure_mmHg", number(0.0, "mmHg"),
                         "mmHg", "no ketamine in this scenario")]
    ki, brain = v(NMDA_KI[scenario.drug]), sym("brain_uM")
    return [
        Relaxed("nmda_block_interneuron", hill(brain, ki * v("interneuron_ic50_over_ki"), units=UM),
                "nmda_block_time_constant", "dimensionless", "NMDA block on interneurons"),
        Relaxed("nmda_block_pyramidal", hill(brain, ki * v("pyramidal_ic50_over_ki"), units=UM),
                "nmda_block_time_constant", "dimensionless", "NMDA block on pyramidal neurons"),
        Assigned("dissociation", hill(brain, ki * v("dissociation_ec50_over_ki"),
                                      v("dissociation_hill"), UM),
                 "dimensionless", "dissociation, share of the model's largest"),
        Assigned("blood_pressure_mmHg", v("blood_pressure_max_rise") * hill(
            brain, v("blood_pressure_ec50"), v("blood_pressure_hill"), UM),
                 "mmHg", "rise of systolic blood pressure"),
    ]


def _circuit_links() -> list:
    v = sym
    disinhibition = 1 - sym("interneuron_activity")
    silencing = hill(sym("nmda_block_pyramidal"), v("pyramidal_silencing_half_block"),
                     v("pyramidal_silencing_hill"))
    effective = positive(disinhibition - v("burst_adaptation") * sym("adapted_disinhibition"))
    raw = ((1 + v("disinhibition_gain") * effective)
           * (1 - v("pyramidal_nmda_dependence") * silencing))
    return [
        Relaxed("interneuron_activity",
                1 - v("interneuron_nmda_dependence") * sym("nmda_block_interneuron"),
                "interneuron_time_constant", "dimensionless", "interneuron firing, relative"),
        Relaxed("adapted_disinhibition", disinhibition, "burst_adaptation_time_constant",
                "dimensionless", "the disinhibition the network has adapted to"),
        Relaxed("pyramidal_activity", raw, "pyramidal_time_constant", "dimensionless",
                "pyramidal firing, relative"),
        Relaxed("glutamate", sym("pyramidal_activity"), "glutamate_time_constant",
                "dimensionless", "extracellular glutamate, relative"),
        Relaxed("ampa_activation", _cut(sym("glutamate"), "nbqx"), "ampa_time_constant",
                "dimensionless", "AMPA activation, relative (NBQX cuts it)"),
    ]


def _protein_links() -> list:
    v = sym
    fall = v("eef2_max_dephosphorylation") * hill(sym("ampa_activation") - 1,
                                                   v("eef2_half_effect_ampa"), v("eef2_hill"))
    released = (1 - sym("p_eef2")) / v("eef2_max_dephosphorylation")
    transcription = 1 + v("ssri_bdnf_transcription_gain") * sym("autoreceptor_desensitization")
    excess = sym("trkb_activation") - 1
    mtor_drive = 1 + v("mtor_gain") * positive(excess - sym("adapted_trkb_excess"))
    lifetime = v("synaptic_protein_lifetime")
    made = (v("synaptic_protein_synthesis_rate") * (sym("mtor_activity") - 1)
            + v("ssri_protein_synthesis_rate") * sym("synapse_gene_expression"))
    return [
        Relaxed("p_eef2", 1 - fall, "eef2_time_constant", "dimensionless",
                "phosphorylated eEF2, relative"),
        Assigned("bdnf_transcription", transcription, "dimensionless",
                 "BDNF gene expression raised by weeks of SSRI, relative"),
        Relaxed("bdnf", (1 + v("bdnf_translation_gain") * released) * sym("bdnf_transcription"),
                "bdnf_time_constant", "dimensionless", "BDNF protein, relative"),
        Relaxed("trkb_activation", _cut(sym("bdnf"), "trkb_antagonist"), "trkb_time_constant",
                "dimensionless", "TrkB activation, relative (a TrkB antagonist cuts it)"),
        Relaxed("adapted_trkb_excess", excess, "mtor_adaptation_time_constant",
                "dimensionless", "the TrkB signalling mTOR has adapted to"),
        Relaxed("mtor_activity", _cut(mtor_drive, "rapamycin"), "mtor_time_constant",
                "dimensionless", "mTOR activity, relative (rapamycin cuts it)"),
        Relaxed("synapse_gene_expression",
                _cut(sym("bdnf_transcription"), "trkb_antagonist") - 1,
                "synapse_gene_expression_time_constant", "dimensionless",
                "synapse-building gene expression (the SSRI's slow route)"),
        Relaxed("synaptic_proteins", 1 + lifetime * made, "synaptic_protein_lifetime",
                "dimensionless", "synaptic proteins, relative"),
    ]


def _structure_links() -> list:
    v = sym
    proteins_up = sym("synaptic_proteins") - 1
    baseline = 1 - v("stress_spine_loss") * sym("stress")
    spine_target = baseline + (v("spine_ceiling") - baseline) * hill(
        proteins_up, v("spine_half_protein"), v("synapse_response_hill"))
    fast = hill(proteins_up, v("fast_relief_half_protein"), v("synapse_response_hill"))
    healthy = v("healthy_fast_relief")
    fast_weight = v("fast_relief_share") * (healthy + (1 - healthy) * sym("stress"))
    gained = (sym("spine_density") - sym("baseline_spine_density")) / v("stress_spine_loss")
    relief = fast_weight * fast + (1 - v("fast_relief_share")) * clipped(gained, 0, 1)
    return [
        Assigned("baseline_spine_density", baseline, "dimensionless",
                 "spine density before any drug, relative to a healthy cortex"),
        Relaxed("spine_density", spine_target, "spine_time_constant", "dimensionless",
                "spine density, relative to a healthy cortex"),
        Relaxed("antidepressant_effect", relief, "effect_time_constant", "dimensionless",
                "relief, share of the model's largest"),
    ]


def _serotonin_links(scenario: Scenario) -> list:
    v = sym
    if scenario.drug == "ssri":
        occupancy = hill(sym("brain_uM"), v("sert_ec50"), units=UM)
    else:
        occupancy = number(0.0)
    raised = sym("sert_occupancy") * (v("serotonin_gain") + v("serotonin_gain_desensitized")
                                      * sym("autoreceptor_desensitization"))
    return [
        Assigned("sert_occupancy", occupancy, "dimensionless", "SERT occupancy"),
        Relaxed("autoreceptor_desensitization", sym("sert_occupancy"),
                "autoreceptor_desensitization_time_constant", "dimensionless",
                "5-HT1A autoreceptor desensitisation"),
        Relaxed("serotonin", 1 + raised, "serotonin_time_constant", "dimensionless",
                "extracellular serotonin, relative"),
    ]


def cascade_links(scenario: Scenario) -> list:
    """Every link of the cascade for ``scenario``, upstream first."""
    return (_nmda_links(scenario) + _circuit_links() + _serotonin_links(scenario)
            + _protein_links() + _structure_links())
