"""The pictures and captions name the drug the lecturer chose, in both languages: with
arketamine the overview's first link and scene 3's labels say arketamine, never
"Ketamine in brain"."""
import xml.etree.ElementTree as ET

import pytest

from app.export.vector import render_svg
from app.model import DRUGS, Scenario, simulate
from app.scenes import SCENES
from app.story.regimens import USUAL_REGIMENS

SVG = "{http://www.w3.org/2000/svg}"
#: What the overview's first link says for each drug.
IN_BRAIN = {
    "en": {"ketamine": "Ketamine in brain", "esketamine": "Esketamine in brain",
           "arketamine": "Arketamine in brain", "ssri": "Escitalopram in brain",
           "none": "No drug given"},
    "zh_CN": {"ketamine": "脑内氯胺酮", "esketamine": "脑内艾司氯胺酮",
              "arketamine": "脑内R-氯胺酮", "ssri": "脑内艾司西酞普兰",
              "none": "未给药"},
}
#: Another drug's label, which must not appear.
OTHERS = {"en": "Ketamine in", "zh_CN": "脑内氯胺酮"}
RUNS = {drug: simulate(USUAL_REGIMENS[drug].scenario()) for drug in DRUGS}


def squashed(text):
    """``text`` without white space: SVG text breaks between Latin and Chinese runs."""
    return "".join(text.split())


def picture_text(scene_id, trajectory, t, lang):
    """Every text of the picture, run together without white space."""
    root = ET.fromstring(render_svg(scene_id, trajectory, t, (960, 540), lang))
    return squashed("".join("".join(node.itertext()) for node in root.iter(f"{SVG}text")))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("drug", DRUGS)
def test_the_overviews_first_link_names_the_drug(drug, lang):
    text = picture_text("overview", RUNS[drug], 1.0, lang)
    assert squashed(IN_BRAIN[lang][drug]) in text
    if drug != "ketamine":
        assert squashed(OTHERS[lang]) not in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("drug", ["esketamine", "arketamine"])
def test_scene_3_labels_and_caption_name_a_ketamine_enantiomer(drug, lang):
    scene = SCENES["interneuron-blockade"]
    beat = scene.beats(RUNS[drug], lang)[1]  # the interneurons quieting
    text = picture_text(scene.id, RUNS[drug], beat.t, lang)
    caption = scene.caption(RUNS[drug], beat.t, lang)
    name = {"en": drug.capitalize(), "zh_CN": {"esketamine": "艾司氯胺酮",
                                                "arketamine": "R-氯胺酮"}[drug]}[lang]
    assert squashed(IN_BRAIN[lang][drug]) in text  # the gauge
    assert caption.startswith(name)
    assert squashed({"en": f"{name} in the brain:", "zh_CN": f"脑内{name}："}[lang]) in text
    assert squashed(OTHERS[lang]) not in text + squashed(caption)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_scene_3_says_an_ssri_plugs_no_nmda_receptor(lang):
    scene = SCENES["interneuron-blockade"]
    text = picture_text(scene.id, RUNS["ssri"], 2.0, lang)
    caption = scene.caption(RUNS["ssri"], 2.0, lang)
    says = {"en": "Escitalopram does not block NMDA receptors",
            "zh_CN": "艾司西酞普兰不阻断NMDA受体"}[lang]
    assert squashed(says) in text and caption.startswith(says)
    assert squashed(IN_BRAIN[lang]["ssri"]) in text  # the gauge: it is there, plugs nothing


def test_the_default_run_still_says_ketamine():
    text = picture_text("interneuron-blockade", RUNS["ketamine"], 0.5, "en")
    assert "Ketaminein" + "thebrain:" in text and "Blockagainstketamineinthebrain" in text
    assert RUNS["ketamine"].scenario == Scenario()


@pytest.mark.parametrize("lang, says", [("en", "which esketamine does not block"),
                                        ("zh_CN", "艾司氯胺酮不阻断的AMPA受体")])
def test_scene_4_caption_names_the_drug(lang, says):
    scene = SCENES["glutamate-burst"]
    peak = next(b for b in scene.beats(RUNS["esketamine"], lang) if b.key == "peak")
    caption = scene.caption(RUNS["esketamine"], peak.t, lang)
    assert says in caption and {"en": "ketamine does not", "zh_CN": "，氯胺酮"}[lang] not in (
        caption.replace("esketamine", ""))
