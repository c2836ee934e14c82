"""SVG charts for the report page, made at build time so they show with JavaScript off.

Built with ``xml.etree.ElementTree``, which escapes every label and title, so registry text can never
become markup. Each chart has ``role="img"``, a ``<title>`` and ``<desc>`` it names through
``aria-labelledby``, a ``viewBox`` and ``width="100%"``; the report page puts a data table next to each
one. A chart scales with the column it is drawn in, and its text with it, so each is drawn twice: ``WIDTH``
wide for a desktop's column and ``NARROW`` wide for a phone's (``responsive``). The stylesheet shows the
one that keeps the text between 11 and 16 CSS px in the column at hand.

Every fill and stroke is ``currentColor``: the stylesheet gives the bars
their colours (derived from the text colour, so they keep their contrast on dark themes), and without
it the charts are drawn in the text colour.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from pelican_spotlight.core.i18n import Language

SVG_NS = "http://www.w3.org/2000/svg"
WIDTH = 640
NARROW = 330  # a phone's column (260 to 380 px) draws it at 0.8 to 1.15 times: 11 to 16 px text
FONT = 14


def _svg(
    chart_id: str, title: str, desc: str, height: int, css_class: str, width: int, hidden: bool
) -> ET.Element:
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"0 0 {width} {height}",
            "width": "100%",
            "role": "img",
            "aria-labelledby": f"{chart_id}-title {chart_id}-desc",
            "class": f"spotlight-chart {css_class}",
            "id": chart_id,
            "font-size": str(FONT),
            "font-family": "sans-serif",
            # Coordinates run left to right: in a right-to-left page, text-anchor keeps its meaning.
            "direction": "ltr",
        },
    )
    if hidden:
        svg.set("style", "display: none")
    ET.SubElement(svg, "title", {"id": f"{chart_id}-title"}).text = title
    ET.SubElement(svg, "desc", {"id": f"{chart_id}-desc"}).text = desc
    return svg


def _text(parent: ET.Element, x: float, y: float, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, "text", {"x": _n(x), "y": _n(y), "fill": "currentColor", **attrs})
    element.text = text
    return element


def _n(value: float) -> str:
    """A coordinate, short (SVG needs no more than two decimals here)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _markup(svg: ET.Element) -> Markup:
    return Markup(ET.tostring(svg, encoding="unicode"))


def responsive(draw: Callable[..., Markup], *args: Any, chart_id: str, **kwargs: Any) -> Markup:
    """The chart ``draw`` makes, twice: ``WIDTH`` wide, then ``NARROW`` wide (its ids suffixed
    ``-narrow``). The narrow one is hidden by an inline style, so a page without the stylesheet shows
    the wide one alone; the stylesheet chooses by the width of the column (a container query)."""
    wide = draw(*args, chart_id=chart_id, width=WIDTH, **kwargs)
    return wide + draw(*args, chart_id=f"{chart_id}-narrow", width=NARROW, hidden=True, **kwargs)


def ratio_chart(
    points: Sequence[tuple[str, float | None]],
    target: float,
    chart_id: str = "spotlight-ratio",
    title: str | None = None,
    width: int = WIDTH,
    hidden: bool = False,
    language: Language | None = None,
) -> Markup:
    """Bars of others : self per period against a dashed target line, its words in ``language``.

    ``points`` are ``(label, ratio)``; a None ratio ("all others", no self posts) is drawn to the top
    of the scale and labelled "all" above it.
    """
    tr = language or Language()
    ratio = tr.gettext("all others")
    columns = [
        _Column(
            label,
            value,
            met=value is None or value >= target,
            title=tr.gettext(
                "%(label)s: %(ratio)s",
                label=label,
                ratio=ratio if value is None else tr.gettext("%(ratio)s : 1", ratio=tr.number(value, "0.0")),
            ),
            note=tr.gettext("all") if value is None else "",
        )
        for label, value in points
    ]
    met = sum(1 for column in columns if column.met)
    desc = tr.ngettext(
        "%(num)s period; the target is %(target)s : 1; %(met)s of them at or above the target.",
        "%(num)s periods; the target is %(target)s : 1; %(met)s of them at or above the target.",
        len(points),
        target=tr.number(target),
        met=met,
    )
    title = title or tr.gettext("Ratio of posts about others to posts about yourself, per period")
    desc += " " + tr.gettext("The table below gives every value.")
    svg = _svg(chart_id, title, desc, _RATIO.height, "spotlight-chart--ratio", width, hidden)
    line = tr.gettext("target %(target)s : 1", target=tr.number(target))
    return _column_chart(svg, _RATIO, columns, target, line)


@dataclass(frozen=True)
class _Column:
    """One bar of a column chart; a None value is drawn to the top of the scale."""

    label: str
    value: float | None
    met: bool  # at or above the dashed line: the stylesheet colours it so
    title: str  # the bar's tooltip
    note: str = ""  # written above the bar


@dataclass(frozen=True)
class _Shape:
    """What differs between the column charts' frames."""

    height: int
    bar_max: float
    bar_min: float


