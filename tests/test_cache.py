"""The spotlight cache (``cache.py``): after a build, the command line re-reads only changed files,
and every answer is the same as reading everything (``--no-cache``)."""

from __future__ import annotations

import json
import logging
import os
import pickle
from pathlib import Path

import pytest
from network_site import POSTS, REGISTRY, write_network_site
from pelican.log import LimitFilter

from pelican_spotlight.builder import cache
from pelican_spotlight.cli.main import main
from pelican_spotlight.cli.reading import SiteReading, SiteRecords, load_settings, read_site

ARTICLES = len(POSTS)  # every article is read or cached: drafts, hidden posts and translations too

PROBLEMS = {  # a problem of every kind, in an article and in a page, for `check`
    "posts/2026-11-typos.md": """
        Title: Typos
        Date: 2026-11-25 10:00
        Spotlight: commons-lab, nobody-here
        About: everyone

        Thanks to {% mention adrienne-exampel %} and {% spotlight bo-connector style=huge %}.
        """,
    "pages/about.md": """
        Title: About
        Spotlight: ghost

        I read {% mention quiet-persn %}.
        """,
}


@pytest.fixture
def network(site, monkeypatch):
    """The multi-month site plus two files with problems, a pelicanconf.py, as the working folder."""
    write_network_site(site)
    for relpath, text in PROBLEMS.items():
        site.write(relpath, text)
    site.write_conf()
    monkeypatch.chdir(site.root)
    return site


def read(**kwargs) -> SiteRecords:
    return read_site(load_settings("pelicanconf.py"), **kwargs)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def report_json(capsys, *flags: str) -> str:
    code, out, _ = run(capsys, "report", "--format", "json", *flags)
    assert code == 0
    return out


def cache_file(site) -> Path:
    return site.root / "cache" / "spotlight" / "files.pickle"


