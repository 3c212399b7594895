"""Fixtures shared by the scene tests."""
import pytest

from app.model import Scenario, simulate


@pytest.fixture(scope="session")
def default_run():
    """The default scenario (ketamine 0.5 mg/kg IV over 40 min), simulated once."""
    return simulate(Scenario())
