"""Study questions on the dose window (scene 9): how the surge, the relief and the side
effects follow the dose, in teaching order."""
from __future__ import annotations

from app.story.questions import Choice, Question, Words

QUESTIONS: tuple[Question, ...] = (
    Question(
        "dose-surge-shape", "dose-window", "surge-peak", "direction",
        Words("The dose goes up from 0.05 to 10 mg/kg, far into anaesthesia. What does the "
              "glutamate surge do?",
              "剂量从0.05 mg/kg一直加到10 mg/kg，远超麻醉剂量。谷氨酸激增会怎样变化？"),
        (Choice("u", Words("It grows, then shrinks again: an inverted U",
                           "先增大后减小：呈倒U形"), True,
                Words("Right. Low doses block the interneurons' NMDA receptors and free the "
                      "pyramidal cells; high doses block the pyramidal cells' own receptors "
                      "too, and they cannot fire the burst.",
                      "正确。低剂量阻断中间神经元的NMDA受体，解除对锥体细胞的抑制；高剂量连锥体细胞"
                      "自身的受体也一并阻断，它们便无法产生这次放电爆发。")),
         Choice("up", Words("It keeps growing with the dose",
                            "随剂量不断增大"), False,
                Words("Tempting: more drug, more effect. But the surge needs pyramidal cells "
                      "that can fire; at anaesthetic doses their own NMDA receptors are "
                      "blocked as well.",
                      "这个答案很诱人：药越多，作用越强。但激增需要锥体细胞能够放电；在麻醉剂量下，"
                      "它们自身的NMDA受体也被阻断了。")),
         Choice("down", Words("It shrinks with every dose step",
                              "随剂量增加而一路减小"), False,
                Words("Tempting if ketamine is read as a plain glutamate blocker. At low doses "
                      "the block lands first on the interneurons, so glutamate rises.",
                      "如果把氯胺酮简单看作谷氨酸阻断剂，这个答案就很诱人。但在低剂量下，阻断首先"
                      "落在中间神经元上，所以谷氨酸升高。"))),
        Words("The surge is an inverted U: small at the lowest doses, largest at sub-anaesthetic "
              "ones, smaller again at anaesthetic ones, as in rats (Moghaddam 1997). In the "
              "model its top lies somewhat above the clinical 0.5 mg/kg.",
              "激增呈倒U形：最低剂量时很小，亚麻醉剂量时最大，麻醉剂量时又变小，与大鼠实验一致"
              "（Moghaddam 1997）。在模型中，其最高点略高于临床常用的0.5 mg/kg。"),
        ("pyramidal_activity>glutamate",)),
    Question(
        "dose-relief-window", "dose-window", "day-after", "choice",
        Words("Which doses give the most relief the day after?",
              "哪些剂量在次日带来的缓解最多？"),
        (Choice("middle", Words("A middle window of doses", "中间的一段剂量窗口"), True,
                Words("Right. Relief rests on the surge, so it follows the surge's inverted U: "
                      "the clinical 0.5 mg/kg lies inside the window.",
                      "正确。缓解依赖于激增，因此也随激增呈倒U形：临床常用的0.5 mg/kg正处于这一"
                      "窗口之内。")),
         Choice("highest", Words("The highest doses", "最高的剂量"), False,
                Words("Tempting: more drug, more block. But the relief does not come from the "
                      "block itself; it comes from the surge, which shrinks at anaesthetic "
                      "doses.",
                      "这个答案很诱人：药越多，阻断越强。但缓解并非来自阻断本身，而是来自激增，"
                      "而激增在麻醉剂量下会变小。")),
         Choice("lowest", Words("The lowest doses", "最低的剂量"), False,
                Words("The lowest doses barely block the interneurons: the surge, and the "
                      "rebuilding it starts, stay small.",
                      "最低剂量几乎阻断不了中间神经元：激增以及由它启动的重建都很微弱。"))),
        Words("The shaded antidepressant window is where the relief the day after reaches half "
              "its best; it is the model's, a teaching picture of why dose matters, not a "
              "clinical range. That relief rests on the new spines is itself contested "
              "(Moda-Sava 2019).",
              "阴影所示的抗抑郁窗口，是次日缓解达到其最佳值一半的剂量范围；这是模型给出的窗口，"
              "用来说明剂量为何重要，而不是临床用药范围。缓解是否依赖新生树突棘本身仍有争议"
              "（Moda-Sava 2019）。"),
        ("spine_density>antidepressant_effect",)),
    Question(
        "dose-side-effects", "dose-window", "day-after", "direction",
        Words("And the side effects, dissociation and the rise in blood pressure: how do they "
              "follow the dose?",
              "那么副作用，即分离症状和血压升高，又如何随剂量变化？"),
        (Choice("up", Words("They only grow with the dose", "只随剂量增大"), True,
                Words("Right. They follow the drug's block directly, so every step up in dose "
                      "brings more of them.",
                      "正确。它们直接随药物的阻断作用变化，所以剂量每增加一步，副作用就更多一些。")),
         Choice("u", Words("An inverted U, like the surge", "与激增一样呈倒U形"), False,
                Words("Tempting by analogy with the surge. But the side effects do not need the "
                      "pyramidal cells to fire; they come with the block itself.",
                      "与激增类比，这个答案很诱人。但副作用并不需要锥体细胞放电，它们随阻断本身而来。")),
         Choice("same", Words("They stay the same at any dose", "任何剂量下都一样"), False,
                Words("The block grows with the dose, and with it dissociation and the blood "
                      "pressure rise.",
                      "阻断随剂量增强，分离症状和血压升高也随之增加。"))),
        Words("Above the window more drug brings only more side effects and less relief: the "
              "reason the clinical dose sits low.",
              "超出窗口后，更多的药物只会带来更多副作用和更少的缓解：这正是临床剂量定得较低的原因。"),
        ()),
)
