"""Memory over a long session (issue 8): a scripted lecturer drives the real window for
``--minutes`` (playback of every scene with looping, scrubbing, beats, scene switches,
scenario changes through the controls, compare mode and the experiment presets, theme,
text size, language and presenter switches, speaker notes) while the resident memory
(RSS) and the counts of top-level widgets and live main windows are sampled every
``--every`` seconds.

Budget: RSS stays under 300 MiB, and the least-squares slope of RSS over the second half
of the run is under 20 MiB/h. Why 20: the caches fill during the first minutes and are
bounded after that, so a healthy session is flat; the few MiB that allocator reuse moves
RSS up and down give a fitted slope of about +-10 MiB/h over a half-hour half, and 20 MiB/h
would still add less than 60 MiB over a three-hour teaching block. (A run of a few
minutes has a short second half: its slope is noisier, read it with that in mind.)

    python benchmarks/long_session.py                    # 60 minutes, offscreen
    python benchmarks/long_session.py --minutes 15 --seed 2
    DISPLAY=:1 python benchmarks/long_session.py --display   # in a real window on $DISPLAY

Not part of the test suite. Settings go to a temporary folder, never the user's own.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RSS_BUDGET_MIB = 300.0
SLOPE_BUDGET_MIB_PER_H = 20.0


def parse_arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="session length (60)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the scripted session (1)")
    parser.add_argument("--every", type=float, default=10.0, help="seconds between samples (10)")
    parser.add_argument("--display", action="store_true",
                        help="open a real window on $DISPLAY instead of offscreen")
    return parser.parse_args(argv)


# --- measuring ---------------------------------------------------------------------------------
def rss_mib() -> float:
    """Resident memory of this process in MiB (psutil when installed, else /proc)."""
    try:
        import psutil
    except ImportError:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        raise RuntimeError("no VmRSS in /proc/self/status: cannot measure memory here") from None
    return psutil.Process().memory_info().rss / 2**20


def cached_mib() -> float:
    """What the bounded caches hold now: pictures and companion runs, in MiB."""
    from app.scenes import companions
    from app.scenes.caches import picture_bytes
    return (picture_bytes() + companions.RUNS.bytes_held) / 2**20


def slope_mib_per_hour(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MiB) samples, in MiB per hour."""
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mean_t = sum(t for t, _ in samples) / n
    mean_m = sum(m for _, m in samples) / n
    spread = sum((t - mean_t) ** 2 for t, _ in samples)
    if spread == 0:
        return 0.0
    return sum((t - mean_t) * (m - mean_m) for t, m in samples) / spread * 3600.0


