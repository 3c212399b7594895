"""Colours and type for every picture: one place for each colour (one fact in one place).

The palette is Okabe-Ito (safe for the common colour-vision deficiencies) with three more
colours, so that no two meanings shown together share one; each meaning has one colour used
by every scene, the plots and the legends. Each theme tunes the palette's lightness so its
colours stand out from its grounds (WCAG 3:1 for graphics) and stay apart under simulated
deuteranopia and protanopia (tests/accessibility); words in a meaning's colour are moved
towards the ink until they reach 4.5:1 (:meth:`Theme.text_color`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QColor

from app.resources import FONT_FAMILY

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
    # lighter than Okabe-Ito's #999999, which deuteranopes confuse with the ketamine purple
    "grey": "#C8C8C8",
    # beyond Okabe-Ito: synapses and mood apart from the growth signal's green, mTOR apart
    # from the blocked link's vermillion, dissociation apart from the drug's purple
    "lime": "#A0F090", "lavender": "#E4CCF8", "khaki": "#B0A860",
}

#: Biological role -> palette entry, the same in every theme (each observable names its
#: role in its record, ``app.model.observables``).
ROLES = {
    "ketamine": "purple", "gaba": "sky", "interneuron": "sky", "glutamate": "orange",
    "pyramidal": "orange", "nmda": "blue", "ampa": "yellow", "eef2": "grey", "bdnf": "green",
    "trkb": "green", "mtor": "lavender", "proteins": "yellow", "spine": "lime",
    "mood": "lime", "serotonin": "sky", "ssri": "blue", "dissociation": "khaki",
    "pressure": "vermillion", "blocker": "grey", "blocked": "vermillion",
}
#: Words need 4.5:1 against what they are written on (WCAG 2.x, normal-size text); aim a
#: little higher, as words also sit on glows and gradients a shade off the ground.
TEXT_CONTRAST = 4.5 * 1.2


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
    font_family: str = FONT_FAMILY
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

    @property
    def grounds(self) -> tuple[str, ...]:
        """The colours this theme writes words on: its background, panels and cells."""
        return self.background_top, self.background_bottom, self.panel, self.cytoplasm

    def text_color(self, role: str, alpha: float = 1.0) -> QColor:
        """The colour of words in ``role``'s colour: :meth:`color`, moved towards the ink
        just enough to stand out 4.5:1 from every ground of the theme (a blue that is
        plain on navy as a line would be hard to read as a value). The theme's own colours
        (ink, muted, panel) are as they are: they are chosen for where they are used."""
        if role not in ROLES and role not in OKABE_ITO:
            return self.color(role, alpha)
        color = QColor(_readable(self.color(role).name(), self.ink, self.grounds))
        color.setAlphaF(alpha)
        return color


def luminance(color: QColor | str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0 black .. 1 white)."""
    color = QColor(color)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
            + 0.0722 * linear(color.blueF()))


def contrast(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, 1..21."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def ink_on(fill: QColor | str) -> QColor:
    """Near-black or white, whichever reads better on ``fill`` (a label on a coloured
    shape: white on a pale lavender would vanish)."""
    dark, light = QColor("#111111"), QColor("#ffffff")
    return dark if contrast(dark, fill) >= contrast(light, fill) else light


@lru_cache(maxsize=256)
def _readable(color: str, ink: str, grounds: tuple[str, ...]) -> str:
    start, target = QColor(color), QColor(ink)
    for step in range(21):
        share = step / 20
        mixed = QColor.fromRgbF(*(a + (b - a) * share for a, b in (
            (start.redF(), target.redF()), (start.greenF(), target.greenF()),
            (start.blueF(), target.blueF()))))
        if all(contrast(mixed, ground) >= TEXT_CONTRAST for ground in grounds):
            return mixed.name()
    return ink


#: On white every colour must be dark enough to stand out 3:1: the light ones (yellow, sky,
#: lime, lavender) are deepened, and the others moved so they stay apart for colour-blind
#: viewers (searched under simulated deuteranopia and protanopia).
PROJECTOR_PALETTE = {
    "purple": "#C06C98", "sky": "#3090BC", "orange": "#7C2800", "blue": "#046094",
    "yellow": "#7A5C00", "vermillion": "#E85814", "green": "#00986C", "grey": "#5E5E5E",
    "lime": "#509820", "lavender": "#8060C0", "khaki": "#707040",
}
#: For low vision: every colour at least 4.5:1 on the black ground, still apart.
HIGH_CONTRAST_PALETTE = {
    "vermillion": "#E06018", "green": "#00B080", "grey": "#D0D0D0", "blue": "#3898FC",
}

THEMES = {
    "dark": Theme(name="dark", background_top="#1b2030", background_bottom="#0d1017",
                  panel="#232a3b", ink="#eef1f7", muted="#a3abbd", membrane="#c9cfdd",
                  cytoplasm="#2b3347", cleft="#161b27",
                  # Okabe-Ito's blue is too dark to see on navy (2.4:1)
                  overrides={"blue": "#3898FC"}),
    "projector": Theme(name="projector", background_top="#ffffff", background_bottom="#eef1f5",
                       panel="#ffffff", ink="#10131a", muted="#4a5263", membrane="#39414f",
                       cytoplasm="#e7ebf2", cleft="#f8f9fb", line_scale=1.5, text_scale=1.15,
                       # darker orange, lighter gold: on white they must stay apart for
                       # colour-blind viewers too (tests/accessibility/test_palette.py)
                       overrides=PROJECTOR_PALETTE),
    # For low vision: black ground, white ink, the palette at full strength, heavier lines
    # and larger type.
    "high-contrast": Theme(name="high-contrast", background_top="#000000",
                           background_bottom="#000000", panel="#101010", ink="#ffffff",
                           muted="#e6e6e6", membrane="#ffffff", cytoplasm="#1a1a1a",
                           cleft="#000000", line_scale=1.7, text_scale=1.12,
                           overrides=HIGH_CONTRAST_PALETTE),
}


def theme_named(name: str) -> Theme:
    """The theme called ``name``; ValueError listing the themes otherwise."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; choose from {', '.join(THEMES)}") from None
