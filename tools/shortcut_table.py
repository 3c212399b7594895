"""Writes the README's table of keyboard shortcuts from the one table in the app
(``app.ui.help.SHORTCUTS``), between its two markers.

    python -m tools.shortcut_table
"""
from __future__ import annotations

from pathlib import Path

from app.ui.help import shortcuts_markdown

README = Path(__file__).resolve().parents[1] / "README.md"
START = "<!-- shortcuts: made by python3 -m tools.shortcut_table -->\n"
END = "<!-- /shortcuts -->"


def with_shortcut_table(text: str) -> str:
    """``text`` (the README) with the table between the markers made afresh."""
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}{shortcuts_markdown()}{END}{tail}"


def main() -> None:
    """Rewrite README.md's shortcut table."""
    README.write_text(with_shortcut_table(README.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
