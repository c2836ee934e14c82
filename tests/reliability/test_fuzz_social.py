"""Property-based tests of the readers of outside input under ``SPOTLIGHT_SOCIAL``: share logs (YAML and
CSV) and Mastodon archives (JSON and zip). Whatever the bytes, a reader returns its posts and its
problems; no exception escapes, no post is dated outside the build's window, and every problem names
the file it is about. (The registry's own Hypothesis pass is in ``test_properties.py``.)

Inputs are drawn from fragments of each format's syntax, edge dates and arbitrary bytes, so the
examples reach the corners (aliases, tags, quotes, NUL bytes, huge fields, deep nesting, damaged zip
headers) quickly. Each test runs a bounded number of examples, a few seconds in all.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pelican_spotlight.channels.social import Matcher, SocialPost, read_archive, read_log
from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.registry import Changemaker

WINDOW = DateWindow(dt.date(2026, 12, 1))
SLUGS = {"ada", "bo"}
MATCHER = Matcher(
    [Changemaker("Ada", "ada", url="https://ada.example", social=(("mastodon", "@ada@social.example"),))],
    "https://blog.example",
)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

pytestmark = pytest.mark.slow  # many examples each: make test runs them, make test-fast does not

DATES = [
    "2026-11-03",
    "0001-01-01",
    "9999-12-31",
    "9998-10-02",
    "2026-02-30",
    "2026-11-03T10:00:00Z",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+14:00",
    "2099-01-01",
    "20261103",
]
YAML_FRAGMENTS = [
    "- ",
    "{",
    "}",
    "[",
    "]",
    ", ",
    ": ",
    "\n",
    "  ",
    "date: ",
    "channel: ",
    "about: ",
    "url: ",
    "posts:\n",
    "self",
    "others",
    "ada",
    "blog",
    "&a ",
    "*a",
    "!!binary ",
    "!!python/object/apply:os.system ",
    "!!timestamp ",
    "~",
    "null",
    "1e999",
    "'",
    '"',
    "\t",
    "? ",
    "# ",
    "---\n",
    "...\n",
    "\u202e",
    "\x00",
    *DATES,
]
CSV_FRAGMENTS = [
    ",",
    '"',
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "date",
    "channel",
    "about",
    "url",
    "self",
    "others",
    "ada bo",
    "ada;nobody",
    "x" * 140_000,
    "\ufeff",
    *DATES,
]


def _text(fragments: list[str]) -> st.SearchStrategy[bytes]:
    words = st.lists(st.one_of(st.sampled_from(fragments), st.text(max_size=4)), max_size=40).map("".join)
    return st.one_of(words.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=60))


def _check(path: Path, posts: list[SocialPost], problems: list[Problem]) -> None:
    assert all(isinstance(p, SocialPost) and not WINDOW.problem(p.day) for p in posts)
    assert all(isinstance(p, Problem) and p.path == str(path) for p in problems)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=_text(YAML_FRAGMENTS), name=st.sampled_from(["log.yaml", "log.yml"]))
def test_any_yaml_share_log_is_posts_and_problems(folder, data, name):
    path = folder / name
    path.write_bytes(data)
    _check(path, *read_log(path, SLUGS, WINDOW))


@FUZZ
@given(
    header=st.sampled_from(["date,channel,about\n", "date,channel,about,url\n", "about,date,channel\n", ""]),
    data=_text(CSV_FRAGMENTS),
)
def test_any_csv_share_log_is_posts_and_problems(folder, header, data):
    path = folder / "log.csv"
    path.write_bytes(header.encode() + data)
    _check(path, *read_log(path, SLUGS, WINDOW))


KEYS = ["id", "type", "to", "cc", "object", "published", "tag", "content", "inReplyTo", "name", "href"]
SCALARS = st.one_of(
    st.sampled_from(
        [
            "Create",
            "Announce",
            "Note",
            "Mention",
            "https://www.w3.org/ns/activitystreams#Public",
            "as:Public",
            "@ada@social.example",
            "https://ada.example/x",
            '<a href="https://ada.example/">x</a>',
            "<a href='https://blog.example/p'>",
            *DATES,
        ]
    ),
    st.text(max_size=6),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=30,
)
OUTBOX = st.one_of(
    st.builds(lambda items: {"orderedItems": items}, st.lists(JSON, max_size=6)),
    JSON,
).map(lambda doc: json.dumps(doc).encode())


def _damaged(data: bytes, cut: int | None, flips: list[tuple[int, int]]) -> bytes:
    """``data`` cut short and with some bytes changed (positions taken modulo its length)."""
    damaged = bytearray(data[:cut] if cut is not None else data)
    for position, value in flips:
        if damaged:
            damaged[position % len(damaged)] = value
    return bytes(damaged)


BYTES_DAMAGE = (
    st.none() | st.integers(0, 400),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=3),
)


@FUZZ
@given(document=OUTBOX, damage=st.tuples(*BYTES_DAMAGE), nesting=st.integers(0, 3))
def test_any_outbox_json_is_posts_and_problems(folder, document, damage, nesting):
    path = folder / "outbox.json"
    data = b"[" * (nesting * 150) + document + b"]" * (nesting * 150)
    path.write_bytes(_damaged(data, *damage) if damage != (None, []) else data)
    _check(path, *read_archive(path, MATCHER, set(), WINDOW))


@FUZZ
@given(
    members=st.dictionaries(
        st.sampled_from(["outbox.json", "data/outbox.json", "OUTBOX.JSON", "actor.json", "outbox.json/"]),
        OUTBOX,
        max_size=3,
    ),
    method=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]),
    damage=st.tuples(*BYTES_DAMAGE),
)
def test_any_zip_export_is_posts_and_problems(folder, members, method, damage):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    path = folder / "export.zip"
    path.write_bytes(_damaged(buffer.getvalue(), *damage))
    _check(path, *read_archive(path, MATCHER, set(), WINDOW))
