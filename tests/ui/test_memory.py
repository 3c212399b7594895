"""Memory over a long session: a rebuilt window is released, plot rebuilds free their items,
rounds of theme, text-size and presenter switches leave nothing behind, the picture caches
keep to their stated bounds in bytes, and freed memory goes back to the system."""
import gc
import platform
import sys
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from app.i18n import install_language
from app.scenes import companions
from app.scenes.caches import PICTURE_BYTES, picture_bytes
from app.ui.light_plot import LightPlot
from app.ui.startup import (
    FREED_PAGES_EVERY_MS,
    return_freed_pages_regularly,
    return_large_blocks_to_the_system,
)
from app.ui.state import AppState
from app.ui.window import MainWindow


def settle() -> None:
    """Run what a returning event loop would: deferred deletions, then a full collection."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def live(kind) -> list:
    return [item for item in gc.get_objects() if isinstance(item, kind)]


def opened_window(qtbot) -> MainWindow:
    """A window from a first start, shown and painted (no test keeps a reference to it)."""
    QSettings().clear()
    window = MainWindow()
    window.show()
    qtbot.waitUntil(lambda: window.first_frame_done, timeout=10000)
    return window


def close(window) -> None:
    install_language("en")
    window.presenter.leave()
    window.state.set_playing(False)
    window.runner.wait()
    window.close()


def switch_languages(window, times: int, presenting: bool = False):
    """Switch the language ``times`` times, following the window as the app does; returns
    weak references to every window made and the window in use at the end."""
    made = [weakref.ref(window)]
    current = {"window": window}

    def follow(replacement):
        current["window"] = replacement
        made.append(weakref.ref(replacement))
        replacement.replacedBy.connect(follow)

    window.replacedBy.connect(follow)
    del window
    for number in range(times):
        in_use = current["window"]
        if presenting:
            in_use.presenter.toggle()
            in_use.presenter.show_notes()
        in_use.state.set_playing(True)
        in_use.switch_language("zh_CN" if number % 2 == 0 else "en")
        del in_use
        settle()
    return made, current.pop("window")


def top_level_now() -> list:
    """Weak references to the top-level widgets now (a strong one would keep a menu alive)."""
    return [weakref.ref(widget) for widget in QApplication.topLevelWidgets()]


def still_there(before: list) -> set:
    return {shiboken6.getCppPointer(widget)[0] for widget in (ref() for ref in before)
            if widget is not None and shiboken6.isValid(widget)}


def top_level_widgets_since(before: list) -> int:
    """Top-level widgets now that were not in ``before`` (earlier tests leave some behind,
    which may be freed at any time)."""
    known = still_there(before)
    return sum(1 for widget in QApplication.topLevelWidgets()
               if shiboken6.getCppPointer(widget)[0] not in known)


def test_language_switches_leave_one_window_and_no_stray_top_level_widgets(qtbot):
    settle()
    before = top_level_now()
    opened = [opened_window(qtbot)]  # handed on below, so the test itself keeps no reference
    settle()
    top_level_of_the_window = top_level_widgets_since(before)
    states_at_start = len(live(AppState))
    made, last = switch_languages(opened.pop(), 6)
    try:
        assert [ref() is not None for ref in made] == [False] * 6 + [True]
        assert top_level_widgets_since(before) == top_level_of_the_window
        assert len(live(AppState)) <= states_at_start
    finally:
        close(last)


def test_a_window_switched_while_presenting_with_notes_is_released(qtbot):
    made, last = switch_languages(opened_window(qtbot), 3, presenting=True)
    try:
        assert [ref() is not None for ref in made] == [False, False, False, True]
    finally:
        close(last)


def test_plot_rebuilds_on_scene_and_theme_changes_free_the_old_plots(window):
    window.state.set_scene("overview")
    settle()
    before = top_level_now()
    plots_before = weakref.WeakSet(live(LightPlot))
    for _ in range(3):
        for scene_id in window.state.scene_ids:
            window.state.set_scene(scene_id)
        for theme in ("projector", "high-contrast", "dark"):
            window.state.set_theme(theme)
    window.state.set_scene("overview")
    settle()
    gone = len(before) - len(still_there(before))
    assert top_level_widgets_since(before) <= gone  # rebuilt plots leave no window behind
    made_since = [plot for plot in live(LightPlot) if plot not in plots_before]
    assert len(made_since) == len(window.plots._plots)
    assert all(plot in made_since for plot in window.plots._plots)


def test_beats_remembered_for_the_timeline_hold_no_old_run(window, qtbot):
    from app.model import Scenario
    runs = [weakref.ref(window.state.trajectory)]
    window.state.trajectoryChanged.connect(lambda run: runs.append(weakref.ref(run)))
    for dose in (30.0, 45.0, 60.0):
        window.state.set_scenario(Scenario(dose_mg=dose))
        qtbot.waitUntil(lambda d=dose: window.state.trajectory.scenario.dose_mg == d,
                        timeout=10000)
        for scene_id in window.state.scene_ids:
            window.state.set_scene(scene_id)
            # the timeline waits for the scene's data (prepared in the worker)
            qtbot.waitUntil(lambda: window.state.timeline is not None, timeout=30000)
            assert window.state.timeline.beats  # found, and kept for this scene and run
    gc.collect()
    alive = [ref() for ref in runs if ref() is not None]
    assert alive == [window.state.trajectory]


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="glibc's mallopt only")
def test_the_c_library_takes_the_setting_that_returns_large_blocks():
    assert return_large_blocks_to_the_system()


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="glibc's malloc_trim only")
def test_freed_heap_pages_go_back_to_the_system_every_minute(qapp):
    timer = return_freed_pages_regularly(qapp)
    try:
        assert timer.isActive() and timer.interval() == FREED_PAGES_EVERY_MS
        import linecache
        linecache.getlines(__file__)  # as PySide6's scan of every imported module does
        timer.timeout.emit()  # the trim itself runs without harm
        assert __file__ not in linecache.cache  # the source lines kept for nothing are gone
    finally:
        timer.stop()
        timer.deleteLater()


def objects_that_could_pile_up() -> dict:
    """Live objects of the app's, Qt's and pyqtgraph's classes, counted by class."""
    settle()
    counts: dict = {}
    for item in gc.get_objects():
        kind = type(item)
        if isinstance(item, type) or not isinstance(kind.__module__, str):
            continue  # classes themselves are made once
        if kind.__module__.split(".")[0] in ("app", "PySide6", "pyqtgraph"):
            counts[kind.__qualname__] = counts.get(kind.__qualname__, 0) + 1
    return counts


