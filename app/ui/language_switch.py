"""Switching the window's language live: the window is rebuilt in the new language."""
from __future__ import annotations

from app.i18n import current_language, install_language


def rebuild_in_language(window, lang: str, lesson=None, lesson_path=None) -> None:
    """Show the app in ``lang`` now, without a restart, and remember the choice: a new
    window of ``window``'s class takes over its scenario, scene, time, theme, lesson
    (``lesson`` from ``lesson_path`` when one is being opened) and layout; the old one
    announces its replacement and closes."""
    if lang == current_language():
        return
    window.settings.setValue("language", lang)
    install_language(lang)
    studying = window.study.active
    window.study.leave()  # the docks it hid come back before the layout is taken over
    state = window.state
    replacement = type(window)(state.scenario, state.scene_id, state.t)
    replacement.state.set_comparison(state.comparison)  # compare mode and B stay
    if state.trajectory_b is not None:  # B's run too, so the picture is there at once
        replacement.state.set_trajectory_b(state.trajectory_b, state.scene_data_b)
    replacement.lessons.take_over(window.lessons, lesson, lesson_path)
    if lesson is None:  # a lesson being opened brings its own scenario, not this history
        replacement.undo.take_over(window.undo)
    replacement.state.set_scene_order(list(replacement.lessons.lesson.scenes))
    replacement.state.set_theme(state.theme)
    replacement.restoreGeometry(window.saveGeometry())
    replacement.restoreState(window.saveState())
    replacement.show()
    replacement.experiment_card.take_over(window.experiment_card)
    if studying:  # on at the question the student was on (kept in the progress file)
        replacement.study.enter()
        replacement.study.resume()
    window.replacedBy.emit(replacement)
    window.close()
    window.deleteLater()
