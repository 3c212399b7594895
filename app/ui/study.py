"""Study mode: predict, observe, explain, for a student alone with the app.

The scenes in order; before each question's beat the picture stops just before it and the
panel asks the question; the student answers; the scene plays to the beat; the feedback on
their answer and the explanation appear; Next goes on. Every answer and where the student
stopped are kept at once (``app.ui.study_store``), so quitting at any moment and starting
the app again resumes at the same question with the same score. Study mode is not presenter
mode: it never shows while presenting (entering presenter mode leaves it).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.error_text import localized
from app.i18n import current_language, translated
from app.scenes import SCENES
from app.story.question_bank import QUESTIONS
from app.story.questions import Question
from app.story.study_progress import StudyProgress, idea
from app.ui.study_panel import StudyPanel
from app.ui.study_store import StudyStore

#: How far before its beat a question stops the picture, as a share of the scene's scale:
#: near enough that the beat is what comes next, far enough to watch it come.
BEFORE_BEAT = 0.04


class StudyMode(QObject):
    """Runs study mode in ``window`` (its state, navigation, playback, presenter, docks and
    problem reporting) on ``panel``, over ``questions``, keeping progress in ``store``."""

    activeChanged = Signal(bool)

    def __init__(self, window, panel: StudyPanel,
                 questions: tuple[Question, ...] = QUESTIONS, store: StudyStore | None = None):
        super().__init__(window)
        self.window, self.panel, self.questions = window, panel, questions
        self.state, self.navigation = window.state, window.navigation
        self.store = store or StudyStore(questions)
        self.progress = StudyProgress()
        self.active = False
        self.index = 0
        self.phase = "start"  # start, posing, question, watching, feedback, summary
        self._beat_t: float | None = None
        self._hidden_docks: list = []
        self._revisit: list[Question] = []
        self._write_failed = False
        panel.hide()
        panel.answered.connect(self.answer)
        panel.nextRequested.connect(self.next)
        panel.resumeRequested.connect(self.resume)
        panel.startRequested.connect(self.start)
        panel.resetRequested.connect(self.reset)
        panel.quitRequested.connect(self.leave)
        panel.revisitRequested.connect(self._go_to_idea)
        self.state.timeChanged.connect(self._on_time)

    # --- entering and leaving -------------------------------------------------------------------
    def toggle(self) -> None:
        """F6, View > Study, the toolbar: study, or stop studying."""
        self.leave() if self.active else self.enter()
        self.activeChanged.emit(self.active)  # a refused entry unchecks the action again

    def enter(self) -> None:
        """Show the panel (never while presenting) at its start page; the docks make room
        and come back on leaving."""
        if self.active or self.window.presenter.active:
            return
        self.active = True
        self.window.tour.skip()  # its steps point at the docks study mode hides
        self.progress = self.store.load()
        self._hidden_docks = [dock for dock in self.window.docks() if not dock.isHidden()]
        for dock in self._hidden_docks:
            dock.hide()
        self.panel.show()
        self._show_start()
        self.panel.focus_first()
        self.activeChanged.emit(True)

    def leave(self) -> None:
        """Quit study mode at any moment; the answers given so far are already kept."""
        if not self.active:
            return
        self.active = False
        self.phase = "start"
        self.window.playback.finish_glide()
        self.panel.hide()
        for dock in self._hidden_docks:
            dock.show()
        self._hidden_docks = []
        self.activeChanged.emit(False)

    # --- the start page -----------------------------------------------------------------------
    def _show_start(self) -> None:
        self.phase = "start"
        text = self.tr("Before each key moment the picture stops and a question asks what you "
                       "predict. Answer, watch the scene play on, then read why. Your answers "
                       "are kept: quit at any time and resume later.")
        self.panel.show_start(self.tr("Study: predict, observe, explain"), text,
                              self._where_stopped() if self.progress.started else None)

    def _where_stopped(self) -> str:
        right, answered = self.progress.score(self.questions)
        index = self.progress.resume_index(self.questions)
        if index >= len(self.questions):
            return self.tr("You have answered every question: {right} of {n} right.").format(
                right=right, n=len(self.questions))
        return self.tr("Question {k} of {n} ({scene}); {right} of {answered} right so far."
                       ).format(k=index + 1, n=len(self.questions),
                                scene=self._scene_name(self.questions[index].scene),
                                right=right, answered=answered)

    def start(self) -> None:
        """From the first question."""
        self._ask(0)

    def resume(self) -> None:
        """Where the student stopped: the question they were on, or the summary."""
        index = self.progress.resume_index(self.questions)
        self._summary() if index >= len(self.questions) else self._ask(index)

    def reset(self) -> None:
        """Forget every answer, after asking; then the start page again."""
        if self.progress.started and not self.ask_reset():
            return
        self.progress = StudyProgress()
        self._save()
        self._show_start()
        self.panel.focus_first()

    def ask_reset(self) -> bool:
        """Whether the student really wants to forget their answers (a question box)."""
        answer = QMessageBox.question(
            self.window, self.tr("Reset study progress"),
            self.tr("Forget all your answers and start study mode from the beginning?"))
        return answer == QMessageBox.StandardButton.Yes

    # --- a question --------------------------------------------------------------------------
    @property
    def question(self) -> Question:
        """The question being asked (or last asked)."""
        return self.questions[self.index]

    def _ask(self, index: int) -> None:
        while index < len(self.questions) and \
                self.questions[index].scene not in self.state.scene_ids:
            index += 1  # a lesson that leaves the scene out: its questions too
        if index >= len(self.questions):
            self._finish()
            return
        self.index, self.phase = index, "posing"
        self.progress.current = self.question.id
        self._save()
        self.navigation.show_scene_then(self.question.scene, self._pose)

    def _pose(self, timeline) -> None:
        """The picture stopped just before the beat, the question on the panel."""
        if not self.active or self.phase != "posing":
            return
        beat = timeline.beat_named(self.question.beat)
        self._beat_t = beat.t if beat is not None else None
        before = (timeline.time_at(max(0.0, timeline.position(beat.t) - BEFORE_BEAT))
                  if beat is not None else timeline.t0)
        self.state.set_time(before)
        self.phase = "question"
        lang = current_language()
        self.panel.show_question(self._heading(), self.question.prompt.in_language(lang),
                                 self._choice_texts())

    def _heading(self) -> str:
        right, answered = self.progress.score(self.questions)
        where = self.tr("{scene} · question {k} of {n}").format(
            scene=self._scene_name(self.question.scene), k=self.index + 1, n=len(self.questions))
        if not answered:
            return where
        return where + " · " + self.tr("{right} of {answered} right").format(
            right=right, answered=answered)

    def _choice_texts(self) -> list[str]:
        lang = current_language()
        return [choice.text.in_language(lang) for choice in self.question.choices]

    def answer(self, index: int) -> None:
        """The student chose ``index``: kept, marked, then the scene plays to the beat."""
        if self.phase != "question" or not 0 <= index < len(self.question.choices):
            return
        self.progress.record(self.question, self.question.choices[index].key)
        self._save()
        self.panel.show_chosen(index, self._choice_texts())
        self.phase = "watching"
        if self._beat_t is None or self._beat_t <= self.state.t:
            self._reveal()
        else:
            self.window.playback.glide_to(self._beat_t)

    def _on_time(self, _t: float) -> None:
        if self.phase == "watching" and not self.window.playback.gliding:
            self._reveal()  # the glide has arrived (or the student jumped there)

    def _reveal(self) -> None:
        self.phase = "feedback"
        lang = current_language()
        question = self.question
        chosen = question.choice(self.progress.answers[question.id])
        explanation = question.explanation.in_language(lang)
        if self._beat_t is None:
            explanation += "\n" + self.tr("(This run has no such moment: the scenario differs "
                                          "from the default one. Edit > Reset All brings it "
                                          "back.)")
        self.panel.mark_choices(question.choices.index(chosen),
                                question.choices.index(question.answer), self._choice_texts())
        self.panel.show_feedback(
            chosen.correct, chosen.feedback.in_language(lang),
            None if chosen.correct else question.answer.text.in_language(lang),
            explanation, last=self.index + 1 >= len(self.questions))

    def next(self) -> None:
        """After the explanation: the next question, or the summary after the last."""
        if self.phase == "feedback":
            self._ask(self.index + 1)

    # --- the summary ------------------------------------------------------------------------
    def _finish(self) -> None:
        self.progress.finished = True
        self._save()
        self._summary()

    def _summary(self) -> None:
        self.phase = "summary"
        lang = current_language()
        scores = [self.tr("{scene}: {right} of {n} right").format(
                      scene=self._scene_name(scene), right=right, n=asked)
                  for scene, (right, _answered, asked)
                  in self.progress.scores_by_scene(self.questions).items()]
        self._revisit = self.progress.to_revisit(self.questions)
        ideas = [self.tr("{scene}: {idea}").format(
                     scene=self._scene_name(q.scene),
                     idea=idea(q, lang))
                 for q in self._revisit]
        right, _answered = self.progress.score(self.questions)
        self.panel.show_summary(self.tr("Your summary: {right} of {n} right").format(
            right=right, n=len(self.questions)), scores, ideas)

    def _go_to_idea(self, index: int) -> None:
        question = self._revisit[index]
        if question.scene in self.state.scene_ids:
            self.navigation.show_scene_then(
                question.scene, lambda timeline: self._to_beat(timeline, question.beat))

    def _to_beat(self, timeline, beat_key: str) -> None:
        beat = timeline.beat_named(beat_key)
        self.state.set_time(beat.t if beat is not None else timeline.t0)

    # --- helpers ---------------------------------------------------------------------------
    def _scene_name(self, scene_id: str) -> str:
        number = (self.state.step(scene_id) if scene_id in self.state.scene_ids
                  else SCENES[scene_id].number)
        return f"{number}. {translated(SCENES[scene_id].title)}"

    def _save(self) -> None:
        """Keep the progress now; a folder that cannot be written is said once, and study
        mode goes on (the answers of this session stay in memory)."""
        try:
            self.store.save(self.progress)
        except OSError as error:  # FileWriteError among them: a folder we may not write
            if not self._write_failed:
                self._write_failed = True
                self.window.report_problem(localized(error, current_language()))
