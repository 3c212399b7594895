"""The glossary behind Help > Glossary: every term the app uses, in English and Chinese,
with a one-line definition in each language, faithful to the source article."""
from __future__ import annotations

from dataclasses import dataclass

from app.story.catalogue import DEFAULT_LANGUAGE

#: (English term, Chinese term, English definition, Chinese definition)
GLOSSARY = (
    ("Ketamine", "氯胺酮",
     "An NMDA-receptor antagonist; at low doses a rapid-acting antidepressant.",
     "NMDA受体拮抗剂；低剂量时是一种速效抗抑郁药。"),
    ("Esketamine", "艾司氯胺酮",
     "The S-enantiomer of ketamine, given as a nasal spray; an approved therapy that needs "
     "close monitoring.", "氯胺酮的S-对映异构体，鼻内给药；已获批准，但需要严格监控。"),
    ("Arketamine (R-ketamine)", "R-氯胺酮",
     "The R-enantiomer; studied for a longer effect with fewer side effects.",
     "氯胺酮的R-对映异构体；正被研究能否带来更持久的效果和更少的副作用。"),
    ("SSRI", "选择性5-羟色胺再摄取抑制剂（SSRI）",
     "A classic antidepressant that raises serotonin in the synaptic cleft within hours.",
     "经典抗抑郁药，数小时内即可提高突触间隙中的5-羟色胺浓度。"),
    ("Serotonin", "5-羟色胺（又称血清素）",
     "A monoamine transmitter; SSRIs raise it in the synaptic cleft.",
     "一种单胺类神经递质，又称血清素；SSRI可提高其在突触间隙中的浓度。"),
    ("Monoamine hypothesis", "单胺假说",
     "Depression as a shortage of serotonin, noradrenaline and dopamine in the synapse.",
     "认为抑郁症源于突触中5-羟色胺、去甲肾上腺素和多巴胺的缺乏。"),
    ("Network plasticity hypothesis", "网络可塑性假说",
     "Depression as atrophied circuits; recovery means regrowing synapses.",
     "认为抑郁症是神经回路的萎缩；康复意味着突触的再生。"),
    ("NMDA receptor", "NMDA受体",
     "A glutamate-gated ion channel; ketamine plugs its open pore.",
     "一种由谷氨酸门控的离子通道；氯胺酮会堵住其开放的通道孔。"),
    ("AMPA receptor", "AMPA受体",
     "The glutamate receptor ketamine does not block; strongly activated by the burst.",
     "氯胺酮不阻断的谷氨酸受体；在谷氨酸激增时被强烈激活。"),
    ("GABA interneuron", "GABA能中间神经元",
     "An inhibitory neuron that holds pyramidal cells under tight control.",
     "抑制性神经元，严格控制着锥体细胞的活动。"),
    ("Pyramidal neuron", "锥体神经元",
     "The main excitatory neuron of the cortex; releases glutamate.",
     "皮层中主要的兴奋性神经元，释放谷氨酸。"),
    ("Disinhibition", "去抑制",
     "Release from inhibition: silencing the interneurons lets pyramidal cells fire.",
     "解除抑制：中间神经元沉默后，锥体细胞得以放电。"),
    ("Glutamate", "谷氨酸",
     "The brain's main excitatory neurotransmitter; its brief surge is the spark.",
     "大脑主要的兴奋性神经递质；它的短暂激增就是“火花”。"),
    ("eEF2", "真核延伸因子2（eEF2）",
     "A translation factor; when phosphorylated it brakes protein synthesis.",
     "一种翻译因子；被磷酸化时会抑制蛋白质合成。"),
    ("BDNF", "脑源性神经营养因子（BDNF）",
     "A growth factor whose mRNA waits in dendrites and is translated quickly.",
     "一种生长因子，其mRNA预先存在于树突中并可被迅速翻译。"),
    ("TrkB", "原肌球蛋白受体激酶B（TrkB）",
     "The receptor of BDNF; it switches on the mTOR pathway.",
     "BDNF的受体，可激活mTOR通路。"),
    ("mTOR", "雷帕霉素机制靶点（mTOR）",
     "The cell's growth command centre; directs local synthesis of synaptic proteins.",
     "细胞生长的指挥中心，指导突触蛋白的局部合成。"),
    ("PSD-95", "PSD-95",
     "A scaffold protein of the synapse, made when mTOR is active.",
     "突触的支架蛋白，在mTOR激活时合成。"),
    ("Dendritic spine", "树突棘",
     "A tiny protrusion of a dendrite that forms the receiving side of a synapse.",
     "树突上的微小突起，构成突触的接收端。"),
    ("Synaptogenesis", "突触发生",
     "The formation of new synapses.", "新突触的形成。"),
    ("NBQX", "NBQX",
     "An AMPA-receptor antagonist; cuts the chain after the glutamate surge.",
     "AMPA受体拮抗剂；在谷氨酸激增之后切断级联。"),
    ("Rapamycin", "雷帕霉素",
     "An mTOR inhibitor; cuts the chain at mTOR.", "mTOR抑制剂；在mTOR处切断级联。"),
    ("Dissociation", "分离症状",
     "A side effect that tracks the drug's presence and fades within hours.",
     "随药物存在而出现的副作用，数小时内消退。"),
    ("Hit and run", "“打了就跑”",
     "A short-lived drug that starts a long-lasting process.",
     "作用短暂的药物启动了一个持久的过程。"),
    ("Half-life", "半衰期",
     "The time for the drug concentration to halve; a few hours for ketamine.",
     "药物浓度下降一半所需的时间；氯胺酮约为数小时。"),
    ("Chronic stress", "慢性应激",
     "Long-lasting stress that withers prefrontal circuits and lowers spine density.",
     "长期的应激，会使前额叶回路萎缩并降低树突棘密度。"),
)


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary entry as a reader of ``lang`` sees it: the term, the same term in the
    other language, and the definition."""

    term: str
    other_term: str
    definition: str


def glossary_entry(english_term: str, lang: str) -> GlossaryEntry:
    """The entry named ``english_term`` (its first column) in ``lang``; KeyError if the
    glossary has no such term (a picture naming an unknown term is a bug)."""
    for english, zh, definition, zh_definition in GLOSSARY:
        if english == english_term:
            if lang != DEFAULT_LANGUAGE:
                return GlossaryEntry(zh, english, zh_definition)
            return GlossaryEntry(english, zh, definition)
    raise KeyError(english_term)


def entry_html(entry: GlossaryEntry) -> str:
    """An entry as short rich text: the term in bold, the other language's term in grey,
    the definition below (a tooltip, a popup)."""
    other = f" <span style='color:gray'>{entry.other_term}</span>" \
        if entry.other_term != entry.term else ""
    return f"<b>{entry.term}</b>{other}<br>{entry.definition}"


def glossary_html(lang: str) -> str:
    """The glossary as an HTML table, the chosen language's column first."""
    chinese = lang != DEFAULT_LANGUAGE  # the glossary's second column is Chinese
    rows = []
    for english, zh, definition, zh_definition in GLOSSARY:
        first, second = (zh, english) if chinese else (english, zh)
        text = zh_definition if chinese else definition
        rows.append(f"<tr><td><b>{first}</b><br><span style='color:gray'>{second}</span></td>"
                    f"<td>{text}</td></tr>")
    return "<table cellspacing=8>" + "".join(rows) + "</table>"
