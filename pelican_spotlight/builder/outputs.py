"""What a build writes (docs/themes.md): the list of the plugin's pages and files, and their content.

Each output is written only when its save-as setting is non-empty. How a page or file is written
(theme layout, ``SITEURL``, the output folder) is ``pages.Output``'s business; this module decides
what: the profile pages, the directory and the stylesheet, then the report page, ``report.json``, the
roundups, their archive and Atom feed, the OPML blogroll and the recommendations. The data files are
built with ``json`` and ``xml.etree``, never by formatting strings with registry text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import partial
from importlib import resources

from feedgenerator import Atom1Feed, get_tag_uri
from markupsafe import Markup

from pelican_spotlight.builder.pages import Output
from pelican_spotlight.builder.site import Profile, SiteContext
from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.registry import CIRCLES, WHYS, Changemaker
from pelican_spotlight.core.urls import absolute_root
from pelican_spotlight.practice import charts
from pelican_spotlight.practice.report import Report, summary_lines, write_report_json
from pelican_spotlight.practice.roundups import Roundup

logger = logging.getLogger(__name__)


def circle_titles(language: Language) -> dict[str, str]:
    """The circles' names as the blogroll's groups show them."""
    return {"focus": language.gettext("Focus list"), "extended": language.gettext("Extended network")}


def write_all(site: SiteContext, out: Output) -> None:
    """Every page and file of the plugin, in this order."""
    write_directory(site, out)
    write_report(site, out)
    write_roundups(site, out)
    config = site.settings
    if config.opml_save_as:
        changemakers = [p.changemaker for p in site]
        blogroll = site.language.gettext("blogroll")
        out.text(
            config.opml_save_as,
            opml(changemakers, out.settings.get("SITENAME", ""), blogroll, circle_titles(site.language)),
        )
    if config.recommendations_save_as:
        out.text(config.recommendations_save_as, recommendations(site.report))


def write_directory(site: SiteContext, out: Output) -> None:
    """The stylesheet all the plugin's pages link, the profile pages, and the directory."""
    config = site.settings
    if config.css_save_as:
        css = resources.files("pelican_spotlight").joinpath("static/spotlight.css").read_text("utf-8")
        out.text(config.css_save_as, css)
    for profile in site:
        if profile.save_as:
            inputs = partial(profile_inputs, profile, site)
            out.page(profile.save_as, "spotlight/changemaker", profile.url, inputs, changemaker=profile)
    if config.index_save_as:
        out.page(config.index_save_as, "spotlight/index", config.index_url, partial(index_inputs, site))


def profile_inputs(profile: Profile, site: SiteContext) -> tuple:
    """Everything ``spotlight/changemaker.html`` reads for one profile besides the settings (and so
    what keys its body in ``page_cache``). ``tests/test_page_cache.py`` holds the template to it."""
    return (
        profile.changemaker,
        profile.count,
        profile.first_featured,
        profile.last_featured,
        [(p.url, p.title, p.date) for p in profile.posts],
        site.index_url,
    )


def index_inputs(site: SiteContext) -> list:
    """Everything ``spotlight/index.html`` (and the cards it includes) reads besides the settings, as
    ``profile_inputs``: each changemaker in registry order, their page, how often and when last
    featured (the groupings and counts it shows follow from these)."""
    return [(p.changemaker, p.url, p.count, p.last_featured) for p in site]


def roundup_inputs(roundup: Roundup, site: SiteContext) -> tuple:
    """Everything ``spotlight/roundup.html`` reads for one roundup besides the settings, as
    ``profile_inputs``: its period and tally, each person with the posts featuring them (their name,
    page and summary), and its neighbours."""
    slugs = [slug for slug, _ in roundup.spotlights] + list(roundup.new)
    people = {slug: (p.changemaker, p.url) if (p := site.get(slug)) else None for slug in slugs}
    return (
        roundup.period,
        roundup.tally,
        [(slug, [(p.url, p.title) for p in posts]) for slug, posts in roundup.spotlights],
        list(roundup.new),
        sorted(people.items()),
        [(r.url, r.period) if r else None for r in (roundup.previous, roundup.next)],
        site.roundups_url,
    )


def write_report(site: SiteContext, out: Output) -> None:
    """The report page (with its charts) and ``report.json``."""
    config, report = site.settings, site.report
    if config.report_save_as:
        drawn = report_charts(report, site.language)
        out.page(config.report_save_as, "spotlight/report", config.report_url, report=report, charts=drawn)
    if config.report_json_save_as:
        out.text(config.report_json_save_as, partial(write_report_json, report))


def write_roundups(site: SiteContext, out: Output) -> None:
    """One page per roundup, their archive (newest first) and their Atom feed."""
    config = site.settings
    for roundup in site.roundups:
        if roundup.save_as:
            inputs = partial(roundup_inputs, roundup, site)
            out.page(roundup.save_as, "spotlight/roundup", roundup.url, inputs, roundup=roundup)
    if config.roundups_save_as:
        newest_first = list(reversed(site.roundups))
        out.page(config.roundups_save_as, "spotlight/roundups", config.roundups_url, roundups=newest_first)
    if config.roundup_feed_atom:
        out.text(config.roundup_feed_atom, roundup_feed(site, out))


def announce(report: Report, warn_below_target: bool, language: Language | None = None) -> None:
    """The end-of-build summary, always printed; a warning when below target (``--fatal warnings``).

    No warning without changemakers: a missing registry is already its one warning (docs/registry.md), and
    with nobody to spotlight the ratio says nothing yet.
    """
    for line in summary_lines(report, language):
        print(line)
    if warn_below_target and report.changemakers and not report.totals.meets_target:
        logger.warning(
            "spotlight ratio %s is below the target %s : 1 (%s posts about others, %s about yourself)",
            report.totals.ratio_text,
            f"{report.target_ratio:g}",
            report.totals.others,
            report.totals.self,
        )


