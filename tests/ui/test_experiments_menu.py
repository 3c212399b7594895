"""The Experiments menu, driven like a lecturer: each classic experiment picked from the menu
bar sets its scenario, can be undone, and opens its card saying what the paper found and
whether the model reproduces it, in English and Chinese."""
import re

from app.i18n import install_language
from app.model import Scenario
from app.story.experiments import EXPERIMENTS
from app.ui.experiment_card import ExperimentCard
from app.ui.experiments_menu import experiments_menu

from .switching import rebuilt_in


def experiments_in_menu_bar(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "E&xperiments")


def test_the_menu_bar_offers_every_experiment_with_its_papers(window):
    menu = experiments_in_menu_bar(window)
    actions = menu.actions()
    assert [a.text() for a in actions] == [e.title for e in EXPERIMENTS.values()]
    rapamycin_people = actions[list(EXPERIMENTS).index("rapamycin-people")]
    assert "Abdallah 2020" in rapamycin_people.toolTip()


def test_picking_each_experiment_sets_its_scenario_and_shows_its_card(window, qtbot):
    menu = experiments_in_menu_bar(window)
    for action, experiment in zip(menu.actions(), EXPERIMENTS.values()):
        window.undo.change(Scenario(dose_mg=50.0, stress=0.5))  # the lecturer's own scenario
        action.trigger()
        assert window.state.scenario == experiment.a
        card = window.experiment_card
        assert card.isVisible() and card.title.text() == experiment.title
        texts = [label.text() for label in card.lines]
        assert any(experiment.refs[0] in text for text in texts)
        assert window.state.comparison.b == experiment.b
    qtbot.waitUntil(lambda: window.state.trajectory.scenario == window.state.scenario,
                    timeout=10000)


def test_an_experiment_that_changes_the_scenario_is_one_undoable_step(window, qtbot):
    window.apply_experiment(EXPERIMENTS["enantiomers"])
    assert window.state.scenario.drug == "esketamine"
    assert window.menus.named["undo"].isEnabled()
    window.undo.stack.undo()
    assert window.state.scenario == Scenario()
    qtbot.waitUntil(lambda: window.state.trajectory.scenario == window.state.scenario,
                    timeout=10000)


def test_the_card_states_the_disagreement_with_the_human_rapamycin_trial(window):
    window.apply_experiment(EXPERIMENTS["rapamycin-people"])
    card = window.experiment_card
    verdict = card.lines[2]
    assert "does NOT reproduce" in verdict.text() and "disagree" in verdict.text()
    assert verdict.font().bold()
    window.apply_experiment(EXPERIMENTS["nbqx"])
    assert not card.lines[2].font().bold() and len(card.lines) == 5


def test_menu_and_card_in_chinese(qtbot):
    install_language("zh_CN")
    try:
        chosen = []
        menu = experiments_menu(None, chosen.append)
        assert menu.title().startswith("实验")
        for action in menu.actions():
            assert re.search(r"[\u4e00-\u9fff]", action.text()), action.text()
        menu.actions()[1].trigger()
        assert chosen == [EXPERIMENTS["rapamycin-people"]]
        card = ExperimentCard()
        qtbot.addWidget(card)
        card.show_experiment(chosen[0])
        assert card.windowTitle() == "实验"
        assert all(re.search(r"[\u4e00-\u9fff]", label.text()) for label in card.lines)
        assert "不一致" in card.lines[2].text()
    finally:
        install_language("en")


def test_an_open_card_stays_open_through_a_language_switch(window, qtbot):
    window.apply_experiment(EXPERIMENTS["anaesthetic-dose"])
    with rebuilt_in(window, qtbot) as new:
        card = new.experiment_card
        assert card.isVisible() and card.experiment == EXPERIMENTS["anaesthetic-dose"]
        assert "Moghaddam 1997" in card.title.text() and "麻醉" in card.title.text()
        assert new.state.scenario == EXPERIMENTS["anaesthetic-dose"].a


def test_an_experiment_is_one_undoable_change_of_a_and_b_named_after_it(window, qtbot):
    before = window.state.scenario
    experiment = EXPERIMENTS["rapamycin-rats"]
    experiments_in_menu_bar(window).actions()[0].trigger()
    assert window.state.comparison.b == experiment.b
    assert experiment.title in window.undo.stack.undoText()
    window.undo.stack.undo()
    assert window.state.scenario == before and window.state.comparison is None
    assert not window.experiment_card.isVisible()  # it would tell of a paper not shown
    window.undo.stack.redo()
    assert window.state.comparison.b == experiment.b


def test_an_experiment_goes_to_the_scene_and_moment_where_its_finding_shows(window, qtbot):
    """Moghaddam 1997: glutamate half an hour in, scene 4; it stays there once A and B
    are simulated."""
    experiment = EXPERIMENTS["anaesthetic-dose"]
    window.apply_experiment(experiment)
    qtbot.waitUntil(lambda: window.state.comparing
                    and window.state.trajectory.scenario == experiment.a, timeout=10000)
    window.runner.wait()
    assert window.state.scene_id == experiment.check.scene == "glutamate-burst"
    assert abs(window.state.t - experiment.check.time_h) < 1e-6


def test_the_card_leaves_the_keys_with_the_window(window, qtbot):
    """Picking a preset and pressing Ctrl+Z undoes it: the card opened beside the window
    does not take the keyboard (it did, and every shortcut went nowhere)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = window.state.comparison
    window.apply_experiment(EXPERIMENTS["nbqx"])
    qtbot.waitUntil(window.experiment_card.isVisible)
    qtbot.wait(50)
    assert QApplication.activeWindow() is window
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.comparison == before
