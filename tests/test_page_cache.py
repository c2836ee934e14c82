"""The page cache (``builder/page_cache.py``): with Pelican's content cache on, a build renders the
body of a profile or roundup page again only when what the plugin's template reads for it changed,
and what it writes is byte for byte what a build without any cache writes, after each kind of change
to a post (its title, date, slug, whom it features, whom it is about), and with a theme's own page."""

from __future__ import annotations

import datetime as dt
import logging
import pickle
import re
from pathlib import Path

import pytest
from cached_builds import CACHED, UNCACHED, build, damaged_cache_is_not_read, damages
from jinja2 import Environment, nodes
from network_site import write_network_site

import pelican_spotlight
from pelican_spotlight.builder import generator
from pelican_spotlight.builder.page_cache import PageCache

CACHE_FILE = PageCache.CACHE_FILE
TEMPLATES = Path(pelican_spotlight.__file__).parent / "templates" / "spotlight"
PROFILES = 5  # the network site's changemakers
ROUNDUPS = 2  # October and November 2026: a month that features nobody has none
BODIES = PROFILES + ROUNDUPS + 1  # and the directory
BO = "posts/2026-11-bo.md"


def hits(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "page bodies as before" in r.getMessage()]


@pytest.fixture
def network(site, monkeypatch):
    write_network_site(site)
    # The Commons Lab (no "since") is featured in October and again in November.
    again = "Title: Again\nDate: 2026-11-10 10:00\n\n{% mention commons-lab %}\n"
    site.write("posts/2026-11-again.md", again)
    monkeypatch.setattr(generator, "build_day", lambda: dt.date(2026, 12, 3))
    return site


def edit(site, path: str, old: str, new: str) -> None:
    file = site.content / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{path} has no {old!r}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def retitle(site) -> None:  # the profile lists it, its roundup links it
    edit(site, BO, "Title: Meet Bo", "Title: Meet Bo, again")


def redate(site) -> None:  # November's roundup loses Bo, October's gains them (new there)
    edit(site, BO, "Date: 2026-11-02 10:00", "Date: 2026-10-02 10:00")


def reslug(site) -> None:  # every link to the post moves
    edit(site, BO, "Slug: meet-bo", "Slug: meeting-bo")


def refeature(site) -> None:  # the post features someone else
    edit(site, BO, "{% spotlight bo-connector %}", "{% spotlight feedless-org %}")


def about_self(site) -> None:  # November's tally and ratio change, nobody else's page
    edit(site, "posts/2026-11-bo.md", "Slug: meet-bo", "Slug: meet-bo\nAbout: SELF")


def first_later(site) -> None:  # the Lab is new in November, whose list of posts stays the same
    edit(site, "posts/2026-10-commons.md", "Spotlight: commons-lab", "Spotlight: adrienne-example")


def new_post(site) -> None:  # a December roundup appears, November's gets a next link
    site.write(
        "posts/2026-12-quiet.md", "Title: Quiet\nDate: 2026-12-01 10:00\n\n{% mention quiet-person %}\n"
    )


