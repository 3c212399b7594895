"""Values quoted in messages, kept short: a 50 MB string or 100 000 unknown names in a file
must give a one-line message, not echo the file back."""
from __future__ import annotations

from app.errors import Message

#: At most this many characters of one value are quoted.
EXCERPT_CHARS = 60
#: At most this many names are listed; the rest are counted.
LISTED_NAMES = 5
ELLIPSIS = "…"


def excerpt(value, limit: int = EXCERPT_CHARS) -> str:
    """``repr(value)``, elided with "…" to at most about ``limit`` characters; a string
    keeps its quotes (``'abc…'``)."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[:limit - 3] + ELLIPSIS)
    return shortened(_safe_repr(value), limit)


def shortened(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, ending with "…" when cut."""
    return text if len(text) <= limit else text[:limit - 1] + ELLIPSIS


def listed(names, most: int = LISTED_NAMES):
    """The first ``most`` of ``names`` (sorted, each quoted and elided), joined; with more,
    the message "<those> and N more" (a value of an error, translated as a whole)."""
    shown = sorted(excerpt(name) for name in names)
    if len(shown) <= most:
        return ", ".join(shown)
    return Message("list.and_more", names=", ".join(shown[:most]), more=f"{len(shown) - most:,}")


def _safe_repr(value) -> str:
    try:
        return repr(value)
    except ValueError:  # an integer beyond Python's digit limit for str()
        return f"<a {type(value).__name__} too long to show>"
