"""Study questions on the synapse: BDNF, TrkB, mTOR and new spines (scenes 5 and 6), in
teaching order."""
from __future__ import annotations

from app.story.questions import Choice, Question, Words

QUESTIONS: tuple[Question, ...] = (
    Question(
        "bdnf-ampa", "bdnf-mtor", "ampa-peak", "direction",
        Words("Glutamate is surging while ketamine blocks NMDA receptors. What do the AMPA "
              "receptors do?",
              "谷氨酸正在激增，而氯胺酮阻断着NMDA受体。AMPA受体会怎样？"),
        (Choice("up", Words("They are strongly activated",
                            "被强烈激活"), True,
                Words("Right. Ketamine does not block AMPA receptors, so the surge activates "
                      "them strongly.",
                      "正确。氯胺酮不阻断AMPA受体，所以激增会强烈激活它们。")),
         Choice("down", Words("They are blocked too",
                              "也被阻断"), False,
                Words("Tempting: ketamine blocks a glutamate receptor, so why not all of them? "
                      "But it blocks only NMDA receptors; the AMPA receptors are free to "
                      "respond.",
                      "这个答案很诱人：氯胺酮阻断一种谷氨酸受体，为什么不是全部？但它只阻断NMDA"
                      "受体；AMPA受体可以自由地作出反应。")),
         Choice("same", Words("They stay at rest",
                              "保持静息"), False,
                Words("More glutamate at free receptors means more activation; they do not stay "
                      "at rest.",
                      "游离受体处的谷氨酸增多就意味着激活增强；它们不会保持静息。"))),
        Words("AMPA activation peaks with the surge. That AMPA activation is needed was shown "
              "in rodents: an AMPA blocker abolishes the effect (Maeng 2008; Li 2010).",
              "AMPA受体的激活随激增达到峰值。AMPA激活是必需的，这一点在啮齿类动物中得到证实：AMP"
              "A阻断剂可消除疗效（Maeng 2008；Li 2010）。"),
        ("glutamate>ampa_activation",)),
    Question(
        "bdnf-eef2-brake", "bdnf-mtor", "brake-released", "direction",
        Words("eEF2 is a brake on protein synthesis while it is phosphorylated. After the AMPA "
              "activation, what does its phosphorylation do?",
              "eEF2在磷酸化状态下是蛋白质合成的“刹车”。AMPA激活之后，它的磷酸化水平会怎样？"),
        (Choice("down", Words("It falls: the brake is released",
                              "下降：刹车被松开"), True,
                Words("Right. eEF2 is dephosphorylated, and mRNAs already waiting in the "
                      "dendrite, BDNF's among them, are translated.",
                      "正确。eEF2去磷酸化，已在树突中等待的mRNA（包括BDNF的mRNA）得以翻译。")),
         Choice("up", Words("It rises",
                            "升高"), False,
                Words("Tempting: strong activity usually switches kinases on and adds "
                      "phosphate. Here the kinase that phosphorylates eEF2 is switched off, so "
                      "phosphorylation falls.",
                      "这个答案很诱人：强烈的活动通常会开启激酶、增加磷酸化。但这里使eEF2磷酸化"
                      "的激酶被关闭了，所以磷酸化水平下降。")),
         Choice("same", Words("It does not change",
                              "不变"), False,
                Words("The brake does move: without its release no BDNF would be made quickly.",
                      "这个刹车确实有变化：如果它不松开，BDNF就不会被快速合成。"))),
        Words("eEF2 phosphorylation falls well below rest. Contested: the article routes this "
              "step through AMPA, while Autry 2011 has NMDA block at rest switch off eEF2 "
              "kinase with no glutamate burst at all.",
              "eEF2磷酸化水平明显低于静息水平。此环节存在争议：综述文章认为这一步经由AMPA受体，"
              "而Autry 2011认为静息状态下的NMDA阻断即可关闭eEF2激酶，根本不需要谷氨酸激增。"),
        ("ampa_activation>p_eef2",)),
    Question(
        "bdnf-trkb-blocker", "bdnf-mtor", "trkb-peak", "link",
        Words("An experiment gives a TrkB antagonist with ketamine. What is lost?",
              "一项实验在给予氯胺酮的同时给予TrkB拮抗剂。会失去什么？"),
        (Choice("after", Words("mTOR activation and everything after it",
                               "mTOR激活及其之后的所有环节"), True,
                Words("Right. BDNF is still made and released, but its receptor cannot pass the "
                      "signal on.",
                      "正确。BDNF仍然被合成和释放，但它的受体无法把信号传递下去。")),
         Choice("all", Words("Everything, from the NMDA block on",
                             "从NMDA阻断开始的所有环节"), False,
                Words("Tempting, because the antidepressant effect is lost. But a blocker "
                      "removes only what comes after its link: the block, the burst and BDNF "
                      "remain.",
                      "这个答案很诱人，因为抗抑郁作用消失了。但阻断剂只去除其作用环节之后的步骤"
                      "：NMDA阻断、激增和BDNF依然存在。")),
         Choice("bdnf", Words("Only the release of BDNF",
                              "只有BDNF的释放"), False,
                Words("BDNF comes before the receptor, so it is still released; what is lost is "
                      "its signal through TrkB.",
                      "BDNF位于受体之前，所以仍会被释放；失去的是它经由TrkB传递的信号。"))),
        Words("TrkB activation peaks about an hour and a quarter after the dose starts. "
              "Blocking TrkB or neutralising BDNF abolishes the effect in rodents (Autry 2011; "
              "Lepack 2015).",
              "TrkB激活在给药开始后约一小时十五分钟达到峰值。在啮齿类动物中，阻断TrkB或中和BDNF"
              "都可消除疗效（Autry 2011；Lepack 2015）。"),
        ("trkb_antagonist>trkb_activation",)),
    Question(
        "bdnf-rapamycin", "bdnf-mtor", "mtor-peak", "link",
        Words("In rats, rapamycin is given before ketamine. Which link does it cut?",
              "在大鼠中，先给予雷帕霉素再给予氯胺酮。它切断的是哪一环？"),
        (Choice("mtor", Words("TrkB to mTOR: mTOR is not switched on",
                              "TrkB到mTOR：mTOR不被激活"), True,
                Words("Right. Rapamycin inhibits mTOR, so no synaptic proteins are made and no "
                      "spines follow.",
                      "正确。雷帕霉素抑制mTOR，因此不会合成突触蛋白，也就不会长出树突棘。")),
         Choice("glutamate", Words("The glutamate surge",
                                   "谷氨酸激增"), False,
                Words("Tempting, because the whole effect is lost. But rapamycin acts far down "
                      "the chain; the surge comes long before mTOR.",
                      "这个答案很诱人，因为整个疗效都消失了。但雷帕霉素作用于信号链的下游；激增"
                      "远在mTOR之前发生。")),
         Choice("bdnf", Words("The release of BDNF",
                              "BDNF的释放"), False,
                Words("BDNF is made before mTOR is needed; rapamycin leaves it and TrkB "
                      "activation intact.",
                      "BDNF在需要mTOR之前就已合成；雷帕霉素不影响它，也不影响TrkB的激活。"))),
        Words("In rats rapamycin abolished ketamine's effect (Li 2010). Contested: in the one "
              "human trial, rapamycin did not block ketamine at 24 hours and even prolonged the "
              "response at two weeks (Abdallah 2020).",
              "在大鼠中，雷帕霉素消除了氯胺酮的疗效（Li 2010）。但此环节存在争议：在唯一一项人体"
              "试验中，雷帕霉素在24小时时并未阻断氯胺酮的作用，反而在两周时延长了疗效（Abdallah "
              "2020）。"),
        ("rapamycin>mtor_activity",)),
    Question(
        "bdnf-building-blocks", "bdnf-mtor", "blocks-made", "after",
        Words("mTOR has passed its peak. What do the synaptic building blocks (PSD-95, "
              "receptors, cytoskeleton) do over the next hours?",
              "mTOR已过峰值。在接下来的几小时内，突触的“建筑材料”（PSD-95、受体、细胞骨架）会怎"
              "样？"),
        (Choice("up", Words("They keep accumulating for a while",
                            "继续积累一段时间"), True,
                Words("Right. What mTOR ordered is still being made; the building blocks peak "
                      "hours after mTOR does.",
                      "正确。mTOR下达的合成指令仍在执行；建筑材料在mTOR峰值数小时后才达到峰值。")),
         Choice("down", Words("They fall at once with mTOR",
                              "随mTOR立即下降"), False,
                Words("Tempting, since mTOR drives their synthesis. But proteins last far "
                      "longer than the signal that ordered them.",
                      "这个答案很诱人，因为mTOR驱动它们的合成。但蛋白质存在的时间远长于下达指令"
                      "的信号。")),
         Choice("same", Words("Nothing: they are not made until days later",
                              "没有变化：要到数天后才合成"), False,
                Words("Local synthesis in the dendrite is fast; the building blocks are already "
                      "rising within the first hours.",
                      "树突中的局部合成很快；建筑材料在最初几小时内就已开始增加。"))),
        Words("The synaptic proteins peak about three hours after the dose starts, after mTOR, "
              "and stay raised for days: the material new spines are built from (Li 2010, in "
              "rats).",
              "突触蛋白在给药开始后约三小时达到峰值，晚于mTOR，并在数天内保持升高：这就是构建新"
              "树突棘的材料（Li 2010，大鼠）。"),
        ("mtor_activity>synaptic_proteins",)),
    Question(
        "spines-when", "spine-growth", "sprout", "choice",
        Words("When do the first new spines sprout on the stressed dendrites?",
              "受应激损伤的树突上，第一批新树突棘何时萌发？"),
        (Choice("hours", Words("Within hours of the dose",
                               "给药后数小时内"), True,
                Words("Right. Once the building blocks are made, spines start to sprout within "
                      "a few hours.",
                      "正确。建筑材料一旦合成，树突棘就在几小时内开始萌发。")),
         Choice("minutes", Words("Within minutes, with the glutamate surge",
                                 "数分钟内，随谷氨酸激增出现"), False,
                Words("Tempting, because the surge is the first big event. But a spine needs "
                      "proteins made first; that takes hours.",
                      "这个答案很诱人，因为激增是第一个重大事件。但树突棘需要先合成蛋白质，这需"
                      "要数小时。")),
         Choice("weeks", Words("After weeks, as with an SSRI",
                               "数周后，像SSRI一样"), False,
                Words("That is the SSRI's time scale. Ketamine's rebuilding is rapid: spines "
                      "within hours, most of the lost ones back within two days.",
                      "那是SSRI的时间尺度。氯胺酮引起的重建很快：数小时内就有树突棘萌发，两天内"
                      "失去的大部分就已恢复。"))),
        Words("New spines begin to sprout about two hours after the dose starts (Li 2010, in "
              "rats): the withered branches put out new leaves.",
              "新的树突棘在给药开始约两小时后开始萌发（Li 2010，大鼠）：枯萎的枝条长出了新叶。"),
        ("synaptic_proteins>spine_density",)),
    Question(
        "spines-nbqx", "spine-growth", "half-back", "link",
        Words("Had NBQX, the AMPA blocker, been given before ketamine, would these spines grow "
              "back?",
              "如果在氯胺酮之前给予AMPA阻断剂NBQX，这些树突棘还会长回来吗？"),
        (Choice("no", Words("No: nothing after the AMPA receptors happens",
                            "不会：AMPA受体之后的环节都不会发生"), True,
                Words("Right. Without AMPA activation there is no eEF2 release, no BDNF, no "
                      "mTOR, no building blocks, no spines.",
                      "正确。没有AMPA激活，就没有eEF2的松开、没有BDNF、没有mTOR、没有建筑材料，"
                      "也就没有树突棘。")),
         Choice("yes", Words("Yes: the glutamate burst still happens",
                             "会：谷氨酸激增仍然发生"), False,
                Words("Tempting, because the burst is indeed untouched. But the burst works "
                      "only through the AMPA receptors, and those are blocked.",
                      "这个答案很诱人，因为激增确实不受影响。但激增只能通过AMPA受体起作用，而它"
                      "们被阻断了。")),
         Choice("more", Words("Even more: the NMDA block is untouched",
                              "更多：NMDA阻断并未受影响"), False,
                Words("The NMDA block only starts the chain; it builds nothing itself. Cut a "
                      "link and everything after it is lost.",
                      "NMDA阻断只是启动信号链，它本身不构建任何东西。切断一环，其后的一切都会失"
                      "去。"))),
        Words("Half the lost spines are back within about eight hours. With NBQX the spine "
              "count stays at its stressed level (Maeng 2008; Li 2010, in rodents). Try it: "
              "Dose, drug and blockers.",
              "约八小时内，失去的树突棘已有一半恢复。给予NBQX时，树突棘数量停留在应激后的水平（M"
              "aeng 2008；Li 2010，啮齿类动物）。可以在“剂量、药物与阻断剂”面板中亲自试一试。"),
        ("nbqx>ampa_activation",)),
    Question(
        "spines-what-built-from", "spine-growth", "peak", "choice",
        Words("The spines keep growing back. What are they built from?",
              "树突棘不断长回来。它们是用什么构建的？"),
        (Choice("proteins", Words("Synaptic proteins made under mTOR's direction",
                                  "在mTOR指挥下合成的突触蛋白"), True,
                Words("Right. Scaffolds such as PSD-95, receptors and cytoskeleton, made in the "
                      "dendrite in the first hours.",
                      "正确。包括PSD-95等支架蛋白、受体和细胞骨架，它们在最初几小时内于树突中合"
                      "成。")),
         Choice("ketamine", Words("Ketamine itself, built into the synapse",
                                  "氯胺酮本身，被构建进突触"), False,
                Words("Tempting if the drug is pictured as material. But ketamine is only the "
                      "signal that starts the chain, and it is long gone.",
                      "如果把药物想象成材料，这个答案就很诱人。但氯胺酮只是启动信号链的信号，而"
                      "且早已清除。")),
         Choice("glutamate", Words("The glutamate from the surge",
                                   "激增中释放的谷氨酸"), False,
                Words("Glutamate is a messenger, cleared from the cleft within minutes; it "
                      "starts the building but is not what is built.",
                      "谷氨酸是一种信使，数分钟内就从突触间隙中清除；它启动了构建过程，但不是构"
                      "建的材料。"))),
        Words("Most lost spines are back about a day and a half after the dose, built from the "
              "synaptic proteins mTOR set in motion (Li 2010, in rats).",
              "给药约一天半后，失去的树突棘大部分已经恢复，它们由mTOR启动合成的突触蛋白构建而成"
              "（Li 2010，大鼠）。"),
        ("mtor_activity>synaptic_proteins",)),
    Question(
        "spines-recede", "spine-growth", "recede", "after",
        Words("Days pass after the single dose. What do the new spines do?",
              "单次给药后过了数天。新生的树突棘会怎样？"),
        (Choice("recede", Words("They slowly recede",
                                "缓慢消退"), True,
                Words("Right. Without another dose the stress that wore them down wins again, "
                      "slowly, over a week or more.",
                      "正确。如果没有再次给药，磨损它们的应激会再次占上风，这一过程缓慢，需要一"
                      "周或更久。")),
         Choice("stay", Words("They stay for good",
                              "永久保留"), False,
                Words("Tempting, since they outlasted the drug by days. But they are not "
                      "permanent: that is why treatment is repeated.",
                      "这个答案很诱人，因为它们比药物多存在了数天。但它们并不是永久的：这正是需"
                      "要重复治疗的原因。")),
         Choice("vanish", Words("They vanished the day the drug was gone",
                                "药物清除当天就消失了"), False,
                Words("They outlast the drug by days; the loss comes slowly, long after the "
                      "drug has gone.",
                      "它们比药物多存在数天；消退是缓慢的，发生在药物清除很久之后。"))),
        Words("About a week after the dose the new spines recede. Contested: in mice new spines "
              "sustain the effect but are not needed for its onset (Moda-Sava 2019), so spines "
              "and relief need not move together.",
              "给药约一周后，新生的树突棘开始消退。此环节存在争议：在小鼠中，新生树突棘维持疗效"
              "，但疗效的出现并不依赖它们（Moda-Sava 2019），因此树突棘与缓解不一定同步变化。"),
        ("spine_density>antidepressant_effect",)),
)
