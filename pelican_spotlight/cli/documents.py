"""The documents ``pelican-spotlight`` writes for the blogger and the blog's readers, in the site's
language (docs/translations.md): the report as text and as Markdown to paste into a post, and the
lists' ``lists.md``. ``--format json`` is data and stays as ``report.json`` writes it; diagnostics
stay in English (cli/main.py).

Period keys, slugs, ISO dates, channel names and file names are data and stay as they are; every
label goes through the ``Language``, and registry text through ``markdown_text`` (issue #23).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pelican_spotlight.cli.lists import ListFiles, without_handle
from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.text import markdown_text
from pelican_spotlight.practice.report import (
    Report,
    Tally,
    counting_rule,
    rhythm_lines,
    summary_lines,
)


def per_period(kind: str, language: Language) -> str:
    """The heading of the per-period table: "Per month"."""
    headings = {
        "week": language.gettext("Per week"),
        "month": language.gettext("Per month"),
        "quarter": language.gettext("Per quarter"),
        "year": language.gettext("Per year"),
    }
    return headings.get(kind, kind)


def _colon(tr: Language, label: str) -> str:
    """``label:`` with the language's spacing (French puts a space before the colon)."""
    return tr.gettext("%(label)s:", label=label)


def _row(*cells: object) -> str:
    return "| " + " | ".join(map(str, cells)) + " |"


def _day(value: dt.datetime | None) -> str:
    return value.date().isoformat() if value else "—"


def _code(text: str) -> str:
    return f"`{text}`"


def _strong(text: str) -> str:
    return f"**{text}**"


def _yes_no(tr: Language, value: bool) -> str:
    return tr.gettext("yes") if value else tr.gettext("no")


def why_counts(report: Report, tr: Language) -> str:
    return ", ".join(f"{tr.why(w)} {tr.number(n)}" for w, n in report.why.items())


def report_text(report: Report, language: Language | None = None) -> str:
    """The build's summary, the rhythm and the counting rule, then the periods, the changemakers and
    the why balance, aligned for a terminal."""
    tr = language or Language()
    lines = [*summary_lines(report, tr), *rhythm_lines(report, tr), counting_rule(tr), ""]
    lines.append(_colon(tr, per_period(report.period_kind, tr)))
    for p in report.periods:
        mark = "✓" if p.tally.meets_target else "✗"
        counts = tr.gettext(
            "%(others)s others %(self)s self",
            others=tr.number(p.tally.others).rjust(4),
            self=tr.number(p.tally.self).rjust(4),
        )
        lines.append(f"  {p.period.key:<10} {counts}  {p.tally.ratio_in(tr)} {mark}")
    if not report.periods:
        lines.append("  " + tr.gettext("(no posts counted)"))
    lines += ["", _colon(tr, tr.gettext("Changemakers (posts, first, last)"))]
    circles = [tr.circle(f.changemaker.circle) for f in report.changemakers]
    width = max(9, *map(len, circles)) if circles else 9
    for f, circle in zip(report.changemakers, circles, strict=True):
        count = tr.number(f.count)
        lines.append(f"  {f.slug:<28} {circle:<{width}} {count:>4}  {_day(f.first)}  {_day(f.last)}")
    why = tr.gettext("%(label)s: %(value)s", label=tr.gettext("Why balance"), value=why_counts(report, tr))
    lines += ["", why]
    return "\n".join(lines) + "\n"


def totals_markdown(report: Report, tr: Language) -> str:
    """The report's first sentence, as the report page says it."""
    t = report.totals
    others, self_, value = (
        _strong(text) for text in (tr.number(t.others), tr.number(t.self), t.ratio_in(tr))
    )
    counts = tr.ngettext(
        "%(count)s post about others, %(self)s about yourself:",
        "%(count)s posts about others, %(self)s about yourself:",
        t.others,
        count=others,
        self=self_,
    )
    target = tr.number(report.target_ratio)
    ratio = tr.gettext("%(ratio)s (target %(target)s : 1)", ratio=value, target=target)
    verdict = tr.gettext("target met") if t.meets_target else tr.gettext("below target")
    return f"{counts} {ratio} — {verdict}."


def report_markdown(report: Report, language: Language | None = None) -> str:
    """The report as Markdown to paste into a post: its readers see it, so it is in the site's
    language; names and channels are ``markdown_text`` (issue #23)."""
    tr = language or Language()
    lines = [
        "# " + tr.gettext("Spotlight report"),
        "",
        totals_markdown(report, tr),
        "",
        counting_rule(tr),
        "",
        tr.gettext("Focus list: %(size)s of at most %(max)s", size=report.focus_size, max=report.focus_max)
        + ".",
        "",
        "## " + per_period(report.period_kind, tr),
        "",
        *tally_header(tr.gettext("period"), tr),
    ]
    for p in report.periods:
        lines.append(tally_row(p.period.key, p.tally, tr))
    if report.has_social:
        lines += channels_markdown(report, tr)
    lines += ["", "## " + tr.gettext("Changemakers"), ""]
    header = (tr.gettext("changemaker"), tr.gettext("circle"), tr.gettext("posts"), tr.gettext("first"))
    lines += [_row(*header, tr.gettext("last")), "| --- | --- | ---: | --- | --- |"]
    for f in report.changemakers:
        circle = tr.circle(f.changemaker.circle)
        lines.append(_row(markdown_text(f.name), circle, tr.number(f.count), _day(f.first), _day(f.last)))
    lines += ["", "## " + due_heading(report, tr), ""]
    if report.newest:
        nobody = tr.gettext("Nobody is due.")
    else:
        nobody = tr.gettext("Nobody is due: no published posts yet to measure from.")
    lines += [f"- {markdown_text(name)}" for name in report.due_names] or [nobody]
    lines += ["", "## " + tr.gettext("Why balance"), ""]
    for w, n in report.why.items():
        lines.append("- " + tr.gettext("%(label)s: %(value)s", label=tr.why(w), value=tr.number(n)))
    return "\n".join(lines) + "\n"


