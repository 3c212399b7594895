"""Study questions on what follows the drug: hit and run, and the rival hypotheses (scenes 7
and 8), in teaching order."""
from __future__ import annotations

from app.story.questions import Choice, Question, Words

QUESTIONS: tuple[Question, ...] = (
    Question(
        "run-drug-peak", "hit-and-run", "drug-peak", "choice",
        Words("Ketamine is infused over 40 minutes. When is the most drug in the brain?",
              "氯胺酮在40分钟内输注完毕。脑内药物何时最多？"),
        (Choice("end", Words("Around the end of the infusion",
                             "大约在输注结束时"), True,
                Words("Right. The level climbs while the drug flows in and falls once the "
                      "infusion stops.",
                      "正确。药物输入时浓度不断上升，输注停止后开始下降。")),
         Choice("start", Words("In the first minute",
                               "在第一分钟"), False,
                Words("Tempting for an injection all at once. An infusion adds drug for 40 "
                      "minutes, so the level keeps rising until it ends.",
                      "如果是一次性推注，这个答案就很诱人。但输注是在40分钟内持续给药，所以浓度"
                      "会一直上升到输注结束。")),
         Choice("day", Words("A day later, when the relief peaks",
                             "一天后，缓解达到峰值时"), False,
                Words("Tempting, as if the effect followed the drug. The relief peaks a day "
                      "later; the drug peaks within the first hour.",
                      "这个答案很诱人，好像疗效紧随药物一样。缓解在一天后达到峰值；药物却在第一"
                      "小时内就达到峰值。"))),
        Words("Brain levels peak about 40 minutes after the infusion starts, then fall with a "
              "half-life of a few hours.",
              "脑内浓度在输注开始约40分钟后达到峰值，随后以数小时的半衰期下降。"),
        ()),
    Question(
        "run-dissociation", "hit-and-run", "dissociation-fades", "after",
        Words("The infusion ended some time ago and the drug is falling. What happens to the "
              "dissociative side effects?",
              "输注结束已有一段时间，药物浓度正在下降。分离性副作用会怎样？"),
        (Choice("fade", Words("They fade with the drug",
                              "随药物减少而消退"), True,
                Words("Right. Side effects follow the drug: they peak during or just after the "
                      "infusion and fade fast.",
                      "正确。副作用随药物变化：在输注期间或刚结束时达到峰值，随后迅速消退。")),
         Choice("last", Words("They last as long as the relief",
                              "与缓解持续同样长的时间"), False,
                Words("Tempting, since both come from the same drug. But dissociation needs the "
                      "drug present; the relief rests on rebuilt synapses.",
                      "这个答案很诱人，因为两者都来自同一种药物。但分离症状需要药物在场；而缓解"
                      "依靠的是重建的突触。")),
         Choice("grow", Words("They grow as the cascade builds",
                              "随信号级联的发展而加重"), False,
                Words("The cascade builds synapses, not side effects; dissociation falls with "
                      "the drug level.",
                      "信号级联构建的是突触，而不是副作用；分离症状随药物浓度下降而减轻。"))),
        Words("Dissociation fades within about two and a half hours, long before the relief "
              "peaks: what you feel during the infusion is not the antidepressant effect.",
              "分离症状在约两个半小时内消退，远早于缓解达到峰值：输注时的感受并不是抗抑郁作用。"),
        ()),
    Question(
        "run-drug-left", "hit-and-run", "drug-gone", "after",
        Words("Ketamine's half-life is a few hours. How much of the peak drug level is left by "
              "the end of the first day?",
              "氯胺酮的半衰期为数小时。到第一天结束时，还剩下峰值浓度的多少？"),
        (Choice("none", Words("Almost none",
                              "几乎没有"), True,
                Words("Right. After several half-lives only about one percent of the peak is "
                      "left.",
                      "正确。经过数个半衰期后，只剩下峰值的约百分之一。")),
         Choice("half", Words("About half",
                              "大约一半"), False,
                Words("Tempting if a half-life is read as a day. A few hours each halve the "
                      "level again; by a day it has halved many times.",
                      "如果把半衰期理解为一天，这个答案就很诱人。每过几小时浓度就再减半一次；一"
                      "天之内已减半多次。")),
         Choice("most", Words("Most of it, since the effect is still building",
                              "大部分，因为疗效还在增强"), False,
                Words("Tempting, as if the effect needed the drug. The effect is still building "
                      "while the drug is almost gone: hit and run.",
                      "这个答案很诱人，好像疗效需要药物一样。药物几乎已经清除，疗效却仍在增强："
                      "这就是“打了就跑”。"))),
        Words("By about 22 hours the drug is essentially gone, about one percent of its peak, "
              "while the relief is still rising toward its peak.",
              "到约22小时时，药物基本已经清除，只剩峰值的约百分之一，而缓解仍在向峰值上升。"),
        ()),
    Question(
        "relief-after-drug-gone", "hit-and-run", "relief-peak", "after",
        Words("By the end of the first day the drug has left the body. What does the relief do "
              "next?",
              "到第一天结束时，药物已经离开身体。接下来症状缓解会怎样？"),
        (Choice("up", Words("It keeps growing for a while",
                            "还会继续增强一段时间"), True,
                Words("Right: the new spines the drug set growing keep carrying the effect for "
                      "days (the hit and run).",
                      "正确：药物启动生长的新树突棘在之后数天内继续维持疗效（“打了就跑”）。")),
         Choice("down", Words("It ends with the drug",
                              "随药物消失而结束"), False,
                Words("Tempting, since most drugs act only while they are in the body. Here the "
                      "drug only starts the rebuilding; the spines outlast it.",
                      "这个答案很诱人，因为大多数药物只在体内时起作用。但这里药物只是启动了重建"
                      "，树突棘比药物存在得更久。"))),
        Words("Relief peaks about a day after the dose, when the drug is long gone: it rests on "
              "the spines, not on the drug. Contested: in mice new spines sustain the effect "
              "but are not needed for its onset (Moda-Sava 2019).",
              "症状缓解在给药约一天后达到峰值，此时药物早已消失：疗效依靠的是树突棘，而不是药物"
              "本身。此环节存在争议：在小鼠中，新生树突棘维持疗效，但疗效的出现并不依赖它们（Mod"
              "a-Sava 2019）。"),
        ("spine_density>antidepressant_effect",)),
    Question(
        "run-relief-fades", "hit-and-run", "relief-half-gone", "after",
        Words("A week has passed since the single dose. Where is the relief now?",
              "单次给药后已经过去一周。现在的缓解情况如何？"),
        (Choice("half", Words("About half of it has faded",
                              "大约已消退一半"), True,
                Words("Right. The spines recede slowly, and the relief with them, about a week "
                      "after one dose.",
                      "正确。树突棘缓慢消退，缓解也随之减弱，单次给药约一周后减半。")),
         Choice("peak", Words("Still at its peak: the rebuilt synapses are permanent",
                              "仍处于峰值：重建的突触是永久的"), False,
                Words("Tempting after seeing the effect outlast the drug. But it does not last "
                      "for ever; that is why the treatment is repeated.",
                      "看到疗效比药物持续更久之后，这个答案很诱人。但疗效并不会永远持续；这正是"
                      "需要重复治疗的原因。")),
         Choice("gone", Words("Gone since the day the drug left",
                              "从药物清除那天起就消失了"), False,
                Words("The relief peaked a day after the drug was gone; it fades over days, not "
                      "with the drug.",
                      "缓解在药物清除一天后才达到峰值；它在数天内逐渐消退，而不是随药物一起消失"
                      "。"))),
        Words("About a week after one dose half of the relief is gone, as in patients, whose "
              "response to one infusion typically fades within one to two weeks. Contested: "
              "whether spines carry the relief is shown in mice (Moda-Sava 2019); in people "
              "only correlations.",
              "单次给药约一周后，缓解已消退一半，这与患者的情况一致：单次输注的疗效通常在一到两"
              "周内消退。此环节存在争议：树突棘是否承载缓解作用只在小鼠中得到证实（Moda-Sava "
              "2019），在人体中只有相关性证据。"),
        ("spine_density>antidepressant_effect",)),
    Question(
        "rival-rest-block", "other-hypotheses", "drug-peak", "choice",
        Words("One school explains the fast BDNF without any glutamate surge. What does it "
              "propose?",
              "有一个学派认为，即使没有谷氨酸激增，也能解释BDNF的快速合成。他们提出了什么？"),
        (Choice("rest", Words("NMDA block at rest switches off eEF2 kinase directly",
                              "静息状态下的NMDA阻断直接关闭eEF2激酶"), True,
                Words("Right. Blocking the NMDA receptors of resting pyramidal cells is said to "
                      "release the eEF2 brake by itself (Autry 2011).",
                      "正确。该观点认为，阻断静息锥体细胞上的NMDA受体本身就能松开eEF2刹车（Autry"
                      " 2011）。")),
         Choice("ampa", Words("Ketamine activates AMPA receptors directly",
                              "氯胺酮直接激活AMPA受体"), False,
                Words("Tempting, since AMPA activation is in the chain. But ketamine does not "
                      "act on AMPA receptors; in the main story glutamate activates them.",
                      "这个答案很诱人，因为AMPA激活是信号链的一环。但氯胺酮并不作用于AMPA受体；"
                      "在主线故事中，是谷氨酸激活了它们。")),
         Choice("serotonin", Words("Ketamine releases serotonin, as an SSRI would",
                                   "氯胺酮像SSRI一样释放5-羟色胺"), False,
                Words("That would bring back the monoamine story and its weeks of delay; it is "
                      "not this school's idea.",
                      "那就又回到了单胺假说及其数周的延迟；这不是该学派的观点。"))),
        Words("Contested: Autry 2011 found in mice that the effect needs eEF2 kinase and rapid "
              "BDNF translation, with no burst required. Against it: a glutamate surge is "
              "measured in rats and people, and NBQX abolishes the effect.",
              "存在争议：Autry 2011在小鼠中发现，疗效需要eEF2激酶和BDNF的快速翻译，而不需要活动"
              "爆发。反对的证据是：在大鼠和人体中都测到了谷氨酸激增，而且NBQX可消除疗效。"),
        ("ampa_activation>p_eef2",)),
    Question(
        "rival-habenula", "other-hypotheses", "block-fades", "choice",
        Words("Another group points to a small brain region whose neurons fire in bursts in "
              "depression. Which one?",
              "另一研究组指向一个小的脑区，抑郁时那里的神经元呈爆发式放电。是哪个脑区？"),
        (Choice("habenula", Words("The lateral habenula",
                                  "外侧缰核"), True,
                Words("Right. Its bursts silence reward centres; ketamine's NMDA block stops "
                      "them (Yang 2018, in rodents).",
                      "正确。它的爆发式放电会抑制奖赏中枢；氯胺酮的NMDA阻断能终止这种放电（Yang "
                      "2018，啮齿类动物）。")),
         Choice("prefrontal", Words("The prefrontal cortex's interneurons",
                                    "前额叶皮层的中间神经元"), False,
                Words("Tempting: that is the main story of this app. The rival idea looks "
                      "elsewhere, at the lateral habenula.",
                      "这个答案很诱人：那是本应用的主线故事。而这一竞争性观点着眼于别处，即外侧"
                      "缰核。")),
         Choice("brainstem", Words("The serotonin cells of the brainstem",
                                   "脑干的5-羟色胺神经元"), False,
                Words("Those are the SSRI's story; the bursting region in this hypothesis is "
                      "the lateral habenula.",
                      "那属于SSRI的故事；这一假说中呈爆发式放电的脑区是外侧缰核。"))),
        Words("The NMDA block fades within hours, yet relief lasts days: a problem for the "
              "habenula idea, which so far rests on rodents. Ma 2023 proposes ketamine stays "
              "trapped in habenula NMDA channels.",
              "NMDA阻断在数小时内消退，缓解却持续数天：这是缰核假说面临的难题，该假说目前只有啮"
              "齿类动物的证据。Ma 2023提出，氯胺酮会滞留在缰核的NMDA通道中。"),
        ()),
    Question(
        "rival-metabolite", "other-hypotheses", "drug-gone", "choice",
        Words("Ketamine is almost gone, but the body has turned some of it into other "
              "molecules. Which rival idea builds on this?",
              "氯胺酮几乎已经清除，但身体已把一部分氯胺酮转化成了其他分子。哪种竞争性观点以此为"
              "基础？"),
        (Choice("hnk", Words("A metabolite, hydroxynorketamine, does the work",
                             "代谢产物羟基去甲氯胺酮发挥作用"), True,
                Words("Right. (2R,6R)-hydroxynorketamine worked alone in mice, through AMPA "
                      "receptors, without blocking NMDA receptors (Zanos 2016).",
                      "正确。(2R,6R)-羟基去甲氯胺酮在小鼠中单独使用即有效，它通过AMPA受体起作用"
                      "，而不阻断NMDA受体（Zanos 2016）。")),
         Choice("more", Words("The metabolites are simply more ketamine",
                              "代谢产物不过是更多的氯胺酮"), False,
                Words("Tempting, as the molecules are related. But they are different molecules "
                      "with their own actions; that is the point of this hypothesis.",
                      "这个答案很诱人，因为这些分子彼此相关。但它们是不同的分子，各有其作用；这"
                      "正是该假说的要点。")),
         Choice("toxic", Words("The metabolites cause the side effects only",
                               "代谢产物只引起副作用"), False,
                Words("The side effects follow ketamine itself and fade fast; this hypothesis "
                      "credits a metabolite with the relief.",
                      "副作用随氯胺酮本身变化并很快消退；这一假说认为缓解来自一种代谢产物。"))),
        Words("Contested: Suzuki 2017 found that hydroxynorketamine does block NMDA receptors "
              "at higher levels. This model has no metabolites, so it cannot test the idea.",
              "存在争议：Suzuki 2017发现，羟基去甲氯胺酮在较高浓度时确实会阻断NMDA受体。本模型不"
              "包含代谢产物，因此无法检验这一观点。"),
        ()),
    Question(
        "rival-opioid", "other-hypotheses", "relief-peak", "choice",
        Words("Ketamine also binds opioid receptors. What happened when patients got "
              "naltrexone, an opioid blocker, first?",
              "氯胺酮也能与阿片受体结合。患者先服用阿片受体阻断剂纳曲酮后，结果如何？"),
        (Choice("mixed", Words("The studies disagree",
                               "各项研究结果不一致"), True,
                Words("Right. In one small trial naltrexone blocked the relief (Williams 2018); "
                      "patients already taking naltrexone still improved in another small "
                      "series (Yoon 2019).",
                      "正确。在一项小型试验中纳曲酮阻断了缓解作用（Williams 2018）；而在另一小型"
                      "病例系列中，已在服用纳曲酮的患者仍然好转（Yoon 2019）。")),
         Choice("blocked", Words("It clearly blocked the relief",
                                 "明确阻断了缓解"), False,
                Words("Tempting, since one trial found just that. But it was small, and another "
                      "series found patients still improved.",
                      "这个答案很诱人，因为确有一项试验得到这样的结果。但那项试验规模很小，另一"
                      "组病例中患者仍然好转。")),
         Choice("never", Words("It has never been tried",
                               "从未进行过这样的研究"), False,
                Words("It has been tried, in small studies, and they disagree.",
                      "已经有过小型研究，只是结果互相矛盾。"))),
        Words("Relief peaks a day after the dose in the model, which has no opioid link. "
              "Whether part of the relief is an opioid effect is contested: small studies point "
              "both ways.",
              "在不含阿片环节的模型中，缓解在给药一天后达到峰值。部分缓解是否属于阿片效应尚有争"
              "议：小型研究的结论相互矛盾。"),
        ()),
)
