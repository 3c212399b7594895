"""The catalogue is the one place that names the scenes, languages, themes and export
defaults; the drawing, the window and the command line follow it."""
import os
import subprocess
import sys

import pytest

from app.story.catalogue import (
    CATALOGUE,
    LANGUAGE_NAMES,
    LANGUAGES,
    SCENE_ENTRIES,
    SCENE_IDS,
    THEME_NAMES,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_scenes_come_in_the_catalogue_order(qapp):
    from app.scenes import SCENES
    assert list(SCENE_IDS) == list(SCENES)
    assert [entry.number for entry in SCENE_ENTRIES] == list(range(1, len(SCENE_ENTRIES) + 1))


@pytest.mark.parametrize("scene_id", SCENE_IDS)
def test_every_scene_class_takes_its_facts_from_its_entry(qapp, scene_id):
    from app.scenes import SCENES
    scene, entry = SCENES[scene_id], CATALOGUE[scene_id]
    assert type(scene).__dict__["entry"] is entry
    assert (scene.id, scene.number, scene.title, scene.subtitle, scene.window, scene.scale,
            scene.plots) == (entry.id, entry.number, entry.title, entry.subtitle,
                             entry.window, entry.scale, entry.plots)


def test_a_scene_class_cannot_write_a_catalogue_fact_a_second_time(qapp):
    from app.scenes.base import Scene
    with pytest.raises(TypeError, match="title"):
        type("Retitled", (Scene,), {"entry": CATALOGUE["overview"], "title": "Another"})


def test_every_plotted_name_is_an_observable():
    from app.model import OBSERVABLES
    for entry in SCENE_ENTRIES:
        assert set(entry.plots) <= set(OBSERVABLES), entry.id


def test_every_theme_name_has_its_colours(qapp):
    from app.scenes.theme import THEMES
    assert set(THEMES) == set(THEME_NAMES)
    assert all(THEMES[name].name == name for name in THEME_NAMES)


def test_the_language_codes_are_the_named_languages():
    assert LANGUAGES == tuple(LANGUAGE_NAMES) and "en" in LANGUAGES and "zh_CN" in LANGUAGES


def test_the_story_layer_imports_no_qt():
    code = ("import sys, app.story.catalogue, app.story.lessons, app.story.regimens, "
            "app.story.timefmt; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'app.scenes', "
            "'app.ui', 'app.i18n', 'app.export'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
