"""The palette stays distinguishable for the commonest colour-vision deficiencies."""
import itertools

import numpy as np
import pytest

from app.scenes.theme import THEMES
from tests.accessibility import wcag

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
SIMULATIONS = {
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
}
#: The colours that carry meaning in the pictures (black is only ink).
MEANINGFUL = ["orange", "sky", "green", "yellow", "blue", "vermillion", "purple", "grey",
              "lime", "lavender", "khaki"]
#: Meanings a scene shows side by side that once shared a colour (issue 11).
SHOWN_TOGETHER = [("bdnf", "spine"), ("mtor", "blocked"), ("ketamine", "dissociation"),
                  ("mtor", "glutamate")]


def linear(hex_colour):
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def lab(linear_rgb):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(linear_rgb, 0, 1)
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("deficiency", sorted(SIMULATIONS))
def test_every_pair_of_meaningful_colours_stays_apart(deficiency, theme):
    colours = {name: THEMES[theme].color(name).name() for name in MEANINGFUL}
    seen = {name: lab(SIMULATIONS[deficiency] @ linear(hex_colour))
            for name, hex_colour in colours.items()}
    closest = min(np.linalg.norm(seen[a] - seen[b])
                  for a, b in itertools.combinations(MEANINGFUL, 2))
    assert closest > 10.0, f"two roles look alike under {deficiency} (ΔE {closest:.1f})"


def apart(theme, first, second) -> float:
    """The smallest ΔE between two colours, seen with normal vision or a deficiency."""
    a, b = (linear(THEMES[theme].color(role).name()) for role in (first, second))
    views = [np.eye(3), *SIMULATIONS.values()]
    return min(np.linalg.norm(lab(m @ a) - lab(m @ b)) for m in views)


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("first, second", SHOWN_TOGETHER)
def test_meanings_shown_together_have_colours_of_their_own(theme, first, second):
    assert apart(theme, first, second) > 10.0, f"{first} and {second} look alike in {theme}"


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_meaningful_colour_stands_out_from_the_grounds(theme):
    """Graphics that carry meaning need 3:1 against what they are drawn on (WCAG 1.4.11);
    the high-contrast theme, for low vision, asks 4.5:1."""
    needed = 4.5 if theme == "high-contrast" else 3.0
    grounds = (THEMES[theme].background_top, THEMES[theme].background_bottom,
               THEMES[theme].cytoplasm)
    faint = [(name, ground, round(float(wcag.ratio(wcag.rgb(THEMES[theme].color(name)),
                                                   wcag.rgb(ground))), 2))
             for name in MEANINGFUL for ground in grounds
             if wcag.ratio(wcag.rgb(THEMES[theme].color(name)), wcag.rgb(ground)) < needed]
    assert not faint


def test_the_high_contrast_theme_puts_white_ink_on_black():
    theme = THEMES["high-contrast"]
    assert (theme.ink, theme.background_bottom) == ("#ffffff", "#000000")
    assert theme.line_scale > THEMES["dark"].line_scale
