"""What compare mode says: short side labels naming what differs, and captions naming the
difference with the numbers of the moment, or saying there is none."""
import pytest

from app.i18n import translator
from app.model import Scenario, simulate
from app.story.compare_story import comparison_caption, differs, side_labels

A = Scenario()
RAPAMYCIN = A.with_changes(blockers=frozenset({"rapamycin"}))
tr = translator("en")


@pytest.fixture(scope="module")
def runs():
    return {"a": simulate(A), "rapamycin": simulate(RAPAMYCIN), "a_again": simulate(A),
            "double": simulate(A.with_changes(dose_mg=70.0))}


def test_side_labels_name_a_and_only_what_b_changes():
    assert side_labels(A, RAPAMYCIN, tr) == ("Ketamine 0.5 mg/kg", "+ rapamycin")
    assert side_labels(A, A.with_changes(dose_mg=70.0), tr)[1] == "1 mg/kg"
    assert side_labels(RAPAMYCIN, A, tr) == ("Ketamine 0.5 mg/kg + rapamycin",
                                            "without rapamycin")
    esketamine = Scenario(drug="esketamine", route="intranasal", dose_mg=56.0)
    assert side_labels(A, esketamine, tr)[1] == "Esketamine 56 mg, intranasal"  # as prescribed
    ssri = Scenario(drug="ssri", route="oral", dose_mg=10.0)
    assert side_labels(esketamine, ssri, tr) == ("Esketamine 56 mg",
                                                 "SSRI (escitalopram) 10 mg, oral")
    assert side_labels(A, A, tr)[1] == "same as A"


def test_rapamycin_keeps_synaptic_proteins_at_baseline_and_bdnf_untouched(runs):
    """Li 2010: rapamycin blocks ketamine's rise of synaptic proteins (and new spines) in
    rat prefrontal cortex; the links upstream of mTOR (BDNF, TrkB) are untouched."""
    caption = comparison_caption("bdnf-mtor", runs["a"], runs["rapamycin"], 4.0, tr)
    assert caption.startswith("With rapamycin (B vs A): Synaptic proteins ×1.00 vs ×1.40")
    assert "The chain is cut at mTOR" in caption
    assert "the same as in A: AMPA activation, p-eEF2, BDNF, TrkB activation" in caption


def test_a_moment_without_a_difference_is_named_as_such(runs):
    caption = comparison_caption("interneuron-blockade", runs["a"], runs["rapamycin"], 0.5, tr)
    assert caption.startswith("B (+ rapamycin) and A do not differ here")
    assert "0.61 µM in both" in caption


def test_b_equal_to_a_says_the_pictures_are_identical(runs):
    caption = comparison_caption("overview", runs["a"], runs["a_again"], 24.0, tr)
    assert caption == "B is the same scenario as A: the two pictures are identical."


def test_numbers_come_b_first_as_the_model_gives_them(runs):
    caption = comparison_caption("glutamate-burst", runs["a"], runs["double"], 1.0, tr)
    b, a = runs["double"].at(1.0), runs["a"].at(1.0)
    assert caption.startswith("With 1 mg/kg (B vs A): Pyramidal firing "
                              f"×{b['pyramidal_activity']:.2f} vs ×{a['pyramidal_activity']:.2f}")


def test_captions_come_in_chinese(runs):
    caption = comparison_caption("bdnf-mtor", runs["a"], runs["rapamycin"], 4.0,
                                 translator("zh_CN"))
    assert "雷帕霉素" in caption and "×1.40" in caption


def test_values_that_read_the_same_are_not_called_different():
    """×0.81 beside ×0.81 was drawn in B's orange as a difference: the digits behind the
    rounding are no difference to a reader."""
    assert not differs("spine_density", 0.8104, 0.8148)
    assert differs("spine_density", 0.80, 0.90)
