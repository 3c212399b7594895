"""The controls panel: drug, route, dose, regimen, stress, blockers and clinical presets.

Every field is a bounded widget, so it cannot hold an out-of-range value; a combination
the model refuses (infusions that would overlap, say) is explained inline in words and the
previous scenario stays. Each accepted change becomes a new ``Scenario`` in the state.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.error_text import localized
from app.i18n import current_language, translated
from app.model import BLOCKERS, ROUTES_BY_DRUG, Scenario, ScenarioError
from app.model.scenario import MAX_DOSE_MG, RANGES
from app.story.names import BLOCKER_NAMES, DRUG_NAMES, ROUTE_NAMES
from app.story.regimens import PRESETS, USUAL_REGIMENS
from app.ui.state import AppState

BLOCKER_TIPS = {
    "nbqx": QT_TRANSLATE_NOOP(
        "", "AMPA-receptor antagonist: cuts the chain after the glutamate surge"),
    "trkb_antagonist": QT_TRANSLATE_NOOP(
        "", "Blocks BDNF's receptor TrkB: cuts the chain after BDNF release"),
    "rapamycin": QT_TRANSLATE_NOOP("", "mTOR inhibitor: cuts the chain at mTOR"),
}


COMBO_MIN_CHARACTERS = 12  # a preset's long name is elided rather than widen the panel


class ControlsPanel(QWidget):
    """Edits the scenario; emits :attr:`scenarioEdited` with a valid scenario after a change.
    With ``side="b"`` the same fields edit compare mode's scenario B instead (shown from
    ``state.comparison``; no Reset All: the B page copies A instead)."""

    scenarioEdited = Signal(object)
    resetRequested = Signal()

    def __init__(self, state: AppState, parent=None, side: str = "a"):
        super().__init__(parent)
        self.state = state
        self.side = side
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(40)
        self._debounce.timeout.connect(self._commit)
        self._build()
        if side == "b":
            self.reset_all.hide()
            self.show_comparison(state.comparison)
            state.comparisonChanged.connect(self.show_comparison)
        else:
            self.show_scenario(state.scenario)
            state.scenarioChanged.connect(self.show_scenario)

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.preset = self._combo(self.tr("Clinical preset"),
                                  [(translated(regimen.name), i)
                                   for i, regimen in enumerate(PRESETS)])
        self.preset.insertItem(0, self.tr("Choose a preset…"), -1)
        self.preset.setCurrentIndex(0)
        self.preset.activated.connect(self._apply_preset)
        self.drug = self._combo(self.tr("Drug"),
                                [(translated(DRUG_NAMES[d]), d) for d in ROUTES_BY_DRUG])
        self.route = self._combo(self.tr("Route"), [])
        self.dose = self._spin(self.tr("Dose per administration"), RANGES["dose_mg"], 1,
                               self.tr(" mg"), 0.5)
        self.per_kg = QLabel()
        self.weight = self._spin(self.tr("Body weight"), RANGES["body_weight_kg"], 0,
                                 self.tr(" kg"), 1)
        self.infusion = self._spin(self.tr("Infusion time (IV)"), RANGES["infusion_min"], 0,
                                   self.tr(" min"), 5)
        self.n_doses = QSpinBox()
        self.n_doses.setRange(*RANGES["n_doses"])
        self.n_doses.setAccessibleName(self.tr("Number of doses"))
        self.interval = self._spin(self.tr("Time between doses"), RANGES["dose_interval_h"], 1,
                                   self.tr(" h"), 12)
        self.horizon = self._spin(self.tr("Simulated span"), (1 / 24, 100.0), 1, self.tr(" d"),
                                  1)
        self.stress = QSlider(Qt.Orientation.Horizontal)
        self.stress.setRange(0, 100)
        self.stress.setAccessibleName(self.tr("Chronic stress"))
        self.stress.setToolTip(self.tr("0 = healthy, 100 = chronic stress (fewer spines)"))
        self.stress_value = QLabel()
        self.blockers = {}
        for name in BLOCKERS:
            box = QCheckBox(translated(BLOCKER_NAMES[name]))
            box.setToolTip(translated(BLOCKER_TIPS[name]))
            box.setAccessibleDescription(translated(BLOCKER_TIPS[name]))
            self.blockers[name] = box
        self.reset_all = QPushButton(self.tr("Reset All"))
        self.reset_all.setToolTip(self.tr("Back to the starting scenario: ketamine 0.5 mg/kg "
                                          "IV, chronic stress, no blockers (undoable)"))
        self.reset_all.clicked.connect(self.resetRequested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #D55E00; font-weight: bold")
        self.message.setAccessibleName(self.tr("Problem with the chosen values"))
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        """One column that narrows to its dock: a label goes above its field when the two
        do not fit side by side, and no field asks for the width of its longest text."""
        dose_row = QHBoxLayout()
        dose_row.addWidget(self.dose, 1)
        dose_row.addWidget(self.per_kg)
        stress_row = QHBoxLayout()
        stress_row.addWidget(self.stress, 1)
        stress_row.addWidget(self.stress_value)
        drug_form = QFormLayout()
        drug_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        drug_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for combo in (self.preset, self.drug, self.route):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
        drug_form.addRow(self.tr("Preset"), self.preset)
        drug_form.addRow(self.tr("Drug"), self.drug)
        drug_form.addRow(self.tr("Route"), self.route)
        drug_form.addRow(self.tr("Dose"), dose_row)
        drug_form.addRow(self.tr("Body weight"), self.weight)
        drug_form.addRow(self.tr("Infusion time"), self.infusion)
        drug_form.addRow(self.tr("Doses"), self.n_doses)
        drug_form.addRow(self.tr("Every"), self.interval)
        drug_form.addRow(self.tr("Simulate"), self.horizon)
        drug_form.addRow(self.tr("Stress"), stress_row)
        blockers = QGroupBox()  # the title is a label that wraps: a group box title cannot
        blocker_layout = QVBoxLayout(blockers)
        blockers_title = QLabel(self.tr("Blockers (cut the chain at one link)"))
        blockers_title.setWordWrap(True)
        blocker_layout.addWidget(blockers_title)
        for box in self.blockers.values():
            blocker_layout.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(drug_form)
        layout.addWidget(blockers)
        layout.addWidget(self.message)
        layout.addWidget(self.reset_all, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.drug.currentIndexChanged.connect(self._on_drug)
        self.route.currentIndexChanged.connect(self._changed)
        for spin in (self.dose, self.weight, self.infusion, self.interval, self.horizon):
            spin.valueChanged.connect(self._changed)
        self.n_doses.valueChanged.connect(self._changed)
        self.stress.valueChanged.connect(self._changed)
        for box in self.blockers.values():
            box.toggled.connect(self._changed)

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _spin(self, name: str, bounds, decimals: int, suffix: str, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(*bounds)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setSingleStep(step)
        spin.setKeyboardTracking(False)
        spin.setAccessibleName(name)
        spin.setToolTip(self.tr("{name}: {low:g} to {high:g}{unit}").format(
            name=name, low=bounds[0], high=bounds[1], unit=suffix))
        return spin

    # --- scenario <-> widgets -----------------------------------------------------------
    def show_scenario(self, scenario: Scenario) -> None:
        """Set every widget from ``scenario`` without echoing changes back; an edit not yet
        applied is dropped (an undo or a failed run must not be overridden 40 ms later)."""
        self._debounce.stop()
        blockers = [QSignalBlocker(w) for w in self._widgets()]
        self.drug.setCurrentIndex(self.drug.findData(scenario.drug))
        self._fill_routes(scenario.drug, scenario.route)
        self.dose.setMaximum(MAX_DOSE_MG[scenario.drug])
        self.dose.setValue(scenario.dose_mg)
        self.weight.setValue(scenario.body_weight_kg)
        self.infusion.setValue(scenario.infusion_min)
        self.n_doses.setValue(scenario.n_doses)
        self.interval.setValue(scenario.dose_interval_h)
        self.horizon.setValue(scenario.horizon_h / 24)
        self.stress.setValue(round(scenario.stress * 100))
        for name, box in self.blockers.items():
            box.setChecked(name in scenario.blockers)
        for blocker in blockers:
            blocker.unblock()
        self._show_derived(scenario)
        self.message.clear()

    def show_comparison(self, comparison) -> None:
        """Show compare mode's scenario B (the B page; nothing when compare mode is off)."""
        if comparison is not None:
            self.show_scenario(comparison.b)

    def _widgets(self):
        return [self.drug, self.route, self.dose, self.weight, self.infusion, self.n_doses,
                self.interval, self.horizon, self.stress, *self.blockers.values()]

    def _fill_routes(self, drug: str, route: str) -> None:
        blocker = QSignalBlocker(self.route)
        self.route.clear()
        for name in ROUTES_BY_DRUG[drug]:
            self.route.addItem(translated(ROUTE_NAMES[name]), name)
        self.route.setCurrentIndex(max(0, self.route.findData(route)))
        blocker.unblock()

    def _show_derived(self, scenario: Scenario) -> None:
        self.per_kg.setText(self.tr("= {value:.2g} mg/kg").format(value=scenario.dose_mg_per_kg))
        self.stress_value.setText(f"{scenario.stress:.0%}")
        iv = scenario.route == "iv" and scenario.drug != "none"
        self.infusion.setEnabled(iv)
        several = scenario.n_doses > 1
        self.interval.setEnabled(several)

    def scenario_from_widgets(self) -> Scenario:
        """The scenario the widgets describe (ScenarioError if the combination is invalid)."""
        return Scenario(
            drug=self.drug.currentData(), route=self.route.currentData(),
            dose_mg=self.dose.value(), body_weight_kg=self.weight.value(),
            infusion_min=self.infusion.value(), n_doses=self.n_doses.value(),
            dose_interval_h=self.interval.value(), stress=self.stress.value() / 100,
            blockers=self._checked_blockers(),
            horizon_h=min(max(self.horizon.value() * 24, RANGES["horizon_h"][0]),
                          RANGES["horizon_h"][1]))

    def _checked_blockers(self) -> frozenset:
        return frozenset(n for n, box in self.blockers.items() if box.isChecked())

    # --- reactions ------------------------------------------------------------------------
    def _on_drug(self, _index: int) -> None:
        """Another drug comes with its usual route, dose and regimen (an SSRI never keeps
        ketamine's 35 mg IV); the patient (weight, stress, blockers) stays."""
        self._debounce.stop()
        scenario = USUAL_REGIMENS[self.drug.currentData()].scenario(
            self.weight.value(), self.stress.value() / 100, self._checked_blockers())
        self.show_scenario(scenario)
        self.scenarioEdited.emit(scenario)

    def _changed(self, *_):
        self._debounce.start()

    def _commit(self) -> None:
        try:
            scenario = self.scenario_from_widgets()
        except ScenarioError as exc:
            self.message.setText(self.tr("Not applied: {reason}").format(
                reason=localized(exc, current_language())))
            return
        self.message.clear()
        self._show_derived(scenario)
        self.scenarioEdited.emit(scenario)

    def _apply_preset(self, index: int) -> None:
        number = self.preset.itemData(index)
        if number is None or number < 0:
            return
        scenario = PRESETS[number].scenario(self.weight.value(), self.stress.value() / 100)
        self.show_scenario(scenario)
        self.scenarioEdited.emit(scenario)
        self.preset.setCurrentIndex(0)