def touch_later(path: Path) -> None:
    """Move a file's mtime a second forward, so a same-size edit is still seen."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def build(site, capsys, **settings) -> None:
    site.build(**settings)
    capsys.readouterr()  # the build's summary


# -- the normal case --------------------------------------------------------------------------------


def test_after_a_build_the_report_reads_no_file_and_gives_the_same_json(network, capsys):
    build(network, capsys)
    assert [p.name for p in cache_file(network).parent.iterdir()] == ["files.pickle"]  # no temp file
    site = read()
    assert (site.read, site.cached) == (0, ARTICLES + 1)
    cached = report_json(capsys)
    assert cached == report_json(capsys, "--no-cache") == network.read("spotlight/report.json")


def test_the_command_says_how_many_files_it_read(network, capsys, caplog):
    build(network, capsys)
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    read()
    assert f"spotlight: 0 files read, {ARTICLES + 1} from the cache" in caplog.messages


def test_check_reads_pages_from_the_build_too_and_report_keeps_them(network, capsys):
    build(network, capsys)
    read()  # report: articles only; the pages' records must survive it
    site = read(pages=True)
    assert (site.read, site.cached) == (0, ARTICLES + 2)


def test_without_a_build_the_command_fills_the_cache_itself(network, capsys):
    first = report_json(capsys)
    assert cache_file(network).is_file()
    assert read().read == 0
    assert report_json(capsys) == first


@pytest.mark.parametrize(
    "relpath, old, new, changed",
    [
        # a content change: the "About: SELF" post now features Bo too (and is still counted as self)
        (
            "posts/2026-11-about-self.md",
            "to {% mention",
            "to {% mention bo-connector %} and {% mention",
            "bo",
        ),
        # a changed About: the self post is now counted as about others
        ("posts/2026-11-about-self.md", "About: SELF", "About: others", "about"),
    ],
    ids=["content", "about"],
)
def test_an_edited_post_alone_is_read_again(network, capsys, relpath, old, new, changed):
    build(network, capsys)
    before = json.loads(report_json(capsys))
    path = network.content / relpath
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    touch_later(path)
    site = read()
    assert (site.read, site.cached) == (1, ARTICLES)
    after = report_json(capsys)
    assert after == report_json(capsys, "--no-cache")
    data = json.loads(after)
    if changed == "bo":
        bo = next(c for c in data["changemakers"] if c["slug"] == "bo-connector")
        bo_before = next(c for c in before["changemakers"] if c["slug"] == "bo-connector")
        # Bo: the network site's post, and the typos post's card with a bad style (shown, with a warning)
        assert (bo_before["count"], bo["count"]) == (2, 3)
        assert data["totals"] == before["totals"]
    else:
        assert (data["totals"]["others"], data["totals"]["self"]) == (
            before["totals"]["others"] + 1,
            before["totals"]["self"] - 1,
        )
    assert read().read == 0  # the command saved what it read


def test_a_same_size_edit_is_seen_by_its_mtime(network, capsys):
    build(network, capsys)
    path = network.content / "posts/2026-11-bo.md"
    path.write_text(path.read_text().replace("bo-connector", "commons-lab "), encoding="utf-8")
    touch_later(path)
    assert read().read == 1
    assert report_json(capsys) == report_json(capsys, "--no-cache")


def test_with_check_modified_method_sha1_an_edit_that_keeps_the_mtime_is_seen(network, capsys):
    """The stamp is Pelican's (``CHECK_MODIFIED_METHOD``): a digest of the bytes, when asked for."""
    network.settings["CHECK_MODIFIED_METHOD"] = "sha1"
    network.write_conf()
    build(network, capsys, CHECK_MODIFIED_METHOD="sha1")
    assert read().read == 0
    path = network.content / "posts/2026-11-bo.md"
    st = path.stat()
    path.write_text(path.read_text().replace("bo-connector", "commons-lab "), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # the same mtime: only the digest differs
    site = read()
    assert (site.read, site.cached) == (1, ARTICLES)
    assert any(p.source == "posts/2026-11-bo.md" and "commons-lab" in p.features for p in site.posts)
    assert report_json(capsys) == report_json(capsys, "--no-cache")


def test_an_added_post_is_read_and_a_deleted_one_dropped(network, capsys):
    build(network, capsys)
    network.write("posts/2026-11-new.md", "Title: New\nDate: 2026-11-26\n\n{% mention quiet-person %}\n")
    site = read()
    assert (site.read, site.cached) == (1, ARTICLES + 1)
    assert report_json(capsys) == report_json(capsys, "--no-cache")
    assert any(p.source == "posts/2026-11-new.md" for p in site.posts)

    (network.content / "posts/2026-10-commons.md").unlink()
    site = read()
    assert (site.read, site.cached) == (0, ARTICLES + 1)
    assert report_json(capsys) == report_json(capsys, "--no-cache")
    stored = pickle.loads(cache_file(network).read_bytes())["files"]
    assert "posts/2026-10-commons.md" not in stored
    assert "posts/2026-11-new.md" in stored


def test_a_file_that_cannot_be_read_is_never_cached(network, capsys):
    build(network, capsys)
    network.write("posts/broken.md", "Title: Broken\nDate: not a date\n\nBody.\n")
    for _ in range(2):
        site = read()
        assert site.read == 0 and site.cached == ARTICLES + 1
        assert any("could not read" in p.message for p in site.problems)
    assert "posts/broken.md" not in pickle.loads(cache_file(network).read_bytes())["files"]


# -- whole-cache invalidation -----------------------------------------------------------------------


def test_a_registry_edit_reads_everything_again(network, capsys):
    build(network, capsys)
    registry = network.content / "spotlight.yaml"
    registry.write_text(
        registry.read_text().replace("name: Quiet Person", "name: Quiet Persona"), encoding="utf-8"
    )
    site = read()
    assert (site.read, site.cached) == (ARTICLES + 1, 0)
    assert report_json(capsys) == report_json(capsys, "--no-cache")


def test_a_registry_folder_is_fingerprinted_file_by_file(network, capsys):
    (network.content / "spotlight.yaml").unlink()
    folder = network.content / "network"
    folder.mkdir()
    (folder / "all.yaml").write_text(REGISTRY, encoding="utf-8")
    network.write_conf(SPOTLIGHT_REGISTRY="network")
    build(network, capsys, SPOTLIGHT_REGISTRY="network")
    assert read().read == 0
    (folder / "more.yaml").write_text("changemakers:\n  - name: New Friend\n", encoding="utf-8")
    assert read().cached == 0
    assert report_json(capsys) == report_json(capsys, "--no-cache")


@pytest.mark.parametrize(
    "setting, value",
    [("SPOTLIGHT_AUTOLINK", True), ("ARTICLE_URL", "posts/{slug}/"), ("TIMEZONE", "America/Los_Angeles")],
)
def test_a_settings_change_reads_everything_again(network, capsys, setting, value):
    build(network, capsys)
    network.write_conf(**{setting: value})
    site = read()
    assert (site.read, site.cached) == (ARTICLES + 1, 0)
    assert report_json(capsys) == report_json(capsys, "--no-cache")
    build(network, capsys, **{setting: value})
    assert report_json(capsys) == network.read("spotlight/report.json")


def test_the_build_and_the_command_fingerprint_the_same_settings_equal(network, capsys, monkeypatch):
    seen = []
    original = cache.fingerprint
    monkeypatch.setattr(cache, "fingerprint", lambda settings: seen.append(original(settings)) or seen[-1])
    build(network, capsys)
    read()
    assert len(seen) == 2 and seen[0] == seen[1] is not None


def test_a_build_with_other_command_line_options_leaves_a_cache_the_command_uses(network, capsys):
    """`pelican -o elsewhere -t simple --relative-urls --ignore-cache -d` changes no record."""
    # run_pelican passes `-o output` first; the later `-o` wins, as on any command line.
    result = network.run_pelican(
        "-o", "output-elsewhere", "-t", "simple", "--relative-urls", "--ignore-cache", "-d"
    )
    assert result.returncode == 0, result.stderr
    assert cache_file(network).is_file()
    site = read(pages=True)
    assert (site.read, site.cached) == (0, ARTICLES + 2)
    assert report_json(capsys) == (network.root / "output-elsewhere/spotlight/report.json").read_text()


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"not a pickle at all",
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: pickle.dumps(["a", "list"]),
        lambda b: pickle.dumps({**pickle.loads(b), "format": -1}),
        lambda b: pickle.dumps({**pickle.loads(b), "files": {"posts/2026-11-bo.md": "junk"}}),
    ],
    ids=["garbage", "truncated", "empty", "wrong-type", "old-format", "junk-record"],
)
def test_a_corrupt_cache_is_read_past_and_rewritten(network, capsys, caplog, damage):
    build(network, capsys)
    expected = report_json(capsys, "--no-cache")
    path = cache_file(network)
    path.write_bytes(damage(path.read_bytes()))
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    caplog.clear()
    site = read()
    assert site.read >= 1
    assert not [r for r in caplog.records if r.levelno >= logging.INFO]  # debug only
    assert report_json(capsys) == expected
    assert read().read == 0  # rewritten, and good again


