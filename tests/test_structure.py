"""The code's checked rules: the import contracts, ruff, no import cycle in ``app``, and no
file in ``app`` over 350 lines. Each failure says what to change."""
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 350
LINTED = ("app", "tests", "benchmarks", "tools", "main.py")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)


def test_the_import_contracts_are_kept():
    result = _run("-c", "from importlinter.cli import lint_imports_command; "
                        "lint_imports_command()", "--no-cache", "--no-logo")
    assert result.returncode == 0, (
        "An import breaks a contract of [tool.importlinter] in pyproject.toml (the layers: "
        "command line > window > exports > scenes > languages > story > model > base; no Qt "
        "in the model, the story layer or the base modules). Move the code that needs the "
        "import to the layer above, or what it imports down; never loosen a contract to pass.\n"
        + result.stdout + result.stderr)


def test_ruff_finds_nothing():
    result = _run("-m", "ruff", "check", "--no-cache", *LINTED)
    assert result.returncode == 0, (
        "ruff found problems. Fix the code (`ruff check --fix` mends the safe ones; split a "
        "long translated string into adjacent literals inside the same call); a rule may be "
        "ignored only in pyproject.toml with a comment saying why.\n"
        + result.stdout + result.stderr)


def test_no_file_in_app_is_over_350_lines():
    too_long = {str(path.relative_to(ROOT)): count for path in sorted((ROOT / "app").rglob("*.py"))
                if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not too_long, (
        f"Over {MAX_LINES} lines: {too_long}. Split each by concern (e.g. a scene's art into "
        "an app/scenes/art_*.py module), not by cutting it in the middle.")


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module: each module together with
    the modules it imports that also import it, directly or not."""
    cycles, seen = [], set()
    for module in sorted(graph.modules):
        if module in seen:
            continue
        both_ways = graph.find_upstream_modules(module) & graph.find_downstream_modules(module)
        if both_ways:
            component = sorted(both_ways | {module})
            seen.update(component)
            cycles.append(component)
    return cycles


def describe_cycle(graph: grimp.ImportGraph, component: list[str]) -> str:
    """One loop through ``component``, each step with the file line that imports."""
    first = component[0]
    second = next(m for m in sorted(graph.find_modules_directly_imported_by(first))
                  if m in component)
    loop = (first, *graph.find_shortest_chain(importer=second, imported=first))
    steps = []
    for importer, imported in zip(loop, loop[1:]):
        detail = graph.get_import_details(importer=importer, imported=imported)[0]
        steps.append(f"  {importer} line {detail['line_number']}: {detail['line_contents']}")
    return "\n".join(steps)


def test_the_cycle_finder_finds_a_loop_and_only_its_modules():
    graph = grimp.ImportGraph()
    for importer, imported in (("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.d", "p.a"),
                               ("p.a", "p.e")):
        graph.add_import(importer=importer, imported=imported, line_number=1,
                         line_contents=f"import {imported}")
    assert import_cycles(graph) == [["p.a", "p.b", "p.c"]]
    assert describe_cycle(graph, ["p.a", "p.b", "p.c"]).splitlines() == [
        "  p.a line 1: import p.b", "  p.b line 1: import p.c", "  p.c line 1: import p.a"]


@pytest.fixture(scope="module")
def app_graph() -> grimp.ImportGraph:
    return grimp.build_graph("app", cache_dir=None)


def test_the_import_graph_holds_imports_made_inside_functions(app_graph):
    # app.cli imports the drawing commands only when they run, so `simulate` never loads Qt
    assert app_graph.direct_import_exists(importer="app.cli", imported="app.cli_drawing")


def test_app_has_no_import_cycle(app_graph):
    cycles = import_cycles(app_graph)
    assert not cycles, (
        "Modules of app import each other (late imports inside functions count too). Move "
        "what both need into a module below them, or pass it in, so imports run one way:\n"
        + "\n\n".join(describe_cycle(app_graph, component) for component in cycles))
