"""The model's documentation is current, every parameter is sourced, and no Qt is imported."""
import subprocess
import sys
import textwrap

from app.model import PARAMETERS
from tools.model_docs import DOC_PATH, DOC_PATHS, render


def test_docs_model_md_and_its_packaged_copy_are_generated_from_the_current_code():
    for path in DOC_PATHS:
        assert path.read_text(encoding="utf-8") == render(), (
            f"{path} is stale: run `python -m tools.model_docs`")


def test_every_parameter_has_a_unit_a_range_and_a_source():
    for p in PARAMETERS.values():
        assert p.low <= p.value <= p.high, p.name
        assert p.source.strip(), p.name
        cited = any(ch.isdigit() for ch in p.source) or "modelling choice" in p.source.lower()
        formula = p.source.startswith("Formula")
        assert cited or formula, f"{p.name}: cite 'First author, year' or say modelling choice"
        assert p.unit is not None


def test_docs_list_every_parameter():
    text = DOC_PATH.read_text(encoding="utf-8")
    for name in PARAMETERS:
        assert f"`{name}`" in text


def test_model_runs_with_qt_and_scipy_unimportable():
    code = textwrap.dedent("""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'scipy'):
                    raise ImportError('Qt and scipy are forbidden in app.model: ' + name)
        sys.meta_path.insert(0, Block())
        from app.model import simulate
        simulate()
        assert not any(m.startswith(('PySide6', 'pyqtgraph', 'app.scenes', 'app.ui'))
                       for m in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_observable_names_its_unit_and_what_it_is():
    from app.model import OBSERVABLE_INFO, OBSERVABLES
    text = DOC_PATH.read_text(encoding="utf-8")
    assert tuple(OBSERVABLE_INFO) == OBSERVABLES
    for info in OBSERVABLE_INFO.values():
        assert info.unit.strip() and info.meaning.strip(), info.name
        assert f"| `{info.name}` | {info.label} | {info.unit} |" in text
    assert "maximal relief" in OBSERVABLE_INFO["antidepressant_effect"].unit
    assert "microdialysis" in OBSERVABLE_INFO["glutamate"].meaning
    assert "plasma" in OBSERVABLE_INFO["brain_uM"].meaning
