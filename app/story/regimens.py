"""Dosing regimens a lecture names: what the controls offer as clinical presets and what
the comparison scenes set beside the lecturer's own run.

A :class:`Regimen` is data (drug, route, dose, repeats) with a name marked for
translation; :meth:`Regimen.scenario` makes it a :class:`~app.model.Scenario` for a
patient (body weight, stress, blockers). No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.model import Scenario
from app.story.catalogue import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Regimen:
    """A named regimen. The dose is either fixed (``dose_mg``) or per kilogram of body
    weight (``dose_mg_per_kg``); ``horizon_h`` None leaves the scenario's default span."""

    name: str
    drug: str = "ketamine"
    route: str = "iv"
    dose_mg: float | None = None
    dose_mg_per_kg: float | None = None
    infusion_min: float = 40.0
    n_doses: int = 1
    dose_interval_h: float = 24.0
    horizon_h: float | None = None

    def scenario(self, body_weight_kg: float = 70.0, stress: float = 1.0,
                 blockers=frozenset(), horizon_h: float | None = None) -> Scenario:
        """This regimen given to a patient of ``body_weight_kg`` with ``stress`` and
        ``blockers``, simulated ``horizon_h`` hours (default: the regimen's own span)."""
        dose = (self.dose_mg if self.dose_mg_per_kg is None
                else self.dose_mg_per_kg * body_weight_kg)
        horizon = self.horizon_h if horizon_h is None else horizon_h
        span = {} if horizon is None else {"horizon_h": horizon}
        return Scenario(drug=self.drug, route=self.route, dose_mg=dose,
                        body_weight_kg=body_weight_kg, infusion_min=self.infusion_min,
                        n_doses=self.n_doses, dose_interval_h=self.dose_interval_h,
                        stress=stress, blockers=blockers, **span)

    def beside(self, scenario: Scenario, horizon_h: float) -> Scenario:
        """This regimen for the patient of ``scenario`` (same weight, stress and blockers),
        simulated ``horizon_h`` hours: a comparison scene's companion run."""
        return self.scenario(scenario.body_weight_kg, scenario.stress, scenario.blockers,
                             horizon_h)


SSRI_WEEKS = 6

KETAMINE_IV = Regimen(QT_TRANSLATE_NOOP("", "Ketamine 0.5 mg/kg IV over 40 min"),
                      dose_mg_per_kg=0.5)
# 56 mg is the label's first-day dose
ESKETAMINE_56 = Regimen(QT_TRANSLATE_NOOP("", "Esketamine 56 mg intranasal"),
                        drug="esketamine", route="intranasal", dose_mg=56.0)
ESKETAMINE_84 = Regimen(QT_TRANSLATE_NOOP("", "Esketamine 84 mg intranasal"),
                        drug="esketamine", route="intranasal", dose_mg=84.0)
ESKETAMINE_TWICE_WEEKLY = Regimen(
    QT_TRANSLATE_NOOP("", "Esketamine 56 mg twice weekly, 4 weeks"),
    drug="esketamine", route="intranasal", dose_mg=56.0, n_doses=8, dose_interval_h=84.0,
    horizon_h=35 * 24.0)
# the dose of the first human studies
ARKETAMINE_IV = Regimen(QT_TRANSLATE_NOOP("", "Arketamine 0.5 mg/kg IV over 40 min"),
                        drug="arketamine", dose_mg_per_kg=0.5)
SSRI_COURSE = Regimen(QT_TRANSLATE_NOOP("", "SSRI (escitalopram 10 mg) daily for 6 weeks"),
                      drug="ssri", route="oral", dose_mg=10.0, n_doses=SSRI_WEEKS * 7,
                      dose_interval_h=24.0, horizon_h=56 * 24.0)
ANAESTHETIC_KETAMINE = Regimen(QT_TRANSLATE_NOOP("", "Anaesthetic ketamine 2 mg/kg IV bolus"),
                               dose_mg_per_kg=2.0, infusion_min=1.0)
NO_DRUG = Regimen(QT_TRANSLATE_NOOP("", "No drug"), drug="none", dose_mg=0.0)

#: The clinical presets a lecturer reaches for, in the order the controls list them.
PRESETS = (KETAMINE_IV, ESKETAMINE_56, ESKETAMINE_84, ESKETAMINE_TWICE_WEEKLY, ARKETAMINE_IV,
           SSRI_COURSE, ANAESTHETIC_KETAMINE)

#: Each drug's usual regimen: what the controls select when the drug is switched, so an
#: SSRI never inherits ketamine's 35 mg IV infusion.
USUAL_REGIMENS = {"ketamine": KETAMINE_IV, "esketamine": ESKETAMINE_56,
                  "arketamine": ARKETAMINE_IV, "ssri": SSRI_COURSE, "none": NO_DRUG}

