"""Property tests over the whole valid scenario space: always finite, always in range."""
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import BLOCKERS, OBSERVABLES, ROUTES_BY_DRUG, Scenario, simulate
from app.model.scenario import MAX_DOSE_MG, RANGES

FRACTIONS = ("nmda_block_interneuron", "nmda_block_pyramidal", "antidepressant_effect",
             "dissociation", "sert_occupancy", "autoreceptor_desensitization")
NON_NEGATIVE = tuple(name for name in OBSERVABLES if name not in FRACTIONS)


@st.composite
def scenarios(draw):
    drug = draw(st.sampled_from(sorted(ROUTES_BY_DRUG)))
    route = draw(st.sampled_from(ROUTES_BY_DRUG[drug]))
    interval = draw(st.floats(*RANGES["dose_interval_h"]))
    infusion = draw(st.floats(1.0, min(1440.0, interval * 60)))
    return Scenario(
        drug=drug, route=route,
        dose_mg=draw(st.floats(0.0, MAX_DOSE_MG[drug])),
        body_weight_kg=draw(st.floats(*RANGES["body_weight_kg"])),
        infusion_min=infusion, n_doses=draw(st.integers(1, 200)), dose_interval_h=interval,
        stress=draw(st.floats(0.0, 1.0)),
        blockers=draw(st.frozensets(st.sampled_from(BLOCKERS))),
        horizon_h=draw(st.floats(1.0, 2400.0)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_scenario_gives_finite_values_within_their_ranges(scenario):
    trajectory = simulate(scenario)
    for name in OBSERVABLES:
        assert np.all(np.isfinite(trajectory[name])), name
    for name in FRACTIONS:
        assert np.all((trajectory[name] >= 0) & (trajectory[name] <= 1 + 1e-12)), name
    for name in NON_NEGATIVE:
        assert np.all(trajectory[name] >= -1e-12), name


@settings(max_examples=30, deadline=None)
@given(scenarios())
def test_scenarios_survive_a_json_round_trip(scenario):
    assert Scenario.from_json(scenario.to_json()) == scenario
