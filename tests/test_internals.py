"""Contracts with the private parts of Pelican, Jinja and Pelican's rST reader that
``pelican_spotlight/core/internals.py`` touches: one test per touchpoint, so a Pelican or Jinja release that
changes one fails here (``make compat`` runs this on the oldest and the newest supported Pelican)."""

from __future__ import annotations

import copy
import logging
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from docutils.transforms import Transform
from jinja2 import DictLoader, Environment, Template
from pelican.contents import Article, Content
from pelican.readers import Readers
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import memoized

from pelican_spotlight.core import internals


def _settings(**overrides):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings.update(overrides)
    return settings


def _article(body: str, context: dict | None = None, **metadata) -> Article:
    settings = _settings()
    metadata = {"title": "A", "date": datetime(2026, 11, 2), **metadata}
    return Article(body, metadata=metadata, settings=settings, source_path="a.md", context=context or {})


def test_a_body_set_before_content_is_read_is_what_content_gives():
    article = _article("<p>placeholder</p>")
    assert internals.body_of(article) == "<p>placeholder</p>"
    internals.set_body(article, "<p>card</p>")
    assert article.content == "<p>card</p>"
    assert article.get_content("") == "<p>card</p>"


def test_a_summary_set_is_what_summary_gives_and_survives_link_resolution():
    article = _article("<p>body</p>", summary="<p>old</p>")
    internals.set_summary(article, "<p>new</p>")
    assert article.summary == "<p>new</p>"
    article.refresh_metadata_intersite_links()  # copies _summary back over metadata["summary"]
    assert article.metadata["summary"] == "<p>new</p>"
    assert article.summary == "<p>new</p>"


def test_a_new_context_is_the_one_filename_links_resolve_against():
    linked = _article("x", slug="b")
    linked.source_path = "b.md"
    old = {"generated_content": {}, "static_content": {}, "localsiteurl": ""}
    new = {"generated_content": {"b.md": linked}, "static_content": {}, "localsiteurl": ""}
    article = _article('<a href="{filename}b.md">b</a>', context=old)
    internals.give_context(article, new)
    assert 'href="/b.html"' in article.get_content("")


def test_content_and_summary_are_memoised_by_pelican_and_not_by_plain_page():
    assert isinstance(vars(Content)["get_content"], memoized)
    assert isinstance(vars(Content)["get_summary"], memoized)
    page = internals.PlainPage("<p>x</p>", metadata={"title": "T"}, settings=_settings(), context={})
    assert page.content == page.get_content("") == "<p>x</p>"
    assert page.summary == page.get_summary("") == ""


def test_a_body_and_a_block_render_from_one_context():
    env = Environment(
        loader=DictLoader(
            {"t.html": "{% block spotlight_title %}Hi {{ name }}{% endblock %} body {{ name }}"}
        )
    )
    template = env.get_template("t.html")
    assert internals.has_block(template, "spotlight_title")
    assert not internals.has_block(template, "other")
    body, title = internals.render_body_and_block(template, {"name": "Ada"}, "spotlight_title")
    assert (body, title) == ("Hi Ada body Ada", "Hi Ada")


# Run in a fresh interpreter: CPython's table of attribute names for Article is shared by the whole
# process, and other tests have filled it already. Each post has a metadata field of its own, as a
# large site's posts do between them, so the table has little room left when the link names come.
_DICT_SIZES = """
import datetime, sys
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican_spotlight.builder.links import LINK_NAMES
from pelican_spotlight.core import internals
if sys.argv[1] == "reserve":
    internals.reserve_attributes((Article,), LINK_NAMES)
posts = [
    Article("<p>x</p>", metadata={"title": "T", "date": datetime.datetime(2026, 1, 1), f"field{i}": "x"},
            settings=dict(DEFAULT_CONFIG), source_path=f"p{i}.md", context={})
    for i in range(6)
]
for post in posts:
    for name in LINK_NAMES:
        setattr(post, name, None)
print(*(sys.getsizeof(post.__dict__) for post in posts))
"""


def _dict_sizes(mode: str) -> list[int]:
    """Each post's ``__dict__`` once the link names are set, in bytes (read only then: reading
    ``__dict__`` earlier makes it a dictionary of its own)."""
    done = subprocess.run(
        [sys.executable, "-c", _DICT_SIZES, mode], capture_output=True, text=True, check=True
    )
    return [int(size) for size in done.stdout.split()]


@pytest.mark.builds  # runs two fresh interpreters
def test_reserved_link_names_keep_each_posts_attributes_in_the_shared_table():
    reserved, unreserved = _dict_sizes("reserve"), _dict_sizes("none")
    # Unreserved, the posts' own fields fill the table first, and every post leaves it for a
    # dictionary of its own when the link names are set (832 bytes against 272 on CPython 3.11 and
    # 3.13). Reserved, only a post whose own field found no room does.
    assert 2 * reserved[0] <= min(unreserved)
    assert sum(reserved) < sum(unreserved)


