"""The classic experiments as presets: each paper's finding against the model, A and B
simulated; where the model and a paper disagree, the preset says so in both languages."""
import re

import pytest

from app.model import EVIDENCE, simulate
from app.story.catalogue import CATALOGUE
from app.story.comparison import Comparison
from app.story.experiments import (
    AGREEMENTS,
    EXPERIMENTS,
    comparison_of,
    experiment_summary,
    model_outcome,
)

RELIEF = "antidepressant_effect"
HAN = re.compile(r"[\u4e00-\u9fff]")


def english(text: str) -> str:
    return text


def runs(experiment_id: str):
    experiment = EXPERIMENTS[experiment_id]
    return simulate(experiment.a), simulate(experiment.b)


# --- each paper --------------------------------------------------------------------------
def test_li_2010_rapamycin_abolishes_spine_growth():
    """Li 2010 (Science): rapamycin before ketamine abolishes the synaptic proteins and new
    spines in rat prefrontal cortex, and the antidepressant-like effect."""
    a, b = runs("rapamycin-rats")
    assert a.value("spine_density", 24) - a["spine_density"][0] > 0.1
    assert b["spine_density"].max() == pytest.approx(b["spine_density"][0])
    assert b["synaptic_proteins"].max() == pytest.approx(1.0)
    assert b[RELIEF].max() < 1e-9
    assert b["glutamate"].max() == pytest.approx(a["glutamate"].max())  # upstream intact
    assert EXPERIMENTS["rapamycin-rats"].agreement == "reproduced"


def test_abdallah_2020_human_rapamycin_trial_disagrees_with_the_model_and_says_so(qapp):
    """Abdallah 2020 (Neuropsychopharmacology): in people rapamycin did not block ketamine's
    effect at 24 h and prolonged it at 2 weeks. The model, following the rats, cuts it: the
    preset states the disagreement, in English and in Chinese."""
    from app.i18n import translator
    experiment = EXPERIMENTS["rapamycin-people"]
    a, b = runs("rapamycin-people")
    assert a.value(RELIEF, 24) > 0.5 and b.value(RELIEF, 24) < 0.01  # the model cuts it
    assert experiment.check.direction == "similar"  # what the trial found
    assert model_outcome(experiment) == "lower"
    assert experiment.agreement == "not reproduced"
    summary = " ".join(experiment_summary(experiment, english))
    assert "does NOT reproduce" in summary and "disagree" in summary
    assert "Abdallah 2020" in summary
    chinese = " ".join(experiment_summary(experiment, translator("zh_CN")))
    assert "不一致" in chinese and "雷帕霉素" in chinese


def test_maeng_2008_nbqx_abolishes_the_effect_but_not_the_glutamate_surge():
    """Maeng 2008 (Biol Psychiatry): NBQX before ketamine abolishes its antidepressant-like
    effect in mice; ketamine's action before AMPA receptors is unchanged."""
    a, b = runs("nbqx")
    assert b["glutamate"].max() == pytest.approx(a["glutamate"].max())
    assert b["ampa_activation"].max() < a["ampa_activation"].max()
    assert a.value(RELIEF, 24) > 0.5 and b[RELIEF].max() < 1e-9


def test_autry_2011_lepack_2015_no_bdnf_signal_no_effect():
    """Autry 2011 (Nature), Lepack 2015 (Int J Neuropsychopharmacol): without BDNF-TrkB
    signalling ketamine's effect is gone, though BDNF is still made."""
    a, b = runs("bdnf-trkb")
    assert b["bdnf"].max() == pytest.approx(a["bdnf"].max())
    assert b["trkb_activation"].max() < a["trkb_activation"].max()
    assert b["mtor_activity"].max() == pytest.approx(1.0)
    assert a.value(RELIEF, 24) > 0.5 and b[RELIEF].max() < 1e-9


def test_moghaddam_1997_glutamate_rises_at_the_antidepressant_dose_not_the_anaesthetic():
    """Moghaddam 1997 (J Neurosci): sub-anaesthetic ketamine raises prefrontal glutamate, an
    anaesthetic dose does not (it lowers it): the model gives the inverted U."""
    a, b = runs("anaesthetic-dose")
    assert a.value("glutamate", 0.5) > 1.5
    assert b.value("glutamate", 0.5) < 1.0
    assert b["glutamate"].max() - 1 < 0.25 * (a["glutamate"].max() - 1)
    assert b.value(RELIEF, 24) < 0.5 * a.value(RELIEF, 24)