# -- turning it off -------------------------------------------------------------------------------


def test_spotlight_cache_false_writes_and_reads_nothing(network, capsys):
    network.settings["SPOTLIGHT_CACHE"] = False
    network.write_conf()
    build(network, capsys)
    assert not (network.root / "cache" / "spotlight").exists()
    site = read(pages=True)
    assert (site.read, site.cached) == (ARTICLES + 2, 0)
    assert report_json(capsys) == network.read("spotlight/report.json")
    assert run(capsys, "check")[0] == 1
    assert not (network.root / "cache" / "spotlight").exists()


def test_no_cache_reads_everything_and_leaves_the_cache_untouched(network, capsys):
    build(network, capsys)
    (network.content / "posts/2026-10-commons.md").unlink()
    network.write("posts/2026-11-new.md", "Title: New\nDate: 2026-11-26\n\nNew.\n")
    path = cache_file(network)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    site = read(use_cache=False)
    assert (site.read, site.cached) == (ARTICLES + 1, 0)
    report_json(capsys, "--no-cache")
    run(capsys, "check", "--no-cache")
    run(capsys, "roundup", "--no-cache", "--date", "2026-10")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_an_unwritable_cache_path_is_no_warning(network, spotlight_logs):
    """`pelican --fatal warnings` still succeeds, and the command still answers."""
    (network.root / "not-a-folder").write_text("a file where CACHE_PATH points\n")
    network.settings.update(CACHE_PATH="not-a-folder", SPOTLIGHT_WARN_BELOW_TARGET=False)
    network.write("posts/2026-11-typos.md", "Title: Fine\nDate: 2026-11-25\n\nFine.\n")  # no problems
    (network.content / "pages/about.md").unlink()
    result = network.run_pelican("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    site = read()
    assert (site.read, site.cached) == (ARTICLES + 1, 0)
    assert spotlight_logs() == []


# -- same answers with and without the cache ---------------------------------------------------------


def test_check_and_roundup_say_the_same_with_and_without_the_cache(network, capsys):
    build(network, capsys)
    checked = run(capsys, "check")
    assert checked[0] == 1
    assert checked == run(capsys, "check", "--no-cache")
    assert "nobody-here" in checked[1] and "quiet-persn" in checked[1] and "everyone" in checked[1]

    drafts = []
    for flags in ((), ("--no-cache",)):
        assert run(capsys, "roundup", "--date", "2026-10", *flags)[0] == 0
        path = network.content / "spotlight-roundup-2026-10.md"
        drafts.append(path.read_text(encoding="utf-8"))
        path.unlink()
    assert drafts[0] == drafts[1]
    assert "{% spotlight commons-lab %}" in drafts[0]


def translation_warnings(capsys, caplog, *flags: str) -> tuple[str, list[str]]:
    """``report --format json`` and what Pelican's ``process_translations`` logged on the way."""
    LimitFilter._raised_messages.clear()  # Pelican's logging drops a message it has seen
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="pelican"):
        out = report_json(capsys, *flags)
    return out, [r.getMessage() for r in caplog.records if "original (not translated)" in r.getMessage()]


