"""Fixtures for the export tests: one default run, and a way to make a folder unwritable."""
import os

import pytest

from app.model import Scenario, simulate


@pytest.fixture(scope="session")
def trajectory():
    """The default scenario (ketamine 0.5 mg/kg IV over 40 min), simulated once."""
    return simulate(Scenario())


@pytest.fixture
def unwritable_folder(tmp_path):
    """A folder path that cannot be written to: a read-only folder, or, as root (who may
    write anywhere), a "folder" beneath an ordinary file."""
    if os.geteuid() == 0:
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        yield blocker
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


def files_under(folder):
    """Every file and folder below ``folder`` (names relative to it), sorted."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
