"""Every colour the stylesheet and the charts use meets WCAG AA on light and dark themes.

The contrast ratios are computed, not looked up: each colour declared in ``spotlight.css`` is evaluated
the way a browser does (``color-mix`` in linear light with the theme's text colour) against the text
and background colours of light and dark themes, and its WCAG 2 contrast with the background is
compared with AA: 4.5:1 for text and chart marks, 3:1 for borders (non-text, WCAG 1.4.11). The same
check runs in a real browser in ``tests/browser``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources

import pytest

from pelican_spotlight.practice.charts import bar_chart, ratio_chart

CSS = resources.files("pelican_spotlight").joinpath("static/spotlight.css").read_text("utf-8")

# (theme, background, text): the text colours themes pair with their backgrounds, light and dark.
THEMES = [
    ("white, black text (Pelican's simple)", "#ffffff", "#000000"),
    ("white, dark grey text", "#ffffff", "#333333"),
    ("white, mid grey text (4.5:1 itself)", "#ffffff", "#595959"),
    ("off-white (notmyidea)", "#f5f4ef", "#000305"),
    ("light grey, near-black text", "#f0f0f0", "#222222"),
    ("the demo theme, light", "#faf8f3", "#1e2329"),
    ("black, white text", "#000000", "#ffffff"),
    ("Material dark", "#121212", "#e6e6e6"),
    ("dark grey, light grey text", "#222222", "#cccccc"),
    ("GitHub dark", "#0d1117", "#c9d1d9"),
    ("Dracula", "#282a36", "#f8f8f2"),
    ("the demo theme, dark", "#15181c", "#e8e5de"),
]
TEXT_AA, NON_TEXT_AA = 4.5, 3.0


def channel(c: int) -> float:
    """sRGB 0-255 to linear light (WCAG 2's formula)."""
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def linear(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    r, g, b = (channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return r, g, b


def luminance(rgb: tuple[float, float, float]) -> float:
    r, g, b = rgb
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: float, b: float) -> float:
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


_MIX_RE = re.compile(
    r"color-mix\(\s*in srgb-linear\s*,\s*currentColor\s+(\d+(?:\.\d+)?)%\s*,\s*(#[0-9a-fA-F]{3,6})\s*\)"
)


def evaluate(value: str, text: str) -> tuple[float, float, float] | None:
    """The linear RGB of a CSS colour value with ``text`` as currentColor; None for ``inherit`` and
    ``currentColor`` (the theme's own text colour). Any other form fails the test: a fixed colour
    cannot keep its contrast on both light and dark backgrounds."""
    value = value.strip()
    if value in ("inherit", "currentColor", "currentcolor"):
        return None
    m = _MIX_RE.fullmatch(value)
    if m:
        share = float(m[1]) / 100
        hue, ink = linear(m[2]), linear(text)
        return tuple(share * t + (1 - share) * h for t, h in zip(ink, hue, strict=True))
    raise AssertionError(f"{value!r}: a fixed colour the contrast check refuses; derive it from currentColor")


def declared_colours() -> list[tuple[str, str, str]]:
    """``(selector, property, colour value)`` for every colour the stylesheet uses: a ``var()``'s
    fallback, or the value itself."""
    found = []
    css = re.sub(r"/\*.*?\*/", "", CSS, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        for prop, value in re.findall(r"([\w-]+)\s*:\s*([^;]+)", body):
            if prop not in ("color", "fill", "stroke", "background", "background-color") and not (
                prop.startswith("border") or prop.startswith("outline")
            ):
                continue
            for fallback in re.findall(r"var\(--[\w-]+\s*,\s*((?:[^()]|\([^()]*\))+)\)", value) or [value]:
                colour = next(iter(_colour_tokens(fallback)), None)
                if colour is not None:
                    found.append((" ".join(selector.split()), prop, colour))
    return found


def _colour_tokens(value: str) -> list[str]:
    """The colour in a declaration value (a border's colour among its width and style)."""
    return re.findall(
        r"color-mix\((?:[^()]|\([^()]*\))*\)|#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)"
        r"|\bcurrentColor\b|\binherit\b|\btransparent\b",
        value,
    )


def test_the_stylesheet_declares_the_colours_this_test_checks():
    props = {(p, c) for _, p, c in declared_colours()}
    assert any(p == "color" and "2e7d32" in c for p, c in props), "the 'met' colour"
    assert any(p == "color" and "c62828" in c for p, c in props), "the 'below' colour"
    assert any(p == "color" and "1565c0" in c for p, c in props), "the chart bars' colour"
    assert any(p.startswith("border") and "color-mix" in c for p, c in props), "the border colour"


@pytest.mark.parametrize(("theme", "background", "text"), THEMES, ids=[t[0] for t in THEMES])
def test_every_stylesheet_colour_meets_aa_on_light_and_dark_themes(theme, background, text):
    assert contrast(luminance(linear(text)), luminance(linear(background))) >= TEXT_AA, "the theme itself"
    low = []
    for selector, prop, value in declared_colours():
        if value == "transparent":
            assert prop.startswith("background"), f"{selector} {prop}: transparent"
            continue
        rgb = evaluate(value, text)
        if rgb is None:
            continue  # the theme's text colour
        ratio = contrast(luminance(rgb), luminance(linear(background)))
        needed = NON_TEXT_AA if prop.startswith(("border", "outline")) else TEXT_AA
        if ratio < needed:
            low.append(f"{selector} {prop} {value}: {ratio:.2f} < {needed}")
    assert not low, f"{theme}: {low}"


def test_the_contrast_formula_gives_wcag_reference_values():
    white, black = luminance(linear("#fff")), luminance(linear("#000"))
    assert contrast(white, black) == pytest.approx(21)
    assert contrast(white, luminance(linear("#767676"))) == pytest.approx(4.54, abs=0.01)
    assert contrast(white, luminance(linear("#2e7d32"))) == pytest.approx(5.13, abs=0.01)


def test_a_fixed_colour_fails_the_check():
    """The check can fail: the old fixed 'met' green is 3.3:1 on a Material dark background."""
    with pytest.raises(AssertionError):
        evaluate("#2e7d32", "#e6e6e6")
    green = luminance(linear("#2e7d32"))
    assert contrast(green, luminance(linear("#121212"))) < TEXT_AA


def test_charts_draw_only_in_the_text_colour_and_leave_colours_to_the_stylesheet():
    svgs = [
        ratio_chart([("2026-10", 3.0), ("2026-11", 1.0), ("2026-12", None)], 3.0),
        bar_chart([("Ada", 3), ("Bo", 1)], "c", "Counts"),
    ]
    paints = set()
    for svg in svgs:
        for element in ET.fromstring(str(svg)).iter():
            paints.update(element.get(a) for a in ("fill", "stroke", "color") if element.get(a))
            assert element.get("fill-opacity") is None and element.get("opacity") is None
            assert "style" not in element.attrib
    assert paints == {"currentColor"}