def test_pelicans_translation_warnings_come_from_the_files_read(network, capsys, caplog):
    """Originals are decided by Pelican's process_translations on content objects its generators
    made; after a build an unchanged group is not read again, nor its warning repeated (the build
    logged it), and a changed member brings its whole group back through the generators."""
    network.write(
        "posts/2026-10-adrienne-twin.md",
        "Title: Twin\nDate: 2026-10-07\nSlug: learning-from-adrienne\nSave_as: twin.html\n\nTwin.\n",
    )
    build(network, capsys)
    warning = 'There are 2 original (not translated) items with slug "learning-from-adrienne"'

    cached, logged = translation_warnings(capsys, caplog)
    no_cache, logged_no_cache = translation_warnings(capsys, caplog, "--no-cache")
    assert cached == no_cache
    assert logged == [] and any(warning in w for w in logged_no_cache)

    touch_later(network.content / "posts/2026-10-adrienne-twin.md")
    site = read()
    group = {"2026-10-adrienne.md", "2026-10-adrienne-fr.md", "2026-10-adrienne-twin.md"}
    assert (site.read, site.cached) == (len(group), ARTICLES + 1 - 2)
    touch_later(network.content / "posts/2026-10-adrienne-twin.md")
    touched, logged = translation_warnings(capsys, caplog)
    assert touched == no_cache and any(warning in w for w in logged)


def rewrite(site, relpath: str, text: str) -> None:
    site.write(relpath, text)
    touch_later(site.content / relpath)


ADRIENNE_DE = "Title: Von Adrienne\nDate: 2026-10-08\nSlug: learning-from-adrienne\nLang: de\n\nDanke.\n"
TRANSLATION_EDITS = {  # an edit after a build, and the files the command then reads
    "a new translation of an unchanged post": (
        lambda site: rewrite(site, "posts/2026-10-adrienne-de.md", ADRIENNE_DE),
        {"2026-10-adrienne-de.md", "2026-10-adrienne.md", "2026-10-adrienne-fr.md"},
    ),
    "a new translation of a post with none": (
        lambda site: rewrite(
            site,
            "posts/2026-11-bo-fr.md",
            "Title: Voici Bo\nDate: 2026-11-03\nSlug: meet-bo\nLang: fr\n\nBo.\n",
        ),
        {"2026-11-bo-fr.md", "2026-11-bo.md"},
    ),
    "the original removed: its translation becomes the original": (
        lambda site: (site.content / "posts/2026-10-adrienne.md").unlink(),
        {"2026-10-adrienne-fr.md"},
    ),
    "a translation's slug changed: it leaves the group": (
        lambda site: rewrite(
            site,
            "posts/2026-10-adrienne-fr.md",
            "Title: Apprendre\nDate: 2026-10-06 10:00\nSlug: apprendre\nLang: fr\n\nMerci.\n",
        ),
        {"2026-10-adrienne-fr.md", "2026-10-adrienne.md"},
    ),
    "the original's language changed": (
        lambda site: rewrite(
            site,
            "posts/2026-10-adrienne.md",
            "Title: Learning\nDate: 2026-10-05 10:00\nSlug: learning-from-adrienne\nLang: de\n\nHi.\n",
        ),
        {"2026-10-adrienne-fr.md", "2026-10-adrienne.md"},
    ),
}


