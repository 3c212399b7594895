"""The repository stands alone: nothing in it sends a reader to a folder a clone of this
repository does not contain."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# built from parts, so this file does not match itself
_WORKSHOP = "sha" + "red"
OUTSIDE = re.compile(rf"\.\./{_WORKSHOP}|{_WORKSHOP}/(DESIGN|STYLE|science)|\bDESIGN\.md|"
                     r"\bSTYLE\.md|STYLE" + r" lesson")
CHECKED = ["app", "tools", "tests", "benchmarks", "docs", "README.md", "pyproject.toml", ".ci"]


def _text_files():
    for entry in CHECKED:
        path = ROOT / entry
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and file.suffix in {".py", ".md", ".toml", ".txt", ""}:
                yield file


def test_no_file_points_outside_the_repository():
    offenders = [f"{file.relative_to(ROOT)}:{number}"
                 for file in _text_files()
                 for number, line in enumerate(file.read_text(errors="replace").splitlines(), 1)
                 if OUTSIDE.search(line)]
    assert offenders == []


def test_the_docs_the_readme_names_exist():
    readme = (ROOT / "README.md").read_text()
    for link in re.findall(r"\]\((docs/[^)#]+)\)", readme):
        assert (ROOT / link).exists(), link
