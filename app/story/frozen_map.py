"""A read-only, hashable mapping, for the fields of immutable records (a lesson's notes)."""
from __future__ import annotations

from collections.abc import Mapping


class FrozenMap(Mapping):
    """A read-only, hashable mapping (a lesson's notes)."""

    __slots__ = ("_items",)

    def __init__(self, items=()):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"
