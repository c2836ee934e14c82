"""Property-based tests of the readers of X, Facebook, Bluesky and LinkedIn exports: whatever the
bytes, a reader returns its posts and its problems; no exception escapes, no post is dated outside the
build's window, and every problem names the file. Inputs are the small exports of
``tests/data/exports/`` damaged (cut short, bytes changed), fragments of each format, and arbitrary
bytes; a bounded number of examples, a few seconds in all. (Share logs and Mastodon archives:
``test_fuzz_social.py``.)"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pelican_spotlight.channels.rules import Matcher, Reading, SocialPost
from pelican_spotlight.channels.social import all_formats, read_export_file, read_zip
from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.registry import Changemaker

DATA = Path(__file__).resolve().parent.parent / "data"
sys.path.insert(0, str(DATA))
import make_exports as mx  # noqa: E402

WINDOW = DateWindow(dt.date(2026, 12, 1))
SOCIAL = (("twitter", "adrienne_ex"), ("bluesky", mx.BO_DID), ("facebook", "commonslab"), ("linkedin", "ada"))
MATCHER = Matcher(
    [Changemaker("Ada", "ada", url="https://commons.example", social=SOCIAL)], "https://blog.example"
)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

pytestmark = pytest.mark.slow  # many examples each: make test runs them, make test-fast does not
# (file name, the small export's file of that format)
SAMPLES = [
    ("tweets.js", DATA / "exports" / "twitter" / "data" / "tweets.js"),
    ("your_posts_1.json", next((DATA / "exports" / "facebook").rglob("your_posts__*.json"))),
    ("repo.car", DATA / "exports" / "bluesky" / "repo.car"),
    ("Shares.csv", DATA / "exports" / "linkedin" / "Shares.csv"),
]
FRAGMENTS = [
    b"window.YTD.tweets.part0 = ",
    b"[",
    b"]",
    b"{",
    b"}",
    b'"tweet": ',
    b'"created_at": "Mon Jan 01 00:00:00 +0000 0001", ',
    b'"timestamp": 253402300800, ',
    b'"timestamp": -62135596800, ',
    b'"attachments": [{"data": [{"external_context": {"url": "https://commons.example/"}}]}]',
    b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n",
    b'9999-12-31 23:59:59,https://l.example/1,"a\r\nb",https://commons.example,,PUBLIC\r\n',
    b"\xef\xbb\xbf",
    b'"',
    b",",
    b"\x00",
    b"\xff",
    b"\xa2eroots\x81\xd8\x2a",
    b"\x9f" * 50,
]


def _check(path: Path, posts: list[SocialPost], problems: list[Problem]) -> None:
    assert all(isinstance(p, SocialPost) and not WINDOW.problem(p.day) for p in posts)
    assert all(isinstance(p, Problem) and p.path == str(path) for p in problems)


def _damaged(data: bytes, cut: int | None, flips: list[tuple[int, int]]) -> bytes:
    damaged = bytearray(data[:cut] if cut is not None else data)
    for position, value in flips:
        if damaged:
            damaged[position % len(damaged)] = value
    return bytes(damaged)


DAMAGE = st.tuples(
    st.none() | st.integers(0, 4000),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4),
)
FRAGMENTED = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=8)), max_size=30).map(b"".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz_exports")


def _read(path: Path, name: str) -> tuple[list[SocialPost], list[Problem]]:
    (fmt,) = [f for f in all_formats() if f.wanted(name.lower())]
    return read_export_file(path, None, fmt, Reading(MATCHER, WINDOW))


@FUZZ
@given(sample=st.sampled_from(SAMPLES), damage=DAMAGE)
def test_any_damaged_export_file_is_posts_and_problems(folder, sample, damage):
    name, source = sample
    path = folder / name
    path.write_bytes(_damaged(source.read_bytes(), *damage))
    _check(path, *_read(path, name))


@FUZZ
@given(name=st.sampled_from([s[0] for s in SAMPLES]), data=FRAGMENTED)
def test_any_bytes_in_an_export_file_are_posts_and_problems(folder, name, data):
    path = folder / name
    path.write_bytes(data)
    _check(path, *_read(path, name))


@FUZZ
@given(
    members=st.dictionaries(
        st.sampled_from(
            ["data/tweets.js", "tweets-part2.js", "posts/your_posts_1.json", "repo.car", "Shares.csv"]
        ),
        st.sampled_from([s[1] for s in SAMPLES]).map(Path.read_bytes) | FRAGMENTED,
        max_size=3,
    ),
    damage=DAMAGE,
)
def test_any_zip_of_exports_is_posts_and_problems(folder, members, damage):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    path = folder / "export.zip"
    path.write_bytes(_damaged(buffer.getvalue(), *damage))
    _check(path, *read_zip(path, Reading(MATCHER, WINDOW)))
