"""Pictures take each observable's colour from its record, and read the model only through
its public names (records and facts), never its internals."""
import ast
from pathlib import Path

from app.model import OBSERVABLE_INFO
from app.scenes import SCENES
from app.scenes.theme import ROLES, THEMES

APP = Path(__file__).resolve().parents[2] / "app"
INTERNALS = ("app.model.cascade", "app.model.parameters")


def test_every_record_names_a_colour_role_of_the_themes():
    for record in OBSERVABLE_INFO.values():
        assert record.role in ROLES, record.name
        for theme in THEMES.values():
            assert theme.color(record.role).isValid()


def test_every_plotted_observable_has_a_record(default_run):
    for scene in SCENES.values():
        for series in scene.plot_series(default_run):
            assert series.observable in OBSERVABLE_INFO, (scene.id, series.observable)


def _imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, including ``from app.model import cascade``."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_nothing_outside_the_model_reads_its_internals():
    outside = [path for path in APP.rglob("*.py") if APP / "model" not in path.parents]
    assert any(path.name == "interneuron_blockade.py" for path in outside)
    offenders = {str(path.relative_to(APP)): sorted(_imported_modules(path) & set(INTERNALS))
                 for path in outside}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_import_check_would_see_an_internal_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from app.model import cascade\nfrom app.model.parameters import value\n")
    assert _imported_modules(sample) & set(INTERNALS) == set(INTERNALS)