def a_lecturers_round(window) -> None:
    """Every theme, larger text and presenter mode with notes, each shown, on a scene of
    each kind (chain, comparison with companion runs, chart); the window ends as it began."""
    from app.story.catalogue import THEME_NAMES
    first_theme = window.state.theme

    def shown(change):
        change()
        window.canvas.grab()

    for scene_id in ("overview", "hit-and-run", "two-timescales"):
        window.state.set_scene(scene_id)
        for theme in (*THEME_NAMES, first_theme):
            shown(lambda t=theme: window.state.set_theme(t))
        shown(lambda: window.preferences.zoom_text(1))
        shown(lambda: window.preferences.zoom_text(0))
        shown(window.presenter.toggle)
        shown(window.presenter.show_notes)
        shown(window.presenter.toggle)
    window.presenter.notes_window.close()


def test_rounds_of_theme_text_size_and_presenter_switches_leave_nothing_behind(window, qtbot):
    from app.scenes import SCENES
    window.state.set_playing(False)
    # the worker delivers the other scenes' data after the first frame: wait for it, so
    # what the rounds build (a comparison scene's plots) is the same in every round
    qtbot.waitUntil(lambda: window.state.scene_data is not None
                    and len(window.state.scene_data.scenes) == len(SCENES), timeout=20000)
    def settled_count():
        window.runner.wait()  # no simulation in flight,
        qtbot.wait(300)       # and throttled plot and panel updates delivered
        return objects_that_could_pile_up()

    for _ in range(2):  # the first rounds fill the caches with what they draw
        a_lecturers_round(window)
    after_two = settled_count()
    for _ in range(3):
        a_lecturers_round(window)
    after_five = settled_count()
    grown = {name: (after_two.get(name, 0), count) for name, count in after_five.items()
             if count > after_two.get(name, 0)}
    assert grown == {}
    assert picture_bytes() <= PICTURE_BYTES


def test_quick_scenario_changes_keep_no_run_but_the_one_on_show(window, qtbot):
    """A student clicking through the drugs faster than the runs finish: dropped and
    finished runs are let go (PySide kept each QRunnable's Python side, with its run, alive:
    30 drug switches grew the window by 50 MiB)."""
    from app.model import Trajectory
    before = weakref.WeakSet(live(Trajectory))  # other tests' runs, and the one on show
    drug = window.controls.drug
    for index in range(3 * drug.count()):
        drug.setCurrentIndex(index % drug.count())
        qtbot.wait(20)  # faster than a run: requests queue and are dropped
    qtbot.waitUntil(lambda: not window.runner.busy and window.state.trajectory is not None
                    and window.state.trajectory.scenario == window.state.scenario,
                    timeout=30000)
    window.runner.wait()
    settle()
    companions_kept = [run for run, _ in companions.RUNS._items.values()]  # bounded, thinned
    new_runs = [run for run in live(Trajectory) if run not in before
                and not any(run is kept for kept in companions_kept)]
    assert new_runs == [window.state.trajectory]