# --- the scripted lecturer -----------------------------------------------------------------------
class Session:
    """Drives whichever window is current (a language switch replaces it) with a seeded
    random mix of what a lecturer and students do, and samples memory as it goes."""

    def __init__(self, app, window, rng: random.Random, every_s: float):
        from PySide6.QtCore import QTimer
        self.app = app
        self.rng = rng
        self.window = None
        self.follow(window)
        self.started = time.perf_counter()
        self.samples = []  # (seconds, RSS MiB, top-level widgets, live main windows)
        self.actions_done = {}
        self.since_last_sample = []  # names of the actions since the last sample
        self.errors = []
        self._action_timer = QTimer()
        self._action_timer.setSingleShot(True)
        self._action_timer.timeout.connect(self.act)
        self._sample_timer = QTimer()
        self._sample_timer.setInterval(int(every_s * 1000))
        self._sample_timer.timeout.connect(self.sample)
        self.actions = {  # name: (weight, action)
            "scene": (3, self.switch_scene), "scrub": (3, self.scrub),
            "beat": (2, self.step_beats), "speed": (1, self.change_speed),
            "scenario": (3, self.change_scenario), "theme": (1, self.switch_theme),
            "text size": (0.5, self.change_text_size), "language": (0.5, self.switch_language),
            "presenter": (1, self.toggle_presenter), "notes": (0.5, self.toggle_notes),
            "compare": (1.5, self.compare),
        }

    def follow(self, window) -> None:
        """Drive ``window`` from now on, and its replacement after a language switch."""
        self.window = window
        window.replacedBy.connect(self.follow)

    def start(self) -> None:
        self.window.state.set_loop(True)
        self.window.state.set_playing(True)
        self.sample()
        self._sample_timer.start()
        self._action_timer.start(1000)

    def stop(self) -> None:
        self._action_timer.stop()
        self._sample_timer.stop()
        self.sample()

    def sample(self) -> None:
        from PySide6.QtWidgets import QApplication

        from app.ui.window import MainWindow
        gc.collect()
        windows = sum(1 for item in gc.get_objects() if isinstance(item, MainWindow))
        self.samples.append((time.perf_counter() - self.started, rss_mib(),
                             len(QApplication.topLevelWidgets()), windows))
        seconds, rss, widgets, windows = self.samples[-1]
        print(f"{seconds / 60:7.2f} min  RSS {rss:7.1f} MiB  top-level widgets {widgets:4d}"
              f"  main windows {windows}  caches {cached_mib():5.1f} MiB"
              f"  after: {', '.join(self.since_last_sample) or '-'}", flush=True)
        self.since_last_sample = []

    def act(self) -> None:
        names = list(self.actions)
        name = self.rng.choices(names, [self.actions[n][0] for n in names])[0]
        try:
            self.actions[name][1]()
        except Exception:  # reported at the end: the run fails, the session goes on
            self.errors.append(f"{name}: {traceback.format_exc()}")
        self.actions_done[name] = self.actions_done.get(name, 0) + 1
        self.since_last_sample.append(name)
        state = self.window.state
        if not state.playing and not self.window.playback.gliding:
            state.set_loop(True)
            state.set_playing(True)
        self._action_timer.start(int(self.rng.uniform(1.5, 5.0) * 1000))

    # --- what the lecturer does ---------------------------------------------------------------
    def switch_scene(self) -> None:
        self.window.state.set_scene(self.rng.choice(self.window.state.scene_ids))

    def scrub(self) -> None:
        """Drag the time back and forth for about a second, as a mouse on the timeline."""
        from PySide6.QtCore import QTimer

        state = self.window.state
        state.set_playing(False)
        timeline = state.timeline
        if timeline is None:
            return
        start, end = self.rng.random(), self.rng.random()
        for k in range(30):
            position = start + (end - start) * k / 29
            QTimer.singleShot(35 * k, lambda p=position, s=state: s.set_time(timeline.time_at(p))
                              if s is self.window.state else None)

    def step_beats(self) -> None:
        for _ in range(self.rng.randint(1, 4)):
            navigation = self.window.navigation
            (navigation.next_beat if self.rng.random() < 0.7 else navigation.previous_beat)()

    def change_speed(self) -> None:
        from app.ui.state import SPEEDS
        self.window.state.set_speed(self.rng.choice(SPEEDS))

    def change_scenario(self) -> None:
        """Through the controls panel, as a student would: a preset, the drug, the dose or
        a blocker (each re-simulates in the worker thread)."""
        controls = self.window.controls
        choice = self.rng.random()
        if choice < 0.2:
            index = self.rng.randrange(1, controls.preset.count())
            controls.preset.setCurrentIndex(index)
            controls.preset.activated.emit(index)
        elif choice < 0.4:
            controls.drug.setCurrentIndex(self.rng.randrange(controls.drug.count()))
        elif choice < 0.75:
            low, high = controls.dose.minimum(), min(controls.dose.maximum(), 200.0)
            controls.dose.setValue(round(self.rng.uniform(low, high), 1))
        else:
            box = self.rng.choice(list(controls.blockers.values()))
            box.setChecked(not box.isChecked())

    def compare(self) -> None:
        """Compare mode (each B simulated in its own worker): on or off, an experiment
        preset from the menu, or B's dose changed."""
        from app.story.comparison import Comparison
        from app.story.experiments import EXPERIMENTS
        window, choice = self.window, self.rng.random()
        if choice < 0.4:
            window.compare.toggle()
        elif choice < 0.7:
            window.apply_experiment(self.rng.choice(list(EXPERIMENTS.values())))
        elif window.state.comparison is not None:
            b = window.state.comparison.b
            dose = round(self.rng.uniform(5.0, 200.0), 1)
            window.undo.change_comparison(Comparison(b.with_changes(dose_mg=dose)))

    def switch_theme(self) -> None:
        self.window.preferences.toggle_theme()

    def change_text_size(self) -> None:
        self.window.preferences.zoom_text(self.rng.choice((1, -1, 0)))

    def switch_language(self) -> None:
        other = "zh_CN" if self.window.current_language() == "en" else "en"
        self.window.switch_language(other)

    def toggle_presenter(self) -> None:
        self.window.presenter.toggle()

    def toggle_notes(self) -> None:
        notes = self.window.presenter.notes_window
        if notes is not None and notes.isVisible():
            notes.close()
        else:
            self.window.presenter.show_notes()


