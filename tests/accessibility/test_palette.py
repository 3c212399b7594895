"""The palette stays distinguishable for the commonest colour-vision deficiencies."""
import itertools

import numpy as np
import pytest

from app.scenes.theme import THEMES

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
MEANINGFUL = ["orange", "sky", "green", "yellow", "blue", "vermillion", "purple", "grey"]


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


def test_the_high_contrast_theme_puts_white_ink_on_black():
    theme = THEMES["high-contrast"]
    assert (theme.ink, theme.background_bottom) == ("#ffffff", "#000000")
    assert theme.line_scale > THEMES["dark"].line_scale