def test_zarate_2006_trivedi_2006_ketamine_relieves_in_a_day_an_ssri_in_weeks():
    """Zarate 2006 (Arch Gen Psychiatry): relief within a day of one infusion; Trivedi 2006
    (Am J Psychiatry, STAR*D): an SSRI takes weeks, almost six on average."""
    a, b = runs("ssri-weeks")
    assert a.value(RELIEF, 24) > 0.5 and b.value(RELIEF, 24) < 0.05
    assert b.value(RELIEF, 42 * 24) > 0.4 > a.value(RELIEF, 42 * 24)
    assert a.t_end == b.t_end  # side by side over the same weeks


def test_zhang_2014_yang_2015_arketamine_stronger_in_rodents_is_not_reproduced():
    """Zhang 2014 (Pharmacol Biochem Behav), Yang 2015 (Transl Psychiatry), Zanos 2016
    (Nature): arketamine outdoes esketamine in rodents. The model, driven by NMDA block
    alone, gives arketamine less: the preset says it does not reproduce the finding."""
    experiment = EXPERIMENTS["enantiomers"]
    a, b = runs("enantiomers")
    assert (a.scenario.dose_mg, a.scenario.route) == (b.scenario.dose_mg, b.scenario.route)
    assert b.value(RELIEF, 24) < a.value(RELIEF, 24)
    assert experiment.check.direction == "higher" and experiment.agreement == "not reproduced"
    assert "less relief" in experiment.model_note


def test_singh_2016_popova_2019_twice_weekly_doses_keep_relief_up():
    """Singh 2016 and Popova 2019 (Am J Psychiatry): one dose fades within about a week;
    twice-weekly doses keep patients improved while they go on."""
    a, b = runs("twice-weekly")
    assert a.value(RELIEF, 14 * 24) < 0.2 * a.value(RELIEF, 24)
    assert b.value(RELIEF, 14 * 24) > 0.8 * a.value(RELIEF, 24)
    assert b.value(RELIEF, 27 * 24) > 0.8 * a.value(RELIEF, 24)


# --- all presets -------------------------------------------------------------------------
@pytest.mark.parametrize("experiment", EXPERIMENTS.values(), ids=list(EXPERIMENTS))
def test_the_stated_agreement_is_what_the_model_gives(experiment):
    """A preset says the model reproduces a finding only if the model's B really differs from
    A in the paper's direction, and says it does not whenever it does not."""
    reproduced = model_outcome(experiment) == experiment.check.direction
    assert experiment.agreement in AGREEMENTS
    assert reproduced == (experiment.agreement != "not reproduced")


@pytest.mark.parametrize("experiment", EXPERIMENTS.values(), ids=list(EXPERIMENTS))
def test_each_preset_names_its_papers_links_and_scene(experiment):
    assert experiment.refs and all(re.search(r" (19|20)\d\d", ref) for ref in experiment.refs)
    assert experiment.links and all(key in EVIDENCE for key in experiment.links)
    assert experiment.check.scene in CATALOGUE
    assert experiment.a != experiment.b
    assert experiment.check.time_h <= min(experiment.a.horizon_h, experiment.b.horizon_h)


def test_the_menu_lists_the_brief_s_presets_in_teaching_order():
    assert list(EXPERIMENTS) == ["rapamycin-rats", "rapamycin-people", "nbqx", "bdnf-trkb",
                                 "anaesthetic-dose", "ssri-weeks", "enantiomers",
                                 "twice-weekly"]


def test_comparison_of_an_experiment_is_its_b_named_by_its_id():
    experiment = EXPERIMENTS["nbqx"]
    comparison = comparison_of(experiment)
    assert comparison == Comparison(experiment.b, "nbqx")
    assert Comparison.from_dict(comparison.to_dict()) == comparison


@pytest.mark.parametrize("experiment", EXPERIMENTS.values(), ids=list(EXPERIMENTS))
def test_every_text_of_a_preset_is_in_chinese(qapp, experiment):
    from app.i18n import translator
    chinese = translator("zh_CN")
    for text in (experiment.title, experiment.a_label, experiment.b_label, experiment.finding,
                 experiment.model_note):
        assert chinese(text) != text and HAN.search(chinese(text)), text
    for line in experiment_summary(experiment, chinese):
        assert HAN.search(line), line
    assert len(experiment_summary(experiment, english)) == 5
