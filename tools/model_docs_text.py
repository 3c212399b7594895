"""The prose of ``docs/model.md``: what the model computes and why (``model_docs.py`` adds the
tables and the numbers, recomputed from the code)."""

INTRODUCTION = """\
# The model behind the scenes

For pharmacologists and teachers: what the app computes, from which equations and
numbers, and what it deliberately leaves out. This file is generated from the code
(`python -m tools.model_docs`); a test fails when it is stale.

One **scenario** (drug, route, dose, regimen, stress, blockers) is simulated once into a
**trajectory**: every observable on a one-minute grid. Every picture is drawn from it.
Units: time in hours after the first dose starts; concentrations in µM; blocks and
occupancies as fractions 0..1; relief (`antidepressant_effect`) as a fraction of the
model's largest improvement and dissociation as a fraction of the model's maximum (neither
is a rating-scale score); other levels relative to their pre-dose baseline (= 1); spine
density relative to a healthy cortex; blood pressure as the systolic rise in mmHg. The
table of observables below gives each one's unit and meaning.
"""

TIME_BASE = """\
## Rodent data on a human time base

Most molecular time courses (p-eEF2 and BDNF at 30 min, mTOR at 30-60 min, synaptic
proteins from 2 h, spines at 24 h) come from rats and mice, which clear ketamine within
about half an hour, far faster than the 2-3 h of a human. The model maps them explicitly:

1. **Drug exposure is human.** Concentrations come from human pharmacokinetics
   (Kamp 2020; Janssen 2019), so the drive to the cascade lasts as long as it does in a
   patient, not a rodent.
2. **Cell-biological lags are kept from rodents.** Time constants of phosphorylation,
   translation and signalling (minutes to hours) describe cellular machinery, which does
   not scale with body size the way drug clearance does; they are used as measured. A
   rodent's "30 min after injection" counts from when the drug reaches the brain: for the
   40-min infusion, about its end. The shapes survive the mapping: mTOR is rapid and
   transient, synaptic proteins rise by 2 h and stay raised for days (numbers in the
   table below).
3. **Persistence is calibrated on people.** How long synaptic proteins and spines outlast
   the drug is set from the clinical course of one infusion: relief within hours, largest
   near 24 h, fading over about a week (Zarate 2006; Berman 2000).
"""

CLAIMS = """\
## What the model says, and why

- **Relief has two components.** A fast one, synaptic potentiation by the synaptic
  proteins that mTOR makes at existing synapses, starts relief within hours (Zarate 2006:
  from 110 min; Kishimoto 2016: from 40 min); a slow one, new spines, carries it for days.
  New spines sustain the effect but are not needed to start it (Moda-Sava 2019). Relief
  starts about an hour after the infusion (the 40-min effect of the meta-analyses is not
  reproduced), is a large part of its final size by 2-4 h and peaks near 24 h.
- **mTOR is rapid and transient** (Li 2010): it answers a rise in TrkB signalling and
  adapts to a sustained one; the synaptic proteins it makes last for days.
- **An inverted U.** The glutamate surge answers a *rise* in disinhibition, and the
  network adapts to sustained disinhibition. A low dose rising over an infusion gives a
  brief surge; an anaesthetic bolus (2 mg/kg and above) also silences pyramidal cells, so
  glutamate falls below baseline while the drug is high (Moghaddam 1997: 200 mg/kg lowers
  it), and once they recover the network has adapted and no surge follows. Relief follows
  the surge: small at 0.1 mg/kg, good at 0.5-1.0 mg/kg (Fava 2018), almost none after an
  anaesthetic bolus. Dissociation and blood pressure keep rising with the dose.
- **An SSRI needs weeks.** Serotonin rises in hours; autoreceptor desensitisation (about
  two weeks, Blier 1994), BDNF transcription (Nibuya 1995) and TrkB-driven expression of
  synapse genes (weeks) come first, so relief is small at two weeks and half of its
  six-week size arrives after three (Trivedi 2006: mean time to response 5.7 weeks).
- **Rapamycin blocks ketamine, not the SSRI.** Chronic antidepressant effects need
  BDNF-TrkB signalling (Saarelainen 2003), but an mTOR dependence of SSRI action is not
  established: the SSRI's structural path runs through TrkB-driven gene expression, not
  mTOR. A TrkB antagonist blocks both drugs; rapamycin only ketamine (Li 2010).
- **Esketamine is sprayed from 28 mg devices 5 min apart** (56 mg: two devices, the
  last at 5 min; 84 mg: three, the last at 10 min); each is its own nasal dose, and the
  peak comes 20-40 min after the last device (Janssen 2019). The label's first-day dose is
  56 mg.
- **One disposition for every form of ketamine.** Esketamine's 7-12 h terminal half-life
  (label) and racemic ketamine's 2-3 h (Kamp 2020) are two phases of one model: a small,
  slow deep compartment that studies sampled over the first hours do not resolve. Racemic
  ketamine, esketamine and arketamine share volumes and distribution; each keeps its own
  published clearance. 84 mg intranasal esketamine (48 % bioavailable, about 40 mg) then
  gives dissociation and relief comparable to 0.5 mg/kg racemic IV.
- **Blood pressure** follows the amount of drug in the brain, not NMDA potency (the rise
  is sympathomimetic), calibrated on the label's +7 to +9 mmHg systolic on average for
  esketamine, largest near 40 min and fading over about 4 h, and on peak rises of roughly
  10-20 mmHg during 0.5 mg/kg racemic infusions (Riva-Posse 2018; the model draws a mean
  curve, so the order of magnitude is what is claimed). Numbers in the table below.
- **Unstressed animals respond** (Li 2010; Autry 2011): a healthy cortex gains a few
  percent of spines beyond healthy and a modest relief; with less to improve, the fast
  component weighs less without stress.
"""

LEFT_OUT = """\
## Deliberately left out

- Metabolites (norketamine, hydroxynorketamine) and NMDA-independent actions, including the
  ones proposed for arketamine: the model gives arketamine only its weaker NMDA block,
  so it predicts less dissociation and a smaller effect. Whether R-ketamine lasts longer
  is an open research question (source article, section on what comes next).
- Receptor subunits (GluN2B, GluN2D), extrasynaptic receptors, and the lateral habenula.
- Opioid, monoaminergic and other off-target actions of ketamine; tolerance; abuse.
- Individual variability: every scenario is a typical adult.
- Doses are placed on the one-minute grid (times rounded to the nearest minute).
- Consciousness, respiration and anaesthesia itself are not modelled; at anaesthetic
  doses the model shows only the blocked pyramidal cells and the absent surge.
- Dissociation is not mapped onto a rating scale (such as CADSS): it is a share of the
  model's maximum.
"""
