"""Study questions on the overview and the two time scales (scenes 1 and 2), in
teaching order."""
from __future__ import annotations

from app.story.questions import Choice, Question, Words

QUESTIONS: tuple[Question, ...] = (
    Question(
        "overview-first-step", "overview", "glutamate-peak", "choice",
        Words("Ketamine is reaching the brain. Which step of the chain comes first and sets off "
              "the others?",
              "氯胺酮正在进入大脑。这条信号链中最先发生、并引发其余各步的是哪一步？"),
        (Choice("nmda", Words("NMDA receptors on GABA interneurons are blocked",
                              "GABA中间神经元上的NMDA受体被阻断"), True,
                Words("Right. The chain starts at the drug's target; the glutamate surge that "
                      "follows peaks about half an hour in.",
                      "正确。信号链从药物的作用靶点开始；随后的谷氨酸激增在约半小时时达到峰值。")),
         Choice("bdnf", Words("BDNF is released",
                              "BDNF被释放"), False,
                Words("Tempting: BDNF is the best-known growth signal of the story. But it is "
                      "made only after the glutamate surge has released the eEF2 brake, about "
                      "an hour in.",
                      "这个答案很诱人：BDNF是这条通路中最有名的生长信号。但它要等谷氨酸激增解除e"
                      "EF2的“刹车”之后才合成，大约在给药一小时后。")),
         Choice("spines", Words("New dendritic spines appear",
                                "新的树突棘出现"), False,
                Words("Tempting, because spines are what the treatment is for. They are the end "
                      "of the chain, not its start: they need proteins made first and take "
                      "hours.",
                      "这个答案很诱人，因为治疗的目的正是树突棘。但它们位于信号链的末端而非起点"
                      "：需要先合成蛋白质，要经过数小时。"))),
        Words("Ketamine first blocks NMDA receptors, at a low dose mostly those of the "
              "inhibitory interneurons. The glutamate surge peaks about half an hour in, and "
              "every later step follows from it.",
              "氯胺酮首先阻断NMDA受体，低剂量时主要是抑制性中间神经元上的受体。谷氨酸激增在约半"
              "小时时达到峰值，之后的每一步都由此而来。"),
        ()),
    Question(
        "overview-mtor-after-surge", "overview", "mtor-peak", "direction",
        Words("The glutamate surge has peaked. What does mTOR activity do over the next hour?",
              "谷氨酸激增已经过了峰值。在接下来的一小时内，mTOR活性会怎样变化？"),
        (Choice("up", Words("It rises to a peak",
                            "升高并达到峰值"), True,
                Words("Right. BDNF and TrkB switch mTOR on after the surge: each link lags the "
                      "one before it.",
                      "正确。激增之后，BDNF与TrkB开启mTOR：每一环都比前一环稍晚。")),
         Choice("down", Words("It falls, because the surge is ending",
                              "下降，因为激增正在消退"), False,
                Words("Tempting: the signal that started it is fading. But the steps after the "
                      "surge lag behind it; BDNF and TrkB are only now switching mTOR on.",
                      "这个答案很诱人：启动它的信号正在减弱。但激增之后的各步反应都有滞后，BDNF"
                      "和TrkB此时才刚开始激活mTOR。")),
         Choice("same", Words("It stays at rest until days later",
                              "保持静息，要到数天后才变化"), False,
                Words("Tempting, since the relief takes a day to build. But mTOR switches on "
                      "within about an hour; the slow part is building spines from the proteins "
                      "it orders.",
                      "这个答案很诱人，因为缓解需要约一天才能形成。但mTOR在约一小时内就被激活；"
                      "缓慢的是用它所指令合成的蛋白质去构建树突棘。"))),
        Words("mTOR peaks a little over an hour after the dose starts, after the surge, as in "
              "rats given ketamine (Li 2010). The TrkB to mTOR link is shown in rodents.",
              "mTOR在给药开始后一个多小时达到峰值，晚于谷氨酸激增，与给予氯胺酮的大鼠实验一致（L"
              "i 2010）。TrkB到mTOR这一环节是在啮齿类动物中证实的。"),
        ("trkb_activation>mtor_activity",)),
    Question(
        "overview-drug-gone", "overview", "drug-gone", "after",
        Words("By the next morning the drug is almost gone. What happens to the rebuilding of "
              "synapses?",
              "到第二天早上，药物几乎已经清除。突触的重建会怎样？"),
        (Choice("goes-on", Words("It goes on",
                                 "继续进行"), True,
                Words("Right. The proteins made in the first hours keep building spines without "
                      "the drug.",
                      "正确。最初几小时内合成的蛋白质在没有药物的情况下继续构建树突棘。")),
         Choice("stops", Words("It stops with the drug",
                               "随药物清除而停止"), False,
                Words("Tempting, because most drugs act only while they are in the body. Here "
                      "the drug only lit the spark; the building it started runs on.",
                      "这个答案很诱人，因为大多数药物只在体内时起作用。但这里药物只是点燃了火花"
                      "，它启动的构建过程会继续下去。")),
         Choice("reverses", Words("It reverses: the new spines are lost at once",
                                  "发生逆转：新生的树突棘立即消失"), False,
                Words("The new spines do recede, but slowly, over a week or more, not the "
                      "morning the drug is gone.",
                      "新生的树突棘确实会消退，但那是在一周或更长时间内缓慢发生的，而不是药物清"
                      "除的那个早上。"))),
        Words("About 22 hours after the dose almost no drug is left, yet spines are still being "
              "added: the effect outlasts the drug (the hit and run).",
              "给药约22小时后体内几乎已无药物，但树突棘仍在增加：疗效比药物持续得更久（“打了就跑"
              "”）。"),
        ("synaptic_proteins>spine_density",)),
    Question(
        "overview-spines-back", "overview", "spine-peak", "choice",
        Words("Chronic stress has cost this cortex a fifth of its spines. How many of the lost "
              "spines are back about a day and a half after one dose?",
              "慢性应激使这片皮层失去了五分之一的树突棘。单次给药约一天半后，失去的树突棘恢复了"
              "多少？"),
        (Choice("most", Words("Nearly all of them",
                              "几乎全部"), True,
                Words("Right. In the model the density climbs back almost to its healthy level.",
                      "正确。在模型中，树突棘密度几乎回升到健康水平。")),
         Choice("none", Words("None yet: spines take weeks, as with an SSRI",
                              "还没有：树突棘需要数周，就像SSRI一样"), False,
                Words("Tempting if you think of every antidepressant as slow. Ketamine's spines "
                      "sprout within hours; the weeks belong to the SSRI's receptor adaptation.",
                      "如果认为所有抗抑郁药都起效缓慢，这个答案就很诱人。氯胺酮诱导的树突棘在数"
                      "小时内就开始萌发；需要数周的是SSRI的受体适应过程。")),
         Choice("more", Words("Far more than before the stress",
                              "远多于应激之前"), False,
                Words("Tempting if ketamine were a general growth booster. In the model it "
                      "restores what stress took, toward the healthy density, not beyond it.",
                      "如果把氯胺酮看作一种普遍的“促生长剂”，这个答案就很诱人。在模型中，它恢复"
                      "的是应激所夺走的部分，趋向健康密度，而不会超过它。"))),
        Words("Spine density peaks about a day and a half after the dose, close to its healthy "
              "value: what stress wore down grows back. In rodents this rests on Li 2010; in "
              "people, synapse density is only seen to go with severity (imaging).",
              "树突棘密度在给药后约一天半达到峰值，接近健康水平：被应激磨损的部分重新长了回来。"
              "这一点在啮齿类动物中依据Li 2010；在人体中，只观察到突触密度与病情严重程度相关（影"
              "像学研究）。"),
        ("synaptic_proteins>spine_density",)),
    Question(
        "two-timescales-serotonin", "two-timescales", "serotonin-up", "direction",
        Words("A patient takes the first SSRI tablet. What does serotonin in the synaptic cleft "
              "do within the first hours?",
              "患者服下第一片SSRI。最初几小时内，突触间隙中的5-羟色胺会怎样变化？"),
        (Choice("up", Words("It rises",
                            "升高"), True,
                Words("Right. The SSRI blocks the serotonin transporter within hours, so "
                      "serotonin stays longer in the cleft.",
                      "正确。SSRI在数小时内阻断5-羟色胺转运体，使5-羟色胺在突触间隙中停留更久。")),
         Choice("same", Words("It stays the same for weeks",
                              "数周内保持不变"), False,
                Words("Tempting, because the relief takes weeks. But the chemistry changes "
                      "within hours; that mismatch is exactly the puzzle.",
                      "这个答案很诱人，因为缓解需要数周。但化学变化在数小时内就发生了；这种不匹"
                      "配正是问题所在。")),
         Choice("down", Words("It falls",
                              "下降"), False,
                Words("Tempting if you know that feedback autoreceptors slow serotonin cells at "
                      "first. Even so, blocking reuptake leaves more serotonin in the cleft.",
                      "如果知道反馈性自身受体起初会减慢5-羟色胺神经元的放电，这个答案就很诱人。"
                      "即便如此，阻断再摄取仍使突触间隙中的5-羟色胺增多。"))),
        Words("Serotonin is up within hours of the first tablet, yet relief is weeks away: the "
              "monoamine hypothesis alone cannot explain the delay.",
              "服下第一片药后数小时内5-羟色胺就升高了，但缓解却要数周后才出现：单凭单胺假说无法"
              "解释这种延迟。"),
        ()),
    Question(
        "two-timescales-who-first", "two-timescales", "rapid-relief", "choice",
        Words("One patient starts an SSRI, another gets one ketamine infusion. Whose relief "
              "begins first?",
              "一位患者开始服用SSRI，另一位接受一次氯胺酮输注。谁的症状缓解先出现？"),
        (Choice("ketamine", Words("The ketamine patient's, within hours",
                                  "接受氯胺酮的患者，数小时内"), True,
                Words("Right. Ketamine's relief starts within hours and is clear within a day.",
                      "正确。氯胺酮的缓解作用在数小时内开始，一天之内就很明显。")),
         Choice("ssri", Words("The SSRI patient's: serotonin rises within hours",
                              "服用SSRI的患者：5-羟色胺数小时内就升高"), False,
                Words("Tempting, since the SSRI changes serotonin at once. But relief waits for "
                      "slow adaptation, weeks of it.",
                      "这个答案很诱人，因为SSRI立即改变了5-羟色胺水平。但缓解要等待缓慢的适应过"
                      "程，需要数周。")),
         Choice("same", Words("Both at the same time",
                              "两者同时出现"), False,
                Words("The two drugs work on very different time scales: hours for ketamine, "
                      "weeks for the SSRI. That contrast is what this scene shows.",
                      "两种药物的时间尺度截然不同：氯胺酮以小时计，SSRI以周计。这一对比正是本场"
                      "景所展示的。"))),
        Words("Ketamine's relief rises within hours of one infusion (Zarate 2006), while the "
              "SSRI's has not begun: the two drugs act on different time scales.",
              "一次输注后数小时内，氯胺酮的缓解作用就开始上升（Zarate 2006），而SSRI的缓解还没有"
              "开始：两种药物作用于不同的时间尺度。"),
        ()),
    Question(
        "two-timescales-waiting", "two-timescales", "autoreceptors-half", "choice",
        Words("Two weeks of daily SSRI tablets and still little relief. What is the slow step "
              "the SSRI is waiting for?",
              "每天服用SSRI已两周，缓解仍然很少。SSRI在等待的缓慢步骤是什么？"),
        (Choice("adapt", Words("Receptors adapting: the feedback autoreceptors desensitise",
                               "受体适应：反馈性自身受体脱敏"), True,
                Words("Right. The brake the autoreceptors put on serotonin cells wears off only "
                      "over weeks, with changes in gene expression.",
                      "正确。自身受体对5-羟色胺神经元的抑制要经过数周、伴随基因表达的改变才逐渐"
                      "减弱。")),
         Choice("level", Words("Serotonin slowly building up to a high enough level",
                               "5-羟色胺缓慢积累到足够高的水平"), False,
                Words("Tempting, since serotonin is the drug's target. But it was already up "
                      "within hours of the first tablet.",
                      "这个答案很诱人，因为5-羟色胺是药物的靶点。但服下第一片药后数小时内它就已"
                      "经升高了。")),
         Choice("absorb", Words("The tablets being absorbed",
                                "药片被吸收"), False,
                Words("Absorption takes hours, not weeks; the drug has long been in the blood.",
                      "吸收只需数小时而不是数周；药物早已进入血液。"))),
        Words("About two weeks in, the model's autoreceptors are half desensitised: the delay "
              "lies in receptors and genes adapting, not in the chemistry.",
              "大约两周时，模型中的自身受体已有一半脱敏：延迟在于受体和基因的适应，而不在于化学"
              "变化本身。"),
        ()),
    Question(
        "two-timescales-ssri-relief", "two-timescales", "ssri-relief", "after",
        Words("The patient keeps taking the SSRI every day. When does its relief finally arrive "
              "in the model?",
              "患者每天坚持服用SSRI。在模型中，它的缓解作用最终何时出现？"),
        (Choice("weeks", Words("After about three to four weeks",
                               "大约三到四周后"), True,
                Words("Right. Once the autoreceptors have adapted, relief arrives, weeks after "
                      "the first tablet.",
                      "正确。自身受体适应之后，缓解才出现，此时距第一片药已有数周。")),
         Choice("never", Words("Never: SSRIs do not work",
                               "永远不会：SSRI无效"), False,
                Words("Tempting after weeks of waiting, and not every patient responds. But "
                      "SSRIs do help many patients; they are slow, not useless.",
                      "等了数周之后这个答案很诱人，而且并非每位患者都有反应。但SSRI确实能帮助许"
                      "多患者；它们只是慢，而不是无用。")),
         Choice("day", Words("After the first day, like ketamine",
                             "第一天之后，像氯胺酮一样"), False,
                Words("That is ketamine's time scale, not the SSRI's: the SSRI needs weeks of "
                      "adaptation.",
                      "那是氯胺酮的时间尺度，而不是SSRI的：SSRI需要数周的适应。"))),
        Words("The SSRI's relief arrives about three and a half weeks in: weeks, not hours. "
              "Slow adaptation, not the serotonin level, sets the pace.",
              "SSRI的缓解作用在大约三周半时出现：以周计，而不是以小时计。决定节奏的是缓慢的适应"
              "，而不是5-羟色胺水平。"),
        ()),
)
