"""The built-in study questions, in teaching order (at least two per scene), written from
the science digest (``docs/science.md``) and, where a question touches a contested link,
from the evidence records."""
from __future__ import annotations

from app.story.questions import Choice, Question, Words

QUESTIONS: tuple[Question, ...] = (
    Question(
        "glutamate-after-block", "glutamate-burst", "peak", "direction",
        Words("Ketamine blocks NMDA receptors, which are glutamate receptors. What happens "
              "to glutamate in the synaptic cleft over the next half hour?",
              "氯胺酮阻断NMDA受体，而NMDA受体是谷氨酸受体。接下来半小时内，突触间隙中的谷氨酸会怎样变化？"),
        (Choice("up", Words("It rises: a burst", "升高：出现一次激增"), True,
                Words("Right. The block silences the GABA interneurons first; their brake on "
                      "the pyramidal cells lifts and the pyramidal cells release more "
                      "glutamate.",
                      "正确。阻断首先使GABA中间神经元沉默，它们对锥体细胞的抑制被解除，锥体细胞释放更多谷氨酸。")),
         Choice("down", Words("It falls", "下降"), False,
                Words("Tempting: a blocked glutamate receptor sounds like less glutamate "
                      "signalling. But the block lands first on the interneurons that hold "
                      "the pyramidal cells back, so release goes up, not down.",
                      "这个答案很诱人：受体被阻断听起来像是谷氨酸信号减弱。但阻断首先落在抑制锥体细胞的中间神经元上，所以释放增加而不是减少。")),
         Choice("same", Words("It stays the same", "保持不变"), False,
                Words("The NMDA block does change the circuit: silencing the interneurons "
                      "lifts the brake on the pyramidal cells, and glutamate rises.",
                      "NMDA阻断确实改变了环路：中间神经元沉默后，对锥体细胞的抑制被解除，谷氨酸随之升高。"))),
        Words("At the peak the cleft holds several times its resting glutamate: the "
              "disinhibited pyramidal cells fire more (Moghaddam 1997).",
              "在峰值时，突触间隙中的谷氨酸是静息水平的数倍："
              "去抑制的锥体细胞放电增加（Moghaddam 1997）。"),
        ("pyramidal_activity>glutamate",)),
    Question(
        "relief-after-drug-gone", "hit-and-run", "relief-peak", "after",
        Words("By the end of the first day the drug has left the body. What does the relief "
              "do next?",
              "到第一天结束时，药物已经离开身体。接下来症状缓解会怎样？"),
        (Choice("up", Words("It keeps growing for a while", "还会继续增强一段时间"), True,
                Words("Right: the new spines the drug set growing keep carrying the effect "
                      "for days (the hit and run).",
                      "正确：药物启动生长的新树突棘在之后数天内继续维持疗效（“打了就跑”）。")),
         Choice("down", Words("It ends with the drug", "随药物消失而结束"), False,
                Words("Tempting, since most drugs act only while they are in the body. Here "
                      "the drug only starts the rebuilding; the spines outlast it.",
                      "这个答案很诱人，因为大多数药物只在体内时起作用。但这里药物只是启动了重建，树突棘比药物存在得更久。"))),
        Words("Relief peaks about a day after the dose, when the drug is long gone: it rests "
              "on the spines, not on the drug.",
              "症状缓解在给药约一天后达到峰值，此时药物早已消失：疗效依靠的是树突棘，而不是药物本身。"),
        ("spine_density>antidepressant_effect",)),
)