# The changemakers' chart shows at most this many bars, the most featured; the table beside it lists
# everyone. A bar for each of thousands would be unreadable, and each is drawn twice (docs/practice.md).
MOST_FEATURED = 30


def report_charts(report: Report, language: Language | None = None) -> dict[str, Markup]:
    """The report page's charts (the template puts a data table beside each), each drawn for a
    desktop's column and a phone's (``charts.responsive``), their words in ``language``."""
    tr = language or Language()
    featured = sorted(report.changemakers, key=lambda f: (-f.count, f.name.lower()))
    title = tr.gettext("Posts featuring each changemaker")
    if len(featured) > MOST_FEATURED:
        title = tr.gettext(
            "Posts featuring the %(shown)s most featured of %(all)s changemakers (the table lists everyone)",
            shown=tr.number(MOST_FEATURED),
            all=tr.number(len(featured)),
        )
        featured = featured[:MOST_FEATURED]
    responsive = charts.responsive
    return {
        "ratio": responsive(
            charts.ratio_chart,
            [(p.period.key, p.tally.ratio) for p in report.periods],
            report.target_ratio,
            chart_id="spotlight-ratio",
            language=tr,
        ),
        "changemakers": responsive(
            charts.bar_chart,
            [(f.name, f.count) for f in featured],
            chart_id="spotlight-counts",
            title=title,
            language=tr,
        ),
        "why": responsive(
            charts.bar_chart,
            [(tr.why(w), report.why[w]) for w in WHYS],
            chart_id="spotlight-why",
            title=tr.gettext("Why balance: featurings by reason for networking"),
            unit="featurings",
            language=tr,
        ),
        "social_weeks": responsive(
            charts.weekly_chart,
            [(w.period.key, w.others, w.meets_target) for w in report.social_weeks],
            report.weekly_goal.together,
            chart_id="spotlight-social-weeks",
            language=tr,
        ),
    }


def roundup_feed(site: SiteContext, out: Output) -> str:
    """An Atom feed with one entry per roundup, newest first, links absolute."""
    settings = out.settings
    base = absolute_root(settings) or (settings.get("SITEURL") or "").rstrip("/")
    config = site.settings
    archive = site.roundups_url
    tr = site.language
    sitename = Markup(settings.get("SITENAME", "")).striptags()
    feed = Atom1Feed(
        title=tr.gettext("%(site)s — spotlight roundups", site=sitename).strip(),
        link=f"{base}/{archive}",
        description=tr.gettext("Who this blog spotlighted, period by period."),
        feed_url=f"{base}/{config.roundup_feed_atom}",
        language=settings.get("DEFAULT_LANG"),
    )
    template = out.get_template("spotlight/_roundup_entry")
    # Newest first, at most FEED_MAX_ITEMS entries, as Pelican's own feeds.
    for roundup in list(reversed(site.roundups))[: settings.get("FEED_MAX_ITEMS")]:
        link = f"{base}/{roundup.url}" if roundup.save_as else f"{base}/{archive}#{roundup.key}"
        feed.add_item(
            title=roundup_title(roundup, tr),
            link=link,
            description=template.render(roundup=roundup, spotlight=site, base=base),
            # Stable across rebuilds: the period's start, not the changing "updated" date.
            unique_id=get_tag_uri(
                f"{base or 'http://localhost'}/{roundup.url or roundup.key}", roundup.period.start
            ),
            pubdate=roundup.updated,
            updateddate=roundup.updated,
        )
    return feed.writeString("utf-8")


def opml(
    changemakers: Iterable[Changemaker],
    sitename: str = "",
    what: str = "blogroll",
    circles: dict[str, str] | None = None,
) -> str:
    """OPML 2.0 blogroll: one outline per changemaker with a feed, grouped by circle (named by
    ``circles``, English by default); titled "SITENAME — blogroll" (or ``what``: the command line's
    lists use it for one circle alone)."""
    circles = circles or circle_titles(Language())
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{Markup(sitename).striptags()} — {what}".strip(" —")
    body = ET.SubElement(root, "body")
    for circle in CIRCLES:
        members = [cm for cm in changemakers if cm.circle == circle and cm.feed]
        if not members:
            continue
        group = ET.SubElement(body, "outline", text=circles[circle], title=circles[circle])
        for cm in members:
            attrs = {"type": "rss", "text": cm.name, "title": cm.name, "xmlUrl": cm.feed}
            if cm.url:
                attrs["htmlUrl"] = cm.url
            ET.SubElement(group, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _datetime(value: dt.date | None) -> str | None:
    """ISO 8601 datetime; a bare date is midnight UTC."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(0), tzinfo=dt.UTC)
    return value.isoformat()


def recommendations(report: Report) -> str:
    """Ghost's recommendations format: ``[{url, created_at, updated_at}]``, one per changemaker with a url.

    created_at is ``since`` (else the first featured date), updated_at the last featured date (else
    ``since``); a changemaker with neither has nulls rather than a made-up date.
    """
    items = []
    for featured in report.changemakers:
        cm = featured.changemaker
        if not cm.url:
            continue
        created = cm.since or featured.first
        updated = featured.last or cm.since
        items.append({"url": cm.url, "created_at": _datetime(created), "updated_at": _datetime(updated)})
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def roundup_title(roundup: Roundup, language: Language | None = None) -> str:
    """A roundup's title in the feed, as its page's."""
    tr = language or Language()
    return tr.gettext("Spotlight roundup: %(period)s", period=roundup.period.label_in(tr))