@pytest.mark.parametrize("edit", TRANSLATION_EDITS, ids=list(TRANSLATION_EDITS))
def test_a_translation_group_that_changes_is_read_whole(network, capsys, monkeypatch, edit):
    """After each kind of change to a translation group, the cached answer is the full reading's,
    and the generators are given the changed files and their groups' members, nothing else."""
    change, expected = TRANSLATION_EDITS[edit]
    build(network, capsys)
    change(network)
    given: list[str] = []
    run_generators = SiteReading.run

    def spy(self, wanted, everything):
        given.extend(os.path.basename(f) for f in wanted.get("article", ()))
        return run_generators(self, wanted, everything)

    monkeypatch.setattr(SiteReading, "run", spy)
    cached = report_json(capsys)
    assert sorted(given) == sorted(expected)
    assert cached == report_json(capsys, "--no-cache")


def test_a_future_post_is_read_every_time(network, capsys):
    """With WITH_FUTURE_DATES = False a post becomes a draft only until its date: never cached."""
    network.settings["WITH_FUTURE_DATES"] = False
    network.write_conf()
    network.write("posts/2999-later.md", "Title: Later\nDate: 2999-01-01\n\nLater.\n")
    build(network, capsys, WITH_FUTURE_DATES=False)
    site = read()
    assert (site.read, site.cached) == (1, ARTICLES + 1)
    assert read().read == 1


def test_the_sample_site_gives_the_same_answers_with_and_without_the_cache(sample_build, capsys, monkeypatch):
    # the session's build of a copy of the sample site left its spotlight cache in that copy
    monkeypatch.chdir(sample_build.root)
    capsys.readouterr()
    site = read(pages=True)
    assert site.read == 0 and site.cached > 20
    built = (sample_build.output / "spotlight" / "report.json").read_text(encoding="utf-8")
    assert report_json(capsys) == report_json(capsys, "--no-cache") == built
    assert run(capsys, "check") == run(capsys, "check", "--no-cache")
    for period in ("week", "month", "quarter", "year"):
        assert report_json(capsys, "--period", period) == report_json(
            capsys, "--period", period, "--no-cache"
        )


# -- the fingerprint's settings form -----------------------------------------------------------------


def test_settings_that_cannot_change_what_is_read_are_left_out():
    base = {"PATH": "/site/content", "ARTICLE_URL": "{slug}.html", "MARKDOWN": {}}
    key = cache.settings_form(base)
    for name, value in [
        ("OUTPUT_PATH", "/elsewhere"),
        ("THEME", "simple"),
        ("THEME_STATIC_DIR", "x"),
        ("RELATIVE_URLS", True),
        ("SITEURL", "https://x.example"),
        ("LOAD_CONTENT_CACHE", False),
        ("CACHE_PATH", "/tmp/c"),
        ("DELETE_OUTPUT_DIRECTORY", True),
        ("PORT", 8001),
    ]:
        assert cache.settings_form({**base, name: value}) == key, name
    assert cache.settings_form({**base, "ARTICLE_URL": "{date}/{slug}"}) != key
    assert cache.settings_form({**base, "PATH": "/other"}) != key


def test_the_canonical_form_of_settings_is_plain_and_stable():
    class Thing:
        pass

    value = {"b": (1, 2.5, None), "a": [Thing(), len, {3, 1}], 2: True}
    form = cache.canonical(value)
    assert form == cache.canonical(dict(reversed(list(value.items()))))
    text = json.dumps(form)
    assert "0x" not in text  # no memory address from a repr
    assert "test_cache.test_the_canonical_form_of_settings_is_plain_and_stable.<locals>.Thing" in text
    assert "builtins.len" in text
    # Pelican's reader adds the configured extensions to MARKDOWN["extensions"]: the same either way.
    md = {"extension_configs": {"markdown.extensions.extra": {}}, "extensions": []}
    after = {
        "extension_configs": {"markdown.extensions.extra": {}},
        "extensions": ["markdown.extensions.extra", "markdown.extensions.meta"],
    }
    assert cache.settings_form({"MARKDOWN": md}) == cache.settings_form({"MARKDOWN": after})
