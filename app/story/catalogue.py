"""The catalogue: every fact about what the app offers, written once.

The scenes in teaching order (id, number, title and subtitle, time window, time scale and
the observables the plots panel shows), the languages, the theme names and the defaults of
an export. No Qt: the command line, lessons and the model-side code read it without
loading PySide6; the scene classes in ``app.scenes`` take their entries from here.

Titles, subtitles and theme labels are marked with :func:`QT_TRANSLATE_NOOP` (context
``""``), so ``pyside6-lupdate`` files them for translation; the Qt layer translates them
when it shows them.
"""
from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation (``pyside6-lupdate`` finds the call); returns it."""
    return text


@dataclass(frozen=True)
class SceneEntry:
    """What the lecture says about one scene before anything is drawn: its ``id`` (the
    command line's ``--scene``), ``number`` in teaching order, ``title`` and ``subtitle``
    (marked for translation), the ``window`` of hours it shows, the ``scale`` of its
    timeline (``linear`` or ``log``) and the observables in ``plots``."""

    id: str
    number: int
    title: str
    subtitle: str
    window: tuple[float, float]
    scale: str
    plots: tuple[str, ...]


#: The scenes in teaching order.
SCENE_ENTRIES = (
    SceneEntry(
        "overview", 1, QT_TRANSLATE_NOOP("", "The whole cascade"),
        QT_TRANSLATE_NOOP("", "From one dose of ketamine to new synapses and lasting relief"),
        (0.0, 14 * 24.0), "log",
        ("brain_uM", "glutamate", "mtor_activity", "spine_density", "antidepressant_effect")),
    SceneEntry(
        "two-timescales", 2,
        QT_TRANSLATE_NOOP("", "Two time scales: chemistry in hours, relief in weeks"),
        QT_TRANSLATE_NOOP(
            "", "Why \u201crapid\u201d matters: relief waits for the wiring, not the chemistry"),
        (0.0, 6 * 168.0), "log",
        ("serotonin", "autoreceptor_desensitization", "spine_density",
         "antidepressant_effect")),
    SceneEntry(
        "interneuron-blockade", 3, QT_TRANSLATE_NOOP("", "Ketamine silences interneurons"),
        QT_TRANSLATE_NOOP(
            "", "Low-dose ketamine blocks NMDA receptors on GABA interneurons first"),
        (0.0, 3.0), "linear",
        ("brain_uM", "nmda_block_interneuron", "nmda_block_pyramidal",
         "interneuron_activity")),
    SceneEntry(
        "glutamate-burst", 4, QT_TRANSLATE_NOOP("", "The glutamate burst"),
        QT_TRANSLATE_NOOP(
            "", "Freed from inhibition, pyramidal cells release a surge of glutamate"),
        (0.0, 3.0), "linear",
        ("pyramidal_activity", "glutamate", "ampa_activation", "nmda_block_pyramidal")),
    SceneEntry(
        "bdnf-mtor", 5, QT_TRANSLATE_NOOP("", "A brake released: BDNF, TrkB, mTOR"),
        QT_TRANSLATE_NOOP("", "Local protein synthesis switches on inside the dendrite"),
        (0.0, 24.0), "log",
        ("ampa_activation", "p_eef2", "bdnf", "trkb_activation", "mtor_activity",
         "synaptic_proteins")),
    SceneEntry(
        "spine-growth", 6, QT_TRANSLATE_NOOP("", "New spines: the branches leaf again"),
        QT_TRANSLATE_NOOP(
            "", "Withered dendrites sprout new synapses within hours; they last for days"),
        (0.0, 14 * 24.0), "log",
        ("synaptic_proteins", "spine_density", "antidepressant_effect")),
    SceneEntry(
        "hit-and-run", 7,
        QT_TRANSLATE_NOOP("", "Hit and run: a short-lived drug, a long-lived effect"),
        QT_TRANSLATE_NOOP(
            "", "The drug is only the spark; the rebuilding it starts is the fire"),
        (0.0, 14 * 24.0), "log",
        ("plasma_uM", "dissociation", "blood_pressure_mmHg", "spine_density",
         "antidepressant_effect")),
    SceneEntry(
        "other-hypotheses", 8,
        QT_TRANSLATE_NOOP("", "Is this the whole story? Other hypotheses"),
        QT_TRANSLATE_NOOP(
            "",
            "The article's chain is the spine of this app; four rival explanations, "
            "for and against"),
        (0.0, 14 * 24.0), "log",
        ("brain_uM", "nmda_block_interneuron", "nmda_block_pyramidal",
         "antidepressant_effect")),
    SceneEntry(
        "dose-window", 9, QT_TRANSLATE_NOOP("", "The dose window"),
        QT_TRANSLATE_NOOP(
            "", "Too little starts nothing, too much silences the surge: one dose from "
                "0.05 to 10 mg/kg"),
        (0.0, 24.0), "log",
        ("glutamate", "antidepressant_effect", "dissociation", "blood_pressure_mmHg")),
)

#: Each scene's entry by id, in teaching order.
CATALOGUE: dict[str, SceneEntry] = {entry.id: entry for entry in SCENE_ENTRIES}
SCENE_IDS: tuple[str, ...] = tuple(CATALOGUE)

#: The app's languages: code -> the language's own name (as the language menu shows it).
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
#: Their codes, as ``--lang``, lessons and export requests take them.
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
DEFAULT_LANGUAGE = "en"


def language_of_locale(locale_name: str) -> str:
    """The app's language for a locale name (``zh_CN.UTF-8``, ``zh_TW``, ``en_GB``...):
    Simplified Chinese for any Chinese locale, else the default."""
    return "zh_CN" if locale_name.lower().startswith("zh") else DEFAULT_LANGUAGE

#: Each theme's name and its label as menus show it (the colours are in app.scenes.theme).
THEME_LABELS = (("dark", QT_TRANSLATE_NOOP("", "Dark")),
                ("projector", QT_TRANSLATE_NOOP("", "Projector (light)")),
                ("high-contrast", QT_TRANSLATE_NOOP("", "High contrast")))
THEME_NAMES: tuple[str, ...] = tuple(name for name, _ in THEME_LABELS)
DEFAULT_THEME = "dark"
#: The theme of pictures made for slides and printed pages (light, like the page).
SLIDE_THEME = "projector"

#: Exports: a frame's size, a GIF's (smaller: GIFs grow fast), a clip's length and rate.
EXPORT_SIZE = (1920, 1080)
GIF_SIZE = (960, 540)
CLIP_SECONDS = 10.0
CLIP_FPS = 30
#: Seconds a scene takes to play at 1x, whatever its window (playback, and the clock
#: that moving particles run on).
SECONDS_PER_SCENE = 30.0