def due_heading(report: Report, tr: Language) -> str:
    return tr.ngettext(
        "Due for a spotlight (not featured in %(num)s day)",
        "Due for a spotlight (not featured in %(num)s days)",
        report.due_days,
    )


def tally_header(first: str, tr: Language) -> list[str]:
    """The header of a table of others, self, ratio and target met, its first column ``first``."""
    cells = (tr.gettext("others"), tr.gettext("self"), tr.gettext("ratio"), tr.gettext("target met"))
    return [_row(first, *cells), "| --- | ---: | ---: | --- | --- |"]


def tally_row(name: str, t: Tally, tr: Language) -> str:
    return _row(name, tr.number(t.others), tr.number(t.self), t.ratio_in(tr), _yes_no(tr, t.meets_target))


def channels_markdown(report: Report, tr: Language) -> list[str]:
    """The per-channel table and the weekly social counts (only when there are posts elsewhere)."""
    lines = ["", "## " + tr.gettext("Channels"), "", *tally_header(tr.gettext("channel"), tr)]
    rows = [*((markdown_text(name), t) for name, t in report.channels.items())]
    rows.append((tr.gettext("all channels"), report.all_channels))
    lines += [tally_row(name, t, tr) for name, t in rows]
    rhythm = report.social_rhythm
    if rhythm:
        lines += [
            "",
            "## " + tr.gettext("Weekly rhythm"),
            "",
            tr.ngettext(
                "Weeks that met each goal of posts about others, of the %(num)s week up to %(week)s, "
                "the newest social post's.",
                "Weeks that met each goal of posts about others, of the %(num)s weeks up to %(week)s, "
                "the newest social post's.",
                rhythm[0].weeks,
                week=rhythm[0].last,
            ),
            "",
            _row(tr.gettext("channel"), tr.gettext("goal a week"), tr.gettext("weeks met")),
            "| --- | ---: | ---: |",
        ]
        for r in rhythm:
            name = tr.gettext("all channels together") if r.channel is None else markdown_text(r.channel)
            met = tr.gettext("%(met)s of %(weeks)s", met=tr.number(r.met), weeks=tr.number(r.weeks))
            lines.append(_row(name, tr.number(r.goal), met))
    return lines + social_weeks_markdown(report, tr)


def social_weeks_markdown(report: Report, tr: Language) -> list[str]:
    """Every week's social posts, all channels together, then each channel's others / self (and
    whether it met its own goal, for a channel that has one)."""
    names = list(report.social_weeks[0].channels) if report.social_weeks else []
    header = (tr.gettext("week"), tr.gettext("others"), tr.gettext("self"), tr.gettext("goal met"))
    lines = [
        "",
        "## " + tr.gettext("Social posts per week"),
        "",
        _row(*header, *map(markdown_text, names)),
        "| --- | ---: | ---: | --- |" + " ---: |" * len(names),
    ]
    for w in report.social_weeks:
        cells = []
        for c in w.channels.values():
            mark = "" if c.meets_target is None else " ✓" if c.meets_target else " ✗"
            cells.append(f"{tr.number(c.others)} / {tr.number(c.self)}{mark}")
        totals = (tr.number(w.others), tr.number(w.self), _yes_no(tr, w.meets_target))
        lines.append(_row(w.period.key, *totals, *cells))
    if names:
        lines += [
            "",
            tr.gettext("Per channel: posts about others / about yourself; ✓ or ✗ against its own goal."),
        ]
    return lines


def lists_markdown(
    people: Sequence[Changemaker], written: ListFiles, language: Language | None = None
) -> str:
    """``lists.md``: what was written, and per network whom to look up (no handle there)."""
    tr = language or Language()
    focus = sum(1 for cm in people if cm.is_focus)
    circles = {"focus": tr.gettext("focus list"), "extended": tr.gettext("extended network")}
    lines = [
        "# " + tr.gettext("Network lists"),
        "",
        tr.gettext(
            "Focus list: %(focus)s; extended network: %(extended)s.",
            focus=tr.number(focus),
            extended=tr.number(len(people) - focus),
        )
        + " "
        + tr.gettext(
            "Written by %(command)s from the registry; run it again (in an empty folder) after changing "
            "the registry.",
            command="`pelican-spotlight lists`",
        ),
        "",
        "## " + tr.gettext("Files"),
        "",
    ]
    for name, about in written.about_in(tr).items():
        lines.append("- " + tr.gettext("%(label)s: %(value)s", label=_code(name), value=about))
    for name, why in written.skipped_in(tr).items():
        why = tr.gettext("not written: %(why)s", why=why)
        lines.append("- " + tr.gettext("%(label)s: %(value)s", label=_code(name), value=why))
    lines += ["", "## " + tr.gettext("No handle yet"), ""]
    for network, missing in without_handle(people):
        lines += [f"### {network}", ""]
        if not missing:
            lines += [tr.gettext("Everyone has a handle here."), ""]
            continue
        lines += [f"- {markdown_text(cm.name)} ({circles.get(cm.circle, cm.circle)})" for cm in missing]
        lines.append("")
    return "\n".join(lines)
