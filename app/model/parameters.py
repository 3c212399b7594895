"""The one table of model parameters: name, value, unit, plausible range, and source.

Every number the model uses lives here once. A source is "First author, year" of a
published study; where a value is a modelling choice, the source says so and why.
``docs/model.md`` is generated from this table (``python -m tools.model_docs``).

Units used throughout the model: time in hours (h), amounts in mg, volumes in L,
concentrations in µM (µmol/L), fractions 0..1, other levels relative to baseline (= 1).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Parameter:
    """One model parameter with its unit, plausible range and published source."""

    name: str
    value: float
    unit: str
    low: float
    high: float
    source: str
    meaning: str
    group: str


_ROWS: list[tuple] = [
    # --- Pharmacokinetics: racemic ketamine (per 70 kg) ----------------------------------
    ("ketamine_molar_mass", 237.7, "g/mol", 237.7, 237.7,
     "Formula C13H16ClNO (free base)", "molar mass of ketamine (all enantiomers)", "pk"),
    ("ketamine_clearance", 79.0, "L/h", 69.0, 90.0,
     "Kamp 2020 (meta-analysis, 95% CI)",
     "racemic ketamine (and arketamine) clearance per 70 kg", "pk"),
    ("ketamine_volume_ss", 252.0, "L", 200.0, 304.0,
     "Kamp 2020 (meta-analysis, 95% CI)",
     "volume reached within hours (central + peripheral) per 70 kg; all forms", "pk"),
    ("ketamine_central_volume", 74.0, "L", 40.0, 120.0,
     "Modelling choice: calibrated so 0.5 mg/kg over 40 min peaks near 0.78 µM "
     "(about 185 ng/mL, Zarate 2012)", "central (arterial) volume; peripheral = Vss - V1", "pk"),
    ("ketamine_distribution_clearance", 250.0, "L/h", 100.0, 400.0,
     "Modelling choice: with Kamp 2020's CL and Vss the concentration halves every 2-3 h "
     "over the first hours", "inter-compartmental clearance central <-> peripheral", "pk"),
    ("ketamine_terminal_volume_ss", 709.0, "L", 500.0, 900.0,
     "Janssen 2019 (Spravato label: esketamine Vss 709 L, with a terminal half-life of "
     "7-12 h); modelling choice: one disposition for every form of ketamine",
     "steady-state volume including the slow (deep) compartment; deep = this - Vss", "pk"),
    ("ketamine_deep_clearance", 20.0, "L/h", 10.0, 40.0,
     "Modelling choice: a small, slow terminal phase with a half-life near 9 h (label: 7-12 h) "
     "that leaves the 2-3 h decline of the first hours (Kamp 2020) intact",
     "inter-compartmental clearance central <-> deep compartment", "pk"),
    ("ketamine_effect_site_half_time", 0.05, "h", 0.02, 0.2,
     "Modelling choice: blood-brain equilibration of a lipophilic drug within minutes; "
     "psychotomimetic effects peak at the end of the infusion (Zarate 2006)",
     "half-time of plasma -> brain (effect-site) equilibration", "pk"),
    ("ketamine_intranasal_bioavailability", 0.45, "fraction", 0.25, 0.50,
     "Yanagihara 2003", "fraction of an intranasal ketamine dose reaching plasma", "pk"),
    ("ketamine_oral_bioavailability", 0.17, "fraction", 0.10, 0.24,
     "Clements 1982", "fraction of an oral ketamine dose reaching plasma", "pk"),
    ("oral_ketamine_absorption_rate", 2.0, "1/h", 1.0, 4.0,
     "Modelling choice: oral ketamine peaks within about an hour (Clements 1982)",
     "first-order absorption rate, oral ketamine", "pk"),
    # --- Pharmacokinetics: esketamine (S) and arketamine (R) ----------------------------
    ("esketamine_clearance", 89.0, "L/h", 70.0, 110.0,
     "Janssen 2019 (Spravato label)", "esketamine clearance per 70 kg (volumes as racemic)", "pk"),
    ("esketamine_intranasal_bioavailability", 0.48, "fraction", 0.40, 0.55,
     "Janssen 2019 (Spravato label)", "fraction of intranasal esketamine reaching plasma", "pk"),
    ("esketamine_device_mg", 28.0, "mg", 28.0, 28.0,
     "Janssen 2019 (Spravato label: one device delivers 28 mg)",
     "esketamine per nasal device; a dose is given as ceil(dose/28) devices", "pk"),
    ("esketamine_device_interval", 5.0 / 60.0, "h", 5.0 / 60.0, 5.0 / 60.0,
     "Janssen 2019 (Spravato label: wait 5 min between devices)",
     "time between successive nasal devices of one dose", "pk"),
    ("intranasal_absorption_rate", 1.5, "1/h", 1.0, 9.0,
     "Modelling choice: puts Tmax of intranasal esketamine 20-40 min after the last device "
     "(Janssen 2019)", "first-order nasal absorption rate (ketamine and both enantiomers)", "pk"),
    # --- Pharmacokinetics: SSRI (escitalopram) ------------------------------------------
    ("ssri_molar_mass", 324.4, "g/mol", 324.4, 324.4,
     "Formula C20H21FN2O (escitalopram)", "molar mass of the SSRI escitalopram", "pk"),
    ("ssri_clearance", 28.8, "L/h", 20.0, 40.0,
     "Forest 2009 (Lexapro label: oral clearance 600 mL/min x F 0.8)", "systemic clearance", "pk"),
    ("ssri_volume", 1250.0, "L", 840.0, 1800.0,
     "Forest 2009 (Lexapro label: half-life 27-32 h)", "volume of distribution", "pk"),
    ("ssri_bioavailability", 0.80, "fraction", 0.70, 0.90,
     "Forest 2009 (Lexapro label)", "oral bioavailability", "pk"),
    ("ssri_absorption_rate", 0.8, "1/h", 0.4, 1.5,
     "Modelling choice: Tmax about 5 h (Forest 2009)", "oral absorption rate", "pk"),
    ("ssri_effect_site_half_time", 0.5, "h", 0.1, 2.0,
     "Modelling choice: SERT occupancy follows plasma within an hour",
     "plasma -> brain equilibration half-time", "pk"),
    # --- NMDA-receptor block -----------------------------------------------------------
    ("nmda_ki_racemic", 0.53, "µM", 0.4, 0.7, "Ebert 1997",
     "racemic ketamine affinity for the NMDA-receptor channel site", "nmda"),
    ("nmda_ki_esketamine", 0.30, "µM", 0.2, 0.4, "Ebert 1997",
     "S-ketamine affinity (about 4x R)", "nmda"),
    ("nmda_ki_arketamine", 1.40, "µM", 1.0, 2.0, "Ebert 1997",
     "R-ketamine affinity", "nmda"),
    ("interneuron_ic50_over_ki", 1.0, "x Ki", 0.5, 2.0,
     "Modelling choice: tonically active GABA interneurons are blocked near Ki "
     "(Homayoun 2007: low doses silence interneurons first)",
     "in-vivo IC50 of block on interneurons, in units of Ki", "nmda"),
    ("pyramidal_ic50_over_ki", 7.0, "x Ki", 4.0, 20.0,
     "Modelling choice: pyramidal neurons' receptors are blocked less at a low dose, "
     "interneurons first (Homayoun 2007)",
     "in-vivo IC50 of block on pyramidal neurons, in units of Ki", "nmda"),
    ("pyramidal_silencing_half_block", 0.33, "fraction", 0.2, 0.6,
     "Modelling choice: pyramidal firing is half silenced near 2 µM and mostly silenced at "
     "the 4-5 µM of an anaesthetic bolus (patients wake near 3 µM, Idvall 1979)",
     "pyramidal receptor block that halves their NMDA-driven firing", "nmda"),
    ("pyramidal_silencing_hill", 5.0, "", 1.0, 6.0,
     "Modelling choice: firing survives partial block and fails over a narrow range, as "
     "consciousness is lost over one (Idvall 1979)",
     "steepness of pyramidal silencing against receptor block", "nmda"),
    ("nmda_block_time_constant", 0.03, "h", 0.01, 0.3,
     "Modelling choice: ketamine is an open-channel (use-dependent) blocker, so block "
     "builds up within minutes as channels open (MacDonald 1991)",
     "time for the block to follow the brain concentration", "nmda"),
    # --- Circuit: disinhibition and the glutamate burst ---------------------------------
    ("interneuron_nmda_dependence", 0.85, "fraction", 0.5, 1.0,
     "Modelling choice: share of interneuron firing driven through NMDA receptors "
     "(Homayoun 2007)", "interneuron firing lost at complete block", "circuit"),
    ("interneuron_time_constant", 0.005, "h", 0.002, 0.05,
     "Modelling choice: firing follows the block within seconds", "", "circuit"),
    ("disinhibition_gain", 3.5, "per unit", 1.0, 6.0,
     "Modelling choice: calibrated to a clear rise (about 1.6x at 0.5 mg/kg) of cortical "
     "glutamate at sub-anaesthetic doses (Moghaddam 1997)",
     "pyramidal firing gained per unit of lost inhibition", "circuit"),
    ("pyramidal_time_constant", 0.15, "h", 0.01, 0.2,
     "Modelling choice: network firing follows disinhibition within minutes", "", "circuit"),
    ("pyramidal_nmda_dependence", 0.95, "fraction", 0.6, 1.0,
     "Modelling choice: pyramidal firing needs its own NMDA receptors; at anaesthetic "
     "concentrations glutamate falls (Moghaddam 1997)",
     "pyramidal firing lost at complete pyramidal block", "circuit"),
    ("burst_adaptation", 1.0, "fraction", 0.5, 1.0,
     "Modelling choice: the network adapts to sustained disinhibition, so the burst answers "
     "its rise; an anaesthetic dose that silences pyramidal cells while the network adapts "
     "leaves glutamate at or below baseline (Moghaddam 1997: 200 mg/kg lowers it)",
     "share of disinhibition removed once adaptation has caught up", "circuit"),
    ("burst_adaptation_time_constant", 0.3, "h", 0.1, 2.0,
     "Modelling choice: glutamate rises within 30-60 min and returns within about 2 h "
     "(Moghaddam 1997, rat; human MRS, Milak 2016)",
     "time for the network to adapt to sustained disinhibition", "circuit"),
    ("glutamate_time_constant", 0.05, "h", 0.02, 0.2,
     "Modelling choice: extracellular glutamate follows firing within minutes", "", "circuit"),
    ("ampa_time_constant", 0.02, "h", 0.005, 0.1,
     "Modelling choice: AMPA receptors respond to glutamate in milliseconds; 1 min "
     "smooths the sampled signal", "", "circuit"),
    # --- Intracellular cascade (cell-biological time constants from rodents) ------------
    ("eef2_max_dephosphorylation", 0.6, "fraction", 0.3, 0.8,
     "Modelling choice: p-eEF2 roughly halves after ketamine (Autry 2011, mouse)",
     "largest fall of p-eEF2 below baseline", "cascade"),
    ("eef2_half_effect_ampa", 0.5, "relative", 0.1, 2.0,
     "Modelling choice", "AMPA activation above baseline giving half the fall", "cascade"),
    ("eef2_hill", 2.0, "", 1.0, 3.0,
     "Modelling choice: only strong AMPA activation releases the brake (the source article); "
     "a small surge (0.1 mg/kg) does little (Fava 2018: 0.1 mg/kg not clearly effective)",
     "steepness of the eEF2 response to AMPA activation", "cascade"),
    ("eef2_time_constant", 0.25, "h", 0.1, 0.5,
     "Autry 2011 (p-eEF2 down within 30 min)", "", "cascade"),
    ("bdnf_translation_gain", 1.5, "per unit", 0.5, 3.0,
     "Modelling choice: BDNF protein rises about 1.5-2x within an hour (Autry 2011)",
     "BDNF synthesis gained per unit of released eEF2 brake", "cascade"),
    ("bdnf_time_constant", 0.75, "h", 0.3, 2.0,
     "Autry 2011 (BDNF protein up at 30 min)", "synthesis and turnover of BDNF protein", "cascade"),
    ("trkb_time_constant", 0.15, "h", 0.05, 0.5,
     "Modelling choice: TrkB phosphorylation follows BDNF within minutes", "", "cascade"),
    ("mtor_gain", 4.0, "per unit", 0.5, 6.0,
     "Modelling choice: p-mTOR roughly doubles (Li 2010, rat)",
     "mTOR activation per unit of TrkB activation above baseline", "cascade"),
    ("mtor_time_constant", 0.3, "h", 0.1, 1.0,
     "Li 2010 (p-mTOR, p-p70S6K, p-4E-BP1 up by 30 min, peak 30-60 min in rats)", "", "cascade"),
    ("mtor_adaptation_time_constant", 0.75, "h", 0.2, 2.0,
     "Modelling choice: negative feedback ends mTOR activation while TrkB is still raised "
     "(Li 2010: rapid and transient, back near baseline by 2 h)",
     "time for mTOR to adapt to sustained TrkB signalling", "cascade"),
    ("synaptic_protein_synthesis_rate", 0.55, "1/h", 0.2, 5.0,
     "Modelling choice: PSD-95, GluA1 and synapsin rise by tens of percent within hours "
     "of an mTOR pulse (Li 2010, rat)",
     "synaptic protein made per hour per unit of mTOR activity above baseline", "cascade"),
    ("synaptic_protein_lifetime", 144.0, "h", 48.0, 240.0,
     "Modelling choice on a human time base: the effect of one infusion lasts about a week "
     "(Zarate 2006; Berman 2000); in rats the proteins stay raised 2-72 h (Li 2010)",
     "time constant of synaptic-protein decay", "cascade"),
    # --- Structure and behaviour --------------------------------------------------------
    ("stress_spine_loss", 0.2, "fraction", 0.1, 0.35,
     "Radley 2006 (chronic stress removes about 16-20% of mPFC spines)",
     "spine density lost at chronic stress = 1", "structure"),
    ("spine_ceiling", 1.07, "relative", 1.0, 1.3,
     "Modelling choice: spine density can be restored to slightly above healthy "
     "(Li 2010 saw gains in unstressed rats)", "highest spine density synthesis can reach",
     "structure"),
    ("spine_half_protein", 0.2, "relative", 0.1, 1.0,
     "Modelling choice: ketamine restores most stress-lost spines (Moda-Sava 2019)",
     "synaptic-protein rise giving half the room to the ceiling", "structure"),
    ("synapse_response_hill", 2.0, "", 1.0, 3.0,
     "Modelling choice: spines and potentiation need synaptic proteins beyond a threshold, "
     "so a small dose (0.1 mg/kg) does little (Fava 2018)",
     "steepness of spines and fast relief against the synaptic-protein rise", "structure"),
    ("spine_time_constant", 10.0, "h", 2.0, 12.0,
     "Moda-Sava 2019 (new spines within 12-24 h); the source article: within hours",
     "spine formation and maturation", "structure"),
    ("fast_relief_share", 0.55, "fraction", 0.2, 0.7,
     "Modelling choice: relief starts before new spines form; new spines sustain it but are "
     "not needed to start it (Moda-Sava 2019)",
     "share of the largest relief carried by synaptic potentiation", "structure"),
    ("fast_relief_half_protein", 0.15, "relative", 0.05, 0.5,
     "Modelling choice: a significant effect within 2 h (Zarate 2006: from 110 min; "
     "Kishimoto 2016: from 40 min)",
     "synaptic-protein rise giving half the fast component", "structure"),
    ("healthy_fast_relief", 0.4, "fraction", 0.0, 1.0,
     "Modelling choice: unstressed rodents respond too (Li 2010; Autry 2011: less immobility "
     "in the forced-swim test, more spines) but have less to improve",
     "weight of the fast component without chronic stress, relative to full stress", "structure"),
    ("effect_time_constant", 0.5, "h", 0.25, 4.0,
     "Modelling choice: behaviour follows synaptic change within an hour",
     "behavioural expression lag", "structure"),
    # --- Side effects ------------------------------------------------------------------
    ("dissociation_ec50_over_ki", 2.3, "x Ki", 1.0, 5.0,
     "Modelling choice: moderate dissociation at 0.5 mg/kg, gone within ~2 h (Zarate 2006)",
     "brain concentration giving half-maximal dissociation, in units of Ki", "side"),
    ("dissociation_hill", 2.0, "", 1.0, 3.0, "Modelling choice: steep, threshold-like", "", "side"),
    ("blood_pressure_max_rise", 40.0, "mmHg", 20.0, 50.0,
     "Modelling choice: induction doses raise systolic pressure by a few tens of mmHg",
     "largest systolic rise (anaesthetic doses)", "side"),
    ("blood_pressure_ec50", 1.5, "µM", 0.8, 3.0,
     "Modelling choice on total drug, not NMDA potency (the rise is sympathomimetic): "
     "esketamine 56-84 mg +7 to +9 mmHg on average, peaking near 40 min, resolving over "
     "about 4 h (Janssen 2019); racemic 0.5 mg/kg over 40 min a peak rise of roughly "
     "10-20 mmHg (order of magnitude reported by Riva-Posse 2018)",
     "brain concentration giving half the largest rise", "side"),
    ("blood_pressure_hill", 1.0, "", 1.0, 3.0,
     "Modelling choice: graded with concentration", "", "side"),
    # --- SSRI: serotonin and slow adaptation --------------------------------------------
    ("sert_ec50", 0.009, "µM", 0.003, 0.03,
     "Modelling choice: about 80% SERT occupancy at the minimum therapeutic dose "
     "(Meyer 2004)", "escitalopram concentration occupying half the transporters", "ssri"),
    ("serotonin_gain", 1.0, "per unit", 0.5, 3.0,
     "Modelling choice: an acute SSRI about doubles cortical extracellular 5-HT; "
     "autoreceptor feedback limits it", "5-HT rise per unit of SERT occupancy", "ssri"),
    ("serotonin_time_constant", 1.0, "h", 0.3, 3.0, "Modelling choice", "", "ssri"),
    ("autoreceptor_desensitization_time_constant", 336.0, "h", 168.0, 672.0,
     "Blier 1994 (5-HT1A autoreceptors desensitise over about 2 weeks)", "", "ssri"),
    ("serotonin_gain_desensitized", 1.0, "per unit", 0.0, 2.0,
     "Modelling choice: 5-HT rises further once feedback has desensitised (Blier 1994)", "",
     "ssri"),
    ("ssri_bdnf_transcription_gain", 0.04, "per unit", 0.01, 0.2,
     "Modelling choice: chronic, not acute, antidepressants raise BDNF expression "
     "(Nibuya 1995)", "BDNF synthesis gained per unit of desensitisation", "ssri"),
    ("synapse_gene_expression_time_constant", 336.0, "h", 168.0, 672.0,
     "Modelling choice: chronic antidepressant effects need BDNF-TrkB signalling "
     "(Saarelainen 2003) and weeks of gene expression; not mTOR, whose role in SSRI "
     "action is not established", "time for synapse-building gene expression", "ssri"),
    ("ssri_protein_synthesis_rate", 0.06, "1/h", 0.01, 0.2,
     "Modelling choice: the SSRI's relief at 6 weeks is comparable to ketamine's at 24 h, "
     "half of it reached after 3 weeks (Trivedi 2006: mean time to response 5.7 weeks)",
     "synaptic protein made per hour per unit of gene expression", "ssri"),
]

PARAMETERS: dict[str, Parameter] = {row[0]: Parameter(*row) for row in _ROWS}


def value(name: str) -> float:
    """Return the value of the parameter called ``name`` (KeyError if unknown)."""
    return PARAMETERS[name].value
