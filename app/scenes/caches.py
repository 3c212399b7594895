"""Caches bounded in bytes, not only in entries: a lecture runs for hours, and at 4K one
static layer alone is about 25 MiB.

Bounds (least recently used entries go first):

- pictures, :data:`PICTURE_BYTES` = 72 MiB in all, whatever the size drawn: static layers
  (``settings.LAYERS``, 44 MiB), molecule sprites and halos (``sprites.SPRITES``, 24 MiB)
  and glyph stamps (``art_dendrite`` stamps, 4 MiB). One 3840x2160 frame uses at most
  about 43, 22 and 0.5 MiB of them, a 1920x1080 frame 11, 6 and 0.1 MiB, so every frame
  up to 4K finds all its pictures kept. A 4K export of the overview or ``hit-and-run``
  while the window plays the same scene at 1080p does not fit beside the window's layers
  and redraws its static layers each frame (31 -> 73 and 36 -> 100 ms a 4K frame, measured
  at 48 MiB); at 56 MiB it fitted, but a long session then stood at the 300 MiB budget.
  Why not more: a lecture visits every scene in several themes, languages, text sizes and
  window sizes, each with its own pictures, so the caches fill to their bounds within a
  quarter of an hour and stay there. An image larger than its cache's bound (static art
  of a 7680x4320 export) is drawn each time instead of kept.
- companion runs of the comparison scenes (``companions``), 12 MiB (a six-week run is
  kept thinned, about 1 MiB; one scenario's comparison scenes need five, about 5 MiB, so
  the runs of the last few scenarios stay), but never fewer than the three most recently
  used: a frame of ``hit-and-run`` needs three at once, and dropping one it needs would
  simulate weeks again on every frame.
- dose sweeps of scene 9 (``dose_window``), 4 MiB: a sweep keeps the first day of four
  measures at 34 doses, about 0.8 MiB, so the last few scenarios' sweeps stay, and never
  fewer than two (the run on show and the one being prepared).
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from PySide6.QtGui import QImage

MIB = 2**20
LAYER_BYTES = 44 * MIB
SPRITE_BYTES = 24 * MIB
STAMP_BYTES = 4 * MIB
PICTURE_BYTES = LAYER_BYTES + SPRITE_BYTES + STAMP_BYTES
COMPANION_BYTES = 12 * MIB
SWEEP_BYTES = 4 * MIB


class BoundedCache:
    """A least-recently-used cache holding at most ``max_bytes`` (as measured by
    ``size_of``), safe to share between threads.

    The ``keep_at_least`` most recently used values stay even beyond the bound; otherwise
    a value larger than the whole bound is returned without being kept, so it cannot
    flush everything else.
    """

    def __init__(self, max_bytes: int, size_of, keep_at_least: int = 0):
        self.max_bytes = max_bytes
        self._size_of = size_of
        self._keep_at_least = keep_at_least
        self._items: OrderedDict = OrderedDict()  # key -> (value, bytes)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key, make):
        """The value for ``key``, made by ``make()`` when it is not held."""
        with self._lock:
            held = self._items.get(key)
            if held is not None:
                self._items.move_to_end(key)
                return held[0]
        value = make()  # made outside the lock: another thread may make the same; harmless
        size = self._size_of(value)
        if size > self.max_bytes and not self._keep_at_least:
            return value
        with self._lock:
            if key not in self._items:
                self._items[key] = (value, size)
                self._bytes += size
            self._evict()
        return value

    def _evict(self) -> None:
        while self._bytes > self.max_bytes and len(self._items) > self._keep_at_least:
            _, (_, size) = self._items.popitem(last=False)
            self._bytes -= size

    @property
    def bytes_held(self) -> int:
        """Bytes held now (at most ``max_bytes`` beyond the ``keep_at_least`` newest)."""
        with self._lock:
            return self._bytes

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._items.clear()
            self._bytes = 0


class ImageCache(BoundedCache):
    """Drawn pictures (QImage, not QPixmap: exports render in worker threads, where pixmaps
    are not allowed), at most ``max_bytes`` of pixels. Every instance is listed in
    :data:`PICTURE_CACHES`, whose bounds add up to :data:`PICTURE_BYTES`."""

    def __init__(self, max_bytes: int):
        super().__init__(max_bytes, QImage.sizeInBytes)
        PICTURE_CACHES.append(self)


PICTURE_CACHES: list[ImageCache] = []


def picture_bytes() -> int:
    """Bytes of pixels all picture caches hold now."""
    return sum(cache.bytes_held for cache in PICTURE_CACHES)
