"""Helpers for the HTML player tests: read back the data a player file carries."""
import base64
import json
import re

DATA_BLOCK = re.compile(r'<script type="application/json" id="player-data">(.*?)</script>', re.S)


def player_data(path) -> dict:
    """The JSON the page's script reads (languages, scenes, images, text)."""
    return json.loads(DATA_BLOCK.search(path.read_text(encoding="utf-8")).group(1))


def image_bytes(url: str) -> bytes:
    """The encoded picture inside a ``data:image/webp;base64,...`` URL."""
    head, _, payload = url.partition(",")
    assert head == "data:image/webp;base64"
    return base64.b64decode(payload)