def test_the_template_class_makes_every_template_loaded_after_it_is_set():
    class Marked(Template):
        pass

    env = Environment(loader=DictLoader({"t.html": "x"}))
    internals.use_template_class(env, Marked)
    assert isinstance(env.get_template("t.html"), Marked)


class _Mark(Transform):
    default_priority = 999

    def apply(self) -> None:
        self.document["classes"].append("marked-by-the-test")


def test_the_rst_reader_uses_the_writer_class_it_is_given(tmp_path: Path):
    source = tmp_path / "a.rst"
    source.write_text("A\n#\n\n:date: 2026-11-02\n\nText.\n", encoding="utf-8")
    readers = Readers(_settings(PATH=str(tmp_path)))
    reader = readers.readers["rst"]
    writer_class = internals.rst_writer_class(reader)
    assert writer_class is not None
    seen = []

    class Marking(writer_class):
        def get_transforms(self):
            seen.append(True)
            return [*super().get_transforms(), _Mark]

    internals.set_rst_writer_class(reader, Marking)
    reader.read(str(source))
    assert seen


def test_process_translations_warnings_come_from_the_functions_named(caplog):
    """``QuietTranslations`` knows Pelican's translation warnings by the function that logs them."""
    from pelican.log import LimitFilter
    from pelican.utils import process_translations

    LimitFilter._raised_messages.clear()
    one, two = _article("x", slug="same"), _article("y", slug="same")
    two.source_path = "b.md"
    with caplog.at_level("WARNING", logger=internals.UTILS_LOGGER):
        process_translations([one, two], translation_id="slug")
    assert len(caplog.records) == 2  # two items in one language, and two originals
    assert all(not internals.QuietTranslations().filter(r) for r in caplog.records)
    caplog.clear()
    with caplog.at_level("WARNING", logger=internals.UTILS_LOGGER):
        logging.getLogger(internals.UTILS_LOGGER).warning("While copying %s: %s: %s", "a", "b", "c")
    assert all(internals.QuietTranslations().filter(r) for r in caplog.records)  # anything else passes


def test_a_file_pelican_cannot_read_is_caught_with_its_reason(tmp_path):
    """Pelican's generators log ``Could not process <path>`` inside the ``except`` that caught why."""
    from pelican.generators import ArticlesGenerator

    (tmp_path / "bad.md").write_text("Title: Bad\nDate: not a date\n\nBody.\n", encoding="utf-8")
    settings = _settings(PATH=str(tmp_path), CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False)
    context = {**settings, "generated_content": {}, "static_links": set(), "static_content": {}}
    generator = ArticlesGenerator(
        context=context,
        settings=settings,
        path=str(tmp_path),
        theme=settings["THEME"],
        output_path=str(tmp_path / "o"),
    )
    failed = internals.FailedReads()
    log = logging.getLogger(internals.GENERATOR_LOGGER)
    log.addFilter(failed)
    try:
        generator.generate_context()
    finally:
        log.removeFilter(failed)
    assert [(path, "not a date" in str(exc)) for path, exc in failed.failures] == [("bad.md", True)]


def test_a_stamped_cacher_keys_by_relative_path_and_sees_a_change(tmp_path):
    """Pelican's FileStampDataCacher, with its entries and its stamps relative to a base folder."""
    for method in ("mtime", "sha1"):
        source = tmp_path / "a.md"
        source.write_text("one", encoding="utf-8")
        cacher = internals.StampedCacher(_settings(CHECK_MODIFIED_METHOD=method), "c", str(tmp_path))
        assert cacher.can_stamp and cacher.entries == {}
        cacher.cache_data("a.md", "record")
        assert cacher.get_cached_data("a.md") == "record"
        assert list(cacher.entries) == ["a.md"]
        source.write_text("two!", encoding="utf-8")
        os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
        assert cacher.get_cached_data("a.md") is None, method
        cacher.entries = {}
        assert cacher.get_cached_data("a.md", "none") == "none"
    assert not internals.StampedCacher(
        _settings(CHECK_MODIFIED_METHOD="no-such"), "c", str(tmp_path)
    ).can_stamp


def test_a_filter_put_first_drops_a_message_before_pelicans_limit_filter_counts_it(caplog):
    """Otherwise the message dropped while the generators read would silence the same one later."""
    from pelican.log import LimitFilter

    LimitFilter._raised_messages.clear()
    log = logging.getLogger(internals.UTILS_LOGGER)
    assert any(isinstance(f, LimitFilter) for f in log.filters)  # Pelican's, on its loggers

    def _warn_source_paths():  # one of process_translations' warnings, as it logs it
        log.warning("There are %s original (not translated) items %s: \n%s", 2, 'with slug "same"', "a.md")

    quiet = internals.QuietTranslations()
    internals.filter_first(log, quiet)
    try:
        with caplog.at_level(logging.WARNING, logger=internals.UTILS_LOGGER):
            _warn_source_paths()
        assert caplog.messages == []
    finally:
        log.removeFilter(quiet)
    with caplog.at_level(logging.WARNING, logger=internals.UTILS_LOGGER):
        _warn_source_paths()
    # not counted as said before
    assert caplog.messages == ['There are 2 original (not translated) items with slug "same": \na.md']