# --- the run -----------------------------------------------------------------------------------
def open_window(display: bool):
    """A QApplication with its settings in a temporary folder, and a shown main window."""
    if not display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.startup import return_large_blocks_to_the_system
    return_large_blocks_to_the_system()  # as main.py does
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.ui.startup import return_freed_pages_regularly
    return_freed_pages_regularly(app)  # as main.py does
    app.setOrganizationName("ketamine-cascade-benchmark")
    app.setApplicationName("Ketamine Cascade long session")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="long-session-settings-"))
    from app.ui.startup import prepare_language
    from app.ui.window import MainWindow
    prepare_language(app, "en")
    window = MainWindow()
    window.show()
    return app, window


def report(session: Session, minutes: float) -> bool:
    """The curve, the maximum, the second half's slope and the verdict; True if it passed."""
    samples = session.samples
    peak = max(rss for _, rss, _, _ in samples)
    half = [(t, rss) for t, rss, _, _ in samples if t >= samples[-1][0] / 2]
    slope = slope_mib_per_hour(half)
    widgets = [w for _, _, w, _ in samples]
    windows = max(n for _, _, _, n in samples)
    print()
    print(f"session {minutes:g} min, {sum(session.actions_done.values())} actions: "
          + ", ".join(f"{name} {count}" for name, count in sorted(session.actions_done.items())))
    print(f"RSS start {samples[0][1]:.1f} MiB, end {samples[-1][1]:.1f} MiB, "
          f"max {peak:.1f} MiB (budget {RSS_BUDGET_MIB:.0f} MiB)")
    print(f"second-half slope {slope:+.1f} MiB/h over {len(half)} samples "
          f"(budget {SLOPE_BUDGET_MIB_PER_H:.0f} MiB/h)")
    print(f"top-level widgets start {widgets[0]}, min {min(widgets)}, max {max(widgets)}, "
          f"end {widgets[-1]}; most main windows alive at once {windows}")
    for error in session.errors:
        print("ERROR in", error, file=sys.stderr)
    passed = (peak < RSS_BUDGET_MIB and slope < SLOPE_BUDGET_MIB_PER_H and windows <= 1
              and not session.errors)
    print("PASS" if passed else "FAIL")
    return passed


def main(argv=None) -> int:
    args = parse_arguments(argv)
    app, window = open_window(args.display)
    from PySide6.QtCore import QTimer
    session = Session(app, window, random.Random(args.seed), args.every)
    del window  # the session follows the window in use; nothing else may keep an old one

    def finish():
        session.stop()
        current = session.window
        current.presenter.leave()
        current.finish_background_work()
        app.quit()

    QTimer.singleShot(1500, session.start)
    QTimer.singleShot(int(args.minutes * 60_000) + 1500, finish)
    app.exec()
    return 0 if report(session, args.minutes) else 1


if __name__ == "__main__":
    sys.exit(main())