CHANGES = [retitle, redate, reslug, refeature, about_self, first_later, new_post]


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__)
def test_after_each_kind_of_change_a_cached_build_writes_what_a_clean_build_writes(network, caplog, change):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    before = build(network, "out-before", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: 0 of {BODIES} page bodies as before"]
    assert (network.root / "cache" / CACHE_FILE).is_file()

    change(network)
    cached = build(network, "out-cached", caplog, **CACHED)
    kept = hits(caplog)
    clean = build(network, "out-clean", caplog, **UNCACHED)

    spotlight_pages = [n for n in clean if n.startswith("spotlight/") and n.endswith(".html")]
    changed = [n for n in spotlight_pages if before.get(n) != clean[n]]
    assert changed, (
        f"{change.__name__} changed none of the plugin's pages: the comparison would prove nothing"
    )
    assert cached.keys() == clean.keys()
    assert [name for name in clean if cached[name] != clean[name]] == []
    # Some bodies came from the cache, or the comparison says nothing about it.
    assert kept and not kept[0].startswith("spotlight cache: 0 of"), kept


def test_a_registry_change_renders_every_body_again(network, caplog):
    # With Pelican's content cache on, a registry change shows in every page on the next build.
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    before = build(network, "out-before", caplog, **CACHED)
    edit(network, "spotlight.yaml", "name: Bo Connector", "name: Bo Renamed\n    slug: bo-connector")
    cached = build(network, "out-cached", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: 0 of {BODIES} page bodies as before"]
    clean = build(network, "out-clean", caplog, **UNCACHED)
    assert before["spotlight/bo-connector/index.html"] != clean["spotlight/bo-connector/index.html"]
    assert b"Bo Renamed" in clean["spotlight/index.html"]
    assert cached == clean


def test_a_save_renders_again_only_the_pages_whose_content_changed(network, caplog):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    build(network, "out", caplog, **CACHED)
    build(network, "out", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: {BODIES} of {BODIES} page bodies as before"]
    retitle(network)  # Bo's profile and November's roundup list the post
    build(network, "out", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: {BODIES - 2} of {BODIES} page bodies as before"]


def test_a_themes_own_spotlight_template_turns_the_cache_off(network, caplog, tmp_path):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    overrides = tmp_path / "overrides" / "spotlight"
    overrides.mkdir(parents=True)
    # It may read anything in the site's context: here every article's title, on each profile.
    source = (TEMPLATES / "changemaker.html").read_text(encoding="utf-8")
    marker = '<div class="spotlight-profile h-card">'
    assert marker in source
    mine = source.replace(marker, marker + "{% for a in articles %}<i>{{ a.title }}</i>{% endfor %}")
    (overrides / "changemaker.html").write_text(mine, encoding="utf-8")
    settings = {**CACHED, "THEME_TEMPLATES_OVERRIDES": [str(tmp_path / "overrides")]}
    build(network, "out", caplog, **settings)
    edit(network, "posts/2026-09-self.md", "Title: My own news", "Title: My newer news")
    cached = build(network, "out-cached", caplog, **settings)
    assert hits(caplog) == []
    assert "My newer news" in cached["spotlight/quiet-person/index.html"].decode()
    settings.update(UNCACHED)
    assert cached == build(network, "out-clean", caplog, **settings)


def test_a_verbatim_copy_of_a_template_keeps_the_cache(network, caplog, tmp_path):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    overrides = tmp_path / "overrides" / "spotlight"
    overrides.mkdir(parents=True)
    (overrides / "_card.html").write_text((TEMPLATES / "_card.html").read_text(encoding="utf-8"), "utf-8")
    settings = {**CACHED, "THEME_TEMPLATES_OVERRIDES": [str(tmp_path / "overrides")]}
    build(network, "out", caplog, **settings)
    build(network, "out", caplog, **settings)
    assert hits(caplog) == [f"spotlight cache: {BODIES} of {BODIES} page bodies as before"]


def test_no_cache_without_pelicans_content_cache_or_with_spotlight_cache_off(network, caplog):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    build(network, "out", caplog, **UNCACHED)
    assert hits(caplog) == []
    assert not (network.root / "cache" / CACHE_FILE).exists()
    build(network, "out", caplog, **CACHED, SPOTLIGHT_CACHE=False)
    assert hits(caplog) == []
    assert not (network.root / "cache" / CACHE_FILE).exists()


def test_a_build_on_the_next_day_renders_every_page(network, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    build(network, "out", caplog, **CACHED)
    monkeypatch.setattr(generator, "build_day", lambda: dt.date(2026, 12, 4))
    build(network, "out", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: 0 of {BODIES} page bodies as before"]


@damages(PageCache.FORMAT)
def test_a_damaged_or_foreign_cache_is_not_read(network, caplog, damage):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    said = damaged_cache_is_not_read(network, caplog, CACHE_FILE, damage, lambda: hits(caplog))
    assert said == [f"spotlight cache: 0 of {BODIES} page bodies as before"]


# -- the templates and their declared inputs ---------------------------------------------------------

# What outputs.profile_inputs, roundup_inputs and index_inputs cover, as the paths each page's
# templates read (the page's own and those it includes; a loop's variable by its own name: ``post``
# is each of ``changemaker.posts``). A template that reads anything else would be served a stale
# body: add it to the inputs, then here.
READS = {
    "changemaker.html": {
        "changemaker.articles", "changemaker.changemaker", "changemaker.count",
        "changemaker.first_featured", "changemaker.first_featured.isoformat", "changemaker.last_featured",
        "changemaker.last_featured.isoformat", "changemaker.name", "changemaker.posts", "cm.circle",
        "cm.feed", "cm.image", "cm.kind", "cm.name", "cm.since", "cm.since.isoformat", "cm.social",
        "cm.social_links", "cm.summary", "cm.tags", "cm.url", "cm.why", "loop.last", "post.date",
        "post.date.isoformat", "post.day", "post.title", "post.url", "spotlight.index_url",
    },
    "roundup.html": {
        "loop.last", "p.name", "p.summary", "p.url", "post.title", "post.url", "roundup.new",
        "roundup.next", "roundup.next.period", "roundup.next.period.label_in", "roundup.next.url",
        "roundup.period", "roundup.period.end", "roundup.period.end.isoformat",
        "roundup.period.label_in", "roundup.period.start", "roundup.period.start.isoformat",
        "roundup.previous", "roundup.previous.period", "roundup.previous.period.label_in",
        "roundup.previous.url", "roundup.spotlights", "roundup.tally", "roundup.tally.meets_target",
        "roundup.tally.others", "roundup.tally.ratio_in", "roundup.tally.self", "spotlight.get",
        "spotlight.roundups_url",
    },
    "index.html": {
        "cm.image", "cm.kind", "cm.name", "cm.social", "cm.social_links", "cm.summary", "cm.url",
        "cm.why", "loop.last", "p.changemaker", "p.count", "p.last_featured",
        "p.last_featured.isoformat", "p.name", "p.url", "spotlight.by_kind", "spotlight.by_kind.get",
        "spotlight.by_tag", "spotlight.by_tag.get", "spotlight.by_why", "spotlight.by_why.get",
        "spotlight.extended", "spotlight.focus", "spotlight.profiles", "spotlight.tags",
        "spotlight.profiles|selectattr(articles)",
    },
}  # fmt: skip
NAMES = {  # the context names each reads, besides the plugin's words and dates
    "changemaker.html": {"SITEURL", "changemaker", "spotlight", "spotlight_body_only"},
    "roundup.html": {"SITEURL", "roundup", "spotlight", "spotlight_body_only", "spotlight_lang"},
    "index.html": {"SITEURL", "spotlight", "spotlight_body_only"},
}
WORDS = {"spotlight_gettext", "spotlight_ngettext"}
# Filters that read an attribute named by a string argument.
BY_NAME = {"attr", "map", "selectattr", "rejectattr", "sort", "groupby", "sum", "min", "max", "unique"}


def parsed(name: str) -> list[nodes.Template]:
    """The template and every template it includes or imports, parsed."""
    environment = Environment(extensions=["jinja2.ext.do"])
    found, todo = {}, [name]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found[current] = environment.parse((TEMPLATES / current).read_text(encoding="utf-8"))
        for node in found[current].find_all((nodes.Include, nodes.Import, nodes.FromImport)):
            assert isinstance(node.template, nodes.Const), f"{current} includes a template by a variable"
            todo.append(node.template.value.removeprefix("spotlight/"))
    return list(found.values())


def path(node: nodes.Node) -> str:
    """``a.b.c`` for an attribute read on a name (``?`` for any other base, a call's result say)."""
    names = []
    while isinstance(node, nodes.Getattr):
        names.append(node.attr)
        node = node.node
    return ".".join([node.name if isinstance(node, nodes.Name) else "?", *reversed(names)])


@pytest.mark.parametrize("name", sorted(READS))
def test_each_cached_template_reads_only_what_keys_its_body(name):
    asts = parsed(name)
    reads = {path(node) for ast in asts for node in ast.find_all(nodes.Getattr)}
    for ast in asts:
        for node in ast.find_all(nodes.Filter):
            if node.name in BY_NAME:
                named = [*node.args, *(kw.value for kw in node.kwargs if kw.key == "attribute")]
                assert all(isinstance(arg, nodes.Const) for arg in named), f"{name}: |{node.name} by variable"
                reads |= {f"{path(node.node)}|{node.name}({arg.value})" for arg in named}
    assert reads == READS[name], f"{name} reads other paths: update outputs.*_inputs, then READS"
    loaded = {n.name for ast in asts for n in ast.find_all(nodes.Name) if n.ctx == "load"}
    stored = {n.name for ast in asts for n in ast.find_all(nodes.Name) if n.ctx in ("store", "param")}
    # A subscript only picks a word from a literal table (no context value is read that way).
    for ast in asts:
        for node in ast.find_all(nodes.Getitem):
            assert isinstance(node.node, nodes.Dict) or getattr(node.node, "name", None) in stored
    # Every extends is one of the plugin's own templates (the page cache checks those).
    templates = [c.value for ast in asts for c in ast.find_all(nodes.Const) if ".html" in str(c.value)]
    assert templates and all(re.fullmatch(r"spotlight/_\w+\.html", t) for t in templates), templates
    assert loaded - stored - WORDS - {"loop"} == NAMES[name]


def test_an_entry_that_is_not_a_kept_body_is_rendered_again(network, caplog):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    clean = build(network, "out-clean", caplog, **UNCACHED)
    build(network, "out", caplog, **CACHED)
    path = network.root / "cache" / CACHE_FILE
    data = pickle.loads(path.read_bytes())
    assert len(data["entries"]) == BODIES
    data["entries"] = {key: (b"not zlib", "title") for key in data["entries"]}
    path.write_bytes(pickle.dumps(data))
    cached = build(network, "out", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: 0 of {BODIES} page bodies as before"]
    assert cached == clean