_RATIO = _Shape(height=260, bar_max=60, bar_min=2)
_WEEKS = _Shape(height=240, bar_max=40, bar_min=1)
_TOP, _BOTTOM, _LEFT, _RIGHT = 20, 50, 40, 10


def _column_chart(
    svg: ET.Element, shape: _Shape, columns: list[_Column], line_at: float | None, line_label: str
) -> Markup:
    """Columns on a scale from 0 with its ticks, and a dashed line (a target, a goal) across them,
    unless ``line_at`` is None (no one value to draw).

    The scale reaches at least half again the line's value, so the line never sits at the top.
    """
    scale_max = max([(line_at or 0) * 1.5, *(c.value for c in columns if c.value is not None), 1.0])
    plot_h = shape.height - _TOP - _BOTTOM
    width = float(svg.get("viewBox", "").split()[2])

    def y_of(value: float) -> float:
        return _TOP + plot_h * (1 - min(value, scale_max) / scale_max)

    axis = ET.SubElement(svg, "g", {"class": "spotlight-chart__axis", "aria-hidden": "true"})
    ET.SubElement(
        axis,
        "line",
        {"x1": _n(_LEFT), "y1": _n(_TOP + plot_h), "x2": _n(width - _RIGHT), "y2": _n(_TOP + plot_h)},
        stroke="currentColor",
    )
    for tick in _ticks(scale_max):
        _text(axis, _LEFT - 6, y_of(tick) + FONT / 3, f"{tick:g}", **{"text-anchor": "end"})

    bars = ET.SubElement(svg, "g", {"class": "spotlight-chart__bars"})
    slot = (width - _LEFT - _RIGHT) / max(len(columns), 1)
    bar_w = max(min(slot * 0.7, shape.bar_max), shape.bar_min)
    # every label that fits beside the last one shown: a phone's narrow chart shows fewer
    widest = max((text_width(c.label) for c in columns), default=0.0)
    label_every = max(1, math.ceil((widest + 8) / slot))
    for i, column in enumerate(columns):
        x = _LEFT + slot * i + (slot - bar_w) / 2
        y = y_of(scale_max if column.value is None else column.value)
        _bar(bars, column, x, y, bar_w, _TOP + plot_h)
        if i % label_every == 0:
            _text(bars, x + bar_w / 2, _TOP + plot_h + FONT + 4, column.label, **{"text-anchor": "middle"})
    if line_at is not None:
        _dashed_line(svg, y_of(line_at), line_label, width)
    return _markup(svg)


def _bar(bars: ET.Element, column: _Column, x: float, y: float, width: float, baseline: float) -> None:
    rect = ET.SubElement(
        bars,
        "rect",
        {
            "x": _n(x),
            "y": _n(y),
            "width": _n(width),
            "height": _n(baseline - y),
            "class": "spotlight-chart__bar " + ("is-met" if column.met else "is-below"),
            "fill": "currentColor",  # the stylesheet's colour for met / below; the text's without it
        },
    )
    ET.SubElement(rect, "title").text = column.title
    if column.note:  # above the bar, on the page's background, never on the bar's colour
        _text(bars, x + width / 2, y - 4, column.note, **{"text-anchor": "middle"})


def _dashed_line(svg: ET.Element, y: float, label: str, width: float) -> None:
    line = ET.SubElement(svg, "g", {"class": "spotlight-chart__target"})
    ET.SubElement(
        line,
        "line",
        {
            "x1": _n(_LEFT),
            "y1": _n(y),
            "x2": _n(width - _RIGHT),
            "y2": _n(y),
            "stroke": "currentColor",
            "stroke-dasharray": "6 4",
            "stroke-width": "1.5",
        },
    )
    _text(line, width - _RIGHT, y - 4, label, **{"text-anchor": "end"})


def _ticks(scale_max: float) -> list[float]:
    step = 1.0 if scale_max <= 6 else 2.0 if scale_max <= 12 else 5.0 if scale_max <= 30 else 10.0
    ticks, value = [], 0.0
    while value <= scale_max + 1e-9:
        ticks.append(value)
        value += step
    return ticks


