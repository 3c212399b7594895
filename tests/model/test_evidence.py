"""The evidence behind each link: every link cited, levels and species from the fixed
vocabularies, the chain in causal order, and each blocker's link present."""
import re

from app.model import BLOCKERS, EVIDENCE, OBSERVABLES, Evidence
from app.model.evidence import BLOCKER_TARGETS, CHAIN, LEVELS, SPECIES, link_into

CITATION = re.compile(r"^[A-Z][A-Za-z-]+ (19|20)\d\d, [A-Z].+$")


def test_every_link_has_a_well_formed_reference_a_level_species_and_note():
    for key, evidence in EVIDENCE.items():
        assert isinstance(evidence, Evidence)
        assert evidence.refs, key
        for ref in evidence.refs:
            assert CITATION.match(ref), f"{key}: {ref!r} is not 'Author year, Journal'"
        assert evidence.level in LEVELS, key
        assert evidence.species and evidence.species <= set(SPECIES), key
        assert evidence.note and "\n" not in evidence.note, key


def test_the_chain_links_follow_the_causal_order_of_the_observables():
    chain_keys = [key for key in EVIDENCE if key[0] not in BLOCKERS]
    assert chain_keys == list(zip(CHAIN, CHAIN[1:]))
    positions = [OBSERVABLES.index(name) for name in CHAIN]
    assert positions == sorted(positions)
    assert list(EVIDENCE)[:len(chain_keys)] == chain_keys  # the blockers come after


def test_each_blocker_has_its_link_at_its_target():
    for blocker in BLOCKERS:
        assert (blocker, BLOCKER_TARGETS[blocker]) in EVIDENCE
    assert set(BLOCKER_TARGETS) == set(BLOCKERS)


def test_the_disputed_steps_are_marked_contested_with_their_human_or_rival_evidence():
    rapamycin = EVIDENCE[("rapamycin", "mtor_activity")]
    assert rapamycin.level == "contested" and "human" in rapamycin.species
    assert any(ref.startswith("Abdallah 2020") for ref in rapamycin.refs)
    eef2 = EVIDENCE[link_into("p_eef2")]
    assert eef2.level == "contested" and eef2.key_ref.startswith("Autry 2011")
    assert "modelling choice" in EVIDENCE[link_into("nmda_block_interneuron")].note


def test_records_are_frozen():
    evidence = next(iter(EVIDENCE.values()))
    try:
        evidence.level = "established"
    except AttributeError:
        return
    raise AssertionError("an Evidence record could be changed")
