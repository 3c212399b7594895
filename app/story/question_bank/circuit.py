"""Study questions on the circuit: interneuron blockade and the glutamate surge (scenes 3
and 4), in teaching order."""
from __future__ import annotations

from app.story.questions import Choice, Question, Words

QUESTIONS: tuple[Question, ...] = (
    Question(
        "interneurons-quiet", "interneuron-blockade", "half-block", "direction",
        Words("Ketamine is reaching the brain. What does the firing of the GABA interneurons do?",
              "氯胺酮正在进入大脑。GABA中间神经元的放电会怎样变化？"),
        (Choice("down", Words("It falls: they go quiet",
                              "减少：它们安静下来"), True,
                Words("Right. Their NMDA receptors are blocked, and without that drive the "
                      "interneurons fire less.",
                      "正确。它们的NMDA受体被阻断，失去这一驱动后，中间神经元放电减少。")),
         Choice("up", Words("It rises",
                            "增加"), False,
                Words("Tempting, because a surge of activity is coming. But the surge is the "
                      "pyramidal cells'; the interneurons are the ones being blocked.",
                      "这个答案很诱人，因为一场活动爆发即将到来。但爆发属于锥体细胞；被阻断的正"
                      "是中间神经元。")),
         Choice("same", Words("It does not change",
                              "不变"), False,
                Words("The block is already rising; the interneurons lose the NMDA drive that "
                      "keeps them firing.",
                      "阻断已经在增加；中间神经元失去了维持其放电的NMDA驱动。"))),
        Words("The interneurons quiet as the block rises. Shown in rats with another NMDA "
              "blocker, MK-801 (Homayoun 2007), and for ketamine itself only in later rodent "
              "work: supported, not yet shown in people.",
              "随着阻断增强，中间神经元安静下来。这一点是在大鼠中用另一种NMDA阻断剂MK-801证实的"
              "（Homayoun 2007），对氯胺酮本身的证据仅来自之后的啮齿类研究：证据等级为“有证据支"
              "持”，尚未在人体中证实。"),
        ("nmda_block_interneuron>interneuron_activity",)),
    Question(
        "interneurons-selective", "interneuron-blockade", "peak-block", "choice",
        Words("At this low, sub-anaesthetic dose, whose NMDA receptors does ketamine block more?",
              "在这种低剂量（亚麻醉剂量）下，氯胺酮更多地阻断哪类细胞的NMDA受体？"),
        (Choice("inter", Words("The GABA interneurons'",
                               "GABA中间神经元的"), True,
                Words("Right. The model blocks the interneurons' receptors several times more "
                      "than the pyramidal cells'.",
                      "正确。在模型中，中间神经元受体被阻断的程度是锥体细胞的数倍。")),
         Choice("pyr", Words("The pyramidal cells'",
                             "锥体细胞的"), False,
                Words("Tempting: pyramidal cells are the main cells of the cortex and have "
                      "plenty of NMDA receptors. But at a low dose their receptors are blocked "
                      "far less; that is why they can fire more.",
                      "这个答案很诱人：锥体细胞是皮层的主要细胞，拥有大量NMDA受体。但在低剂量下"
                      "它们的受体被阻断得少得多；正因如此它们才能放电增加。")),
         Choice("equal", Words("Both equally",
                               "两者相同"), False,
                Words("If both were blocked alike, the brake and the cells it holds back would "
                      "go quiet together, and no burst would follow.",
                      "如果两者被同等阻断，抑制者和被抑制者会一起安静下来，也就不会出现随后的活"
                      "动爆发。"))),
        Words("At its peak the block silences the interneurons, the “police”, far more than the "
              "pyramidal cells. This selectivity is said to be decisive, but it rests largely "
              "on experiments with MK-801, another NMDA blocker.",
              "在峰值时，阻断使中间神经元这些“警察”安静下来的程度远大于锥体细胞。这种选择性被认"
              "为是关键，但它主要依据的是另一种NMDA阻断剂MK-801的实验。"),
        ("nmda_block_interneuron>interneuron_activity",)),
    Question(
        "interneurons-recover", "interneuron-blockade", "recovery", "after",
        Words("The drug level in the brain is past its peak and falling. What happens to the "
              "interneurons' block?",
              "脑内药物浓度已过峰值并在下降。中间神经元上的阻断会怎样？"),
        (Choice("wears-off", Words("It wears off and they fire again",
                                   "逐渐消退，它们重新放电"), True,
                Words("Right. The block follows the drug: as ketamine leaves the channels, the "
                      "interneurons recover.",
                      "正确。阻断随药物变化：氯胺酮离开通道后，中间神经元就恢复了。")),
         Choice("stays", Words("It stays: the interneurons are silenced for days",
                               "持续存在：中间神经元被压制数天"), False,
                Words("Tempting, because the relief lasts days. But the block does not: it "
                      "follows the drug. What lasts is what the brief burst set in motion.",
                      "这个答案很诱人，因为缓解能持续数天。但阻断并不持续：它随药物而变化。持续"
                      "的是短暂爆发所启动的过程。")),
         Choice("grows", Words("It grows stronger",
                               "变得更强"), False,
                Words("A block this drug makes cannot grow while the drug falls; less ketamine "
                      "means fewer blocked channels.",
                      "药物浓度下降时，这种药物造成的阻断不会增强；氯胺酮越少，被阻断的通道就越"
                      "少。"))),
        Words("The block wears off within a couple of hours of the dose, long before the relief "
              "peaks: the block is only the spark.",
              "给药后几小时内阻断就消退了，远早于缓解达到峰值的时间：阻断只是火花。"),
        ()),
    Question(
        "glutamate-pyramidal-fire", "glutamate-burst", "rising", "direction",
        Words("The interneurons have gone quiet. What do the pyramidal cells they held back do?",
              "中间神经元已经安静下来。原本受它们抑制的锥体细胞会怎样？"),
        (Choice("up", Words("They fire more: a burst",
                            "放电增加：出现爆发"), True,
                Words("Right. With the brake lifted the pyramidal cells are disinhibited and "
                      "fire a brief, coordinated burst.",
                      "正确。抑制解除后，锥体细胞被去抑制，发出一次短暂而协调的活动爆发。")),
         Choice("down", Words("They fire less, since ketamine is an anaesthetic",
                              "放电减少，因为氯胺酮是麻醉药"), False,
                Words("Tempting: at anaesthetic doses ketamine does quiet the cortex. At this "
                      "low dose their own receptors are blocked much less, and losing their "
                      "brake wins.",
                      "这个答案很诱人：在麻醉剂量下，氯胺酮确实会抑制皮层。但在这种低剂量下，锥"
                      "体细胞自身的受体被阻断得少得多，解除抑制的作用占了上风。")),
         Choice("same", Words("Nothing changes for them",
                              "它们没有变化"), False,
                Words("The interneurons were holding them back; when the holding stops, they "
                      "fire more.",
                      "中间神经元原本在抑制它们；抑制一旦停止，它们就放电增加。"))),
        Words("Disinhibition: with the interneurons quiet, nothing holds the pyramidal cells "
              "back; they fire more and release glutamate. Shown in rats (Homayoun 2007); "
              "supported, rodents only.",
              "去抑制：中间神经元安静下来后，锥体细胞摆脱了抑制，放电增加并释放谷氨酸。这一点在"
              "大鼠中得到证实（Homayoun 2007）；证据等级为“有证据支持”，仅限啮齿类动物。"),
        ("interneuron_activity>pyramidal_activity",)),
    Question(
        "glutamate-after-block", "glutamate-burst", "peak", "direction",
        Words("Ketamine blocks NMDA receptors, which are glutamate receptors. What happens to "
              "glutamate in the synaptic cleft over the next half hour?",
              "氯胺酮阻断NMDA受体，而NMDA受体是谷氨酸受体。接下来半小时内，突触间隙中的谷氨酸会"
              "怎样变化？"),
        (Choice("up", Words("It rises: a burst",
                            "升高：出现一次激增"), True,
                Words("Right. The block silences the GABA interneurons first; their brake on "
                      "the pyramidal cells lifts and the pyramidal cells release more glutamate.",
                      "正确。阻断首先使GABA中间神经元沉默，它们对锥体细胞的抑制被解除，锥体细胞"
                      "释放更多谷氨酸。")),
         Choice("down", Words("It falls",
                              "下降"), False,
                Words("Tempting: a blocked glutamate receptor sounds like less glutamate "
                      "signalling. But the block lands first on the interneurons that hold the "
                      "pyramidal cells back, so release goes up, not down.",
                      "这个答案很诱人：受体被阻断听起来像是谷氨酸信号减弱。但阻断首先落在抑制锥"
                      "体细胞的中间神经元上，所以释放增加而不是减少。")),
         Choice("same", Words("It stays the same",
                              "保持不变"), False,
                Words("The NMDA block does change the circuit: silencing the interneurons lifts "
                      "the brake on the pyramidal cells, and glutamate rises.",
                      "NMDA阻断确实改变了环路：中间神经元沉默后，对锥体细胞的抑制被解除，谷氨酸"
                      "随之升高。"))),
        Words("At the peak the cleft holds clearly more glutamate than at rest: the "
              "disinhibited pyramidal cells fire more (Moghaddam 1997).",
              "在峰值时，突触间隙中的谷氨酸明显高于静息水平：去抑制的锥体细胞放电增加（Moghaddam"
              " 1997）。"),
        ("pyramidal_activity>glutamate",)),
    Question(
        "glutamate-nbqx", "glutamate-burst", "subsides", "link",
        Words("An experiment gives NBQX, an AMPA receptor blocker, before ketamine. What "
              "becomes of the glutamate burst?",
              "一项实验在给予氯胺酮之前先给予AMPA受体阻断剂NBQX。谷氨酸激增会怎样？"),
        (Choice("still", Words("It still happens",
                               "仍然发生"), True,
                Words("Right. NBQX acts on the receptors the glutamate reaches, after the "
                      "burst; it cuts what follows, not the burst itself.",
                      "正确。NBQX作用于谷氨酸所到达的受体，位于激增之后；它切断的是后续环节，而"
                      "不是激增本身。")),
         Choice("gone", Words("It disappears",
                              "消失"), False,
                Words("Tempting, because NBQX abolishes the antidepressant effect. But a "
                      "blocker removes only what comes after its link; the burst comes before.",
                      "这个答案很诱人，因为NBQX能消除抗抑郁作用。但阻断剂只去除其作用环节之后的"
                      "步骤；激增发生在它之前。")),
         Choice("bigger", Words("It becomes much larger",
                                "变得大得多"), False,
                Words("Tempting if you picture glutamate piling up at blocked receptors. In the "
                      "model the release is set by the pyramidal cells' firing, which NBQX does "
                      "not touch.",
                      "如果想象谷氨酸在被阻断的受体处堆积，这个答案就很诱人。但在模型中，释放量"
                      "由锥体细胞的放电决定，而NBQX并不影响放电。"))),
        Words("The burst subsides within about an hour whether or not NBQX is given; with NBQX "
              "the AMPA receptors stay quiet and nothing after them happens (Maeng 2008, in "
              "rodents). Try it: Dose, drug and blockers.",
              "无论是否给予NBQX，激增都在约一小时内消退；给予NBQX时，AMPA受体保持安静，其后的环"
              "节都不会发生（Maeng 2008，啮齿类动物）。可以在“剂量、药物与阻断剂”面板中亲自试一"
              "试。"),
        ("nbqx>ampa_activation",)),
)