def bar_chart(
    items: Sequence[tuple[str, int]],
    chart_id: str,
    title: str,
    unit: str = "posts",
    width: int = WIDTH,
    hidden: bool = False,
    language: Language | None = None,
) -> Markup:
    """Horizontal bars, one labelled row per item, the value printed at the end of each bar; ``unit``
    (``posts`` or ``featurings``) names the values in the description, in ``language``.

    Labels are never clipped: the label column is as wide as the longest label needs (up to
    ``MAX_LABEL`` of ``WIDTH``), and a longer label wraps onto a second line, shortened only past that.
    """
    line_h, pad, top, value_w = 18, 6, 8, 40
    labels = [wrap_label(label, MAX_LABEL * width / WIDTH) for label, _ in items]
    label_w = max((text_width(line) for lines in labels for line in lines), default=0) + 12
    heights = [len(lines) * line_h + 2 * pad for lines in labels]
    height = top * 2 + (sum(heights) or line_h + 2 * pad)
    largest = max((v for _, v in items), default=0)
    tr = language or Language()
    bars = "; ".join(_bar_text(label, value, unit, tr) for label, value in items)
    desc = bars or tr.gettext("No data yet.")
    svg = _svg(chart_id, title, desc, height, "spotlight-chart--bars", width, hidden)
    plot_w = width - label_w - value_w
    y = top
    for (_, value), lines, row in zip(items, labels, heights, strict=True):
        middle = y + row / 2 + FONT / 3
        group = ET.SubElement(svg, "g", {"class": "spotlight-chart__row"})
        first = middle - (len(lines) - 1) * line_h / 2
        label = _text(group, label_w - 8, first, lines[0], **{"text-anchor": "end"})
        for line in lines[1:]:
            ET.SubElement(label, "tspan", {"x": _n(label_w - 8), "dy": _n(line_h)}).text = line
        width = plot_w * value / largest if largest else 0
        ET.SubElement(
            group,
            "rect",
            {
                "x": _n(label_w),
                "y": _n(y + row / 2 - 8),
                "width": _n(width),
                "height": "16",
                "class": "spotlight-chart__bar",
                "fill": "currentColor",  # the stylesheet's --spotlight-bar; the text's without it
            },
        )
        _text(group, label_w + width + 4, middle, str(value))
        y += row
    return _markup(svg)


def _bar_text(label: str, value: int, unit: str, language: Language) -> str:
    """One bar in the chart's description: 'Ada: 3 posts'."""
    if unit == "featurings":
        return language.ngettext(
            "%(label)s: %(num)s featuring", "%(label)s: %(num)s featurings", value, label=label
        )
    return language.ngettext("%(label)s: %(num)s post", "%(label)s: %(num)s posts", value, label=label)


MAX_LABEL = 240  # the widest a label line may be, in SVG units (of WIDTH)


def text_width(text: str) -> float:
    """A generous estimate of ``text``'s width at FONT in a sans-serif face: wide letters, capitals
    and East Asian characters count more, narrow ones less. Generous, so a label never overflows."""
    width = 0.0
    for ch in text:
        if ch in "iljtfr.,:;'!|() ":
            width += 0.4
        elif ch.isupper() or ch in "mwMW@%&—" or ord(ch) >= 0x1100:
            width += 1.0 if ord(ch) >= 0x1100 or ch in "mwMW@%&—" else 0.78
        else:
            width += 0.64
    return width * FONT


def wrap_label(label: str, limit: float = MAX_LABEL) -> list[str]:
    """``label`` in at most two lines of at most ``limit`` wide, broken between words; what still
    does not fit is shortened with an ellipsis."""
    if text_width(label) <= limit:
        return [label]
    words = label.split()
    first = ""
    while words and text_width((first + " " + words[0]).strip()) <= limit:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one very long word
        first, rest = _fit(label, limit), ""
        rest = label[len(first) - 1 :]
        return [first, _fit(rest, limit)]
    return [first, _fit(" ".join(words), limit)]


def _fit(text: str, limit: float) -> str:
    """``text`` cut to ``limit`` wide, with an ellipsis when cut."""
    if text_width(text) <= limit:
        return text
    while text and text_width(text + "…") > limit:
        text = text[:-1]
    return text.rstrip() + "…"


def weekly_chart(
    weeks: Sequence[tuple[str, int, bool]],
    goal: int | None,
    chart_id: str = "spotlight-social-weeks",
    title: str | None = None,
    width: int = WIDTH,
    hidden: bool = False,
    language: Language | None = None,
) -> Markup:
    """Columns of posts about others per ISO week, each ``(week, posts, met)``, against a dashed line
    at ``goal``, the goal of all channels together; None when channels have goals of their own, which
    the columns' colours show and no one line can. Its words in ``language``."""
    tr = language or Language()
    columns = [
        _Column(
            label, value, met=met, title=tr.gettext("%(label)s: %(num)s about others", label=label, num=value)
        )
        for label, value, met in weeks
    ]
    met = sum(1 for column in columns if column.met)
    if goal is None:
        desc = tr.ngettext(
            "%(num)s week; channels have weekly goals of their own, and a week meets the rhythm when "
            "each of them reaches its goal; %(met)s of them did.",
            "%(num)s weeks; channels have weekly goals of their own, and a week meets the rhythm when "
            "each of them reaches its goal; %(met)s of them did.",
            len(weeks),
            met=met,
        )
    else:
        desc = tr.ngettext("%(num)s week", "%(num)s weeks", len(weeks)) + tr.ngettext(
            "; the goal is %(num)s post about others a week; %(met)s of them reached it.",
            "; the goal is %(num)s posts about others a week; %(met)s of them reached it.",
            goal,
            met=met,
        )
    svg = _svg(
        chart_id,
        title or tr.gettext("Social posts about others per week"),
        desc + " " + tr.gettext("The table below gives every value."),
        _WEEKS.height,
        "spotlight-chart--weeks",
        width,
        hidden,
    )
    return _column_chart(svg, _WEEKS, columns, goal, tr.gettext("goal %(num)s a week", num=goal))
