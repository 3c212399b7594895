"""Colours and type for every picture: one place for each colour (one fact in one place).

The palette is Okabe-Ito (safe for the common colour-vision deficiencies); each biological
role has one colour used by every scene, the plots and the legends.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
    # lighter than Okabe-Ito's #999999, which deuteranopes confuse with the ketamine purple
    "grey": "#C8C8C8",
}

#: Biological role -> palette entry, the same in every theme (each observable names its
#: role in its record, ``app.model.observables``).
ROLES = {
    "ketamine": "purple", "gaba": "sky", "interneuron": "sky", "glutamate": "orange",
    "pyramidal": "orange", "nmda": "blue", "ampa": "yellow", "eef2": "grey", "bdnf": "green",
    "trkb": "green", "mtor": "vermillion", "proteins": "yellow", "spine": "green",
    "mood": "green", "serotonin": "sky", "ssri": "blue", "dissociation": "purple",
    "pressure": "vermillion", "blocker": "grey",
}


@dataclass(frozen=True)
class Theme:
    """Background, ink and role colours, line weights and type sizes of one look."""

    name: str
    background_top: str
    background_bottom: str
    panel: str
    ink: str
    muted: str
    membrane: str
    cytoplasm: str
    cleft: str
    line_scale: float = 1.0
    text_scale: float = 1.0
    #: Bundled in app/assets/fonts (app.i18n.register_fonts): the same letters on every machine.
    font_family: str = "Noto Sans CJK SC"
    font_fallbacks: tuple = ("DejaVu Sans", "Sans Serif")
    overrides: dict = field(default_factory=dict)

    def color(self, role: str, alpha: float = 1.0) -> QColor:
        """The colour of a biological role (``ROLES``), a palette name, or a theme field."""
        palette_name = ROLES.get(role, role)
        name = (self.overrides.get(role) or self.overrides.get(palette_name)
                or OKABE_ITO.get(palette_name) or getattr(self, role))
        color = QColor(name)
        color.setAlphaF(alpha)
        return color


THEMES = {
    "dark": Theme(name="dark", background_top="#1b2030", background_bottom="#0d1017",
                  panel="#232a3b", ink="#eef1f7", muted="#a3abbd", membrane="#c9cfdd",
                  cytoplasm="#2b3347", cleft="#161b27"),
    "projector": Theme(name="projector", background_top="#ffffff", background_bottom="#eef1f5",
                       panel="#ffffff", ink="#10131a", muted="#4a5263", membrane="#39414f",
                       cytoplasm="#e7ebf2", cleft="#f8f9fb", line_scale=1.5, text_scale=1.15,
                       # darker orange, lighter gold: on white they must stay apart for
                       # colour-blind viewers too (tests/accessibility/test_palette.py)
                       overrides={"orange": "#905000", "yellow": "#F0B020", "grey": "#6E6E6E"}),
    # For low vision: black ground, white ink, the palette at full strength, heavier lines
    # and larger type.
    "high-contrast": Theme(name="high-contrast", background_top="#000000",
                           background_bottom="#000000", panel="#101010", ink="#ffffff",
                           muted="#e6e6e6", membrane="#ffffff", cytoplasm="#1a1a1a",
                           cleft="#000000", line_scale=1.7, text_scale=1.12,
                           overrides={"grey": "#d0d0d0", "blue": "#3d9bff"}),
}


def theme_named(name: str) -> Theme:
    """The theme called ``name``; ValueError listing the themes otherwise."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; choose from {', '.join(THEMES)}") from None
