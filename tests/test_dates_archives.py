"""The pieces every reader of outside input shares: the date window (dates.py) and the safe opening and
streaming of export files (archives.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
import tracemalloc
import zipfile

import pytest

from pelican_spotlight.channels.archives import (
    TOO_DEEP,
    ArchiveError,
    MissingEntry,
    NotThisFormat,
    json_items,
    open_entry,
    read_whole,
)
from pelican_spotlight.core.dates import EARLIEST, DateWindow, build_day, instant_day
from pelican_spotlight.core.errors import SettingsError

WINDOW = DateWindow(dt.date(2026, 12, 1))


# -- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "counted"),
    [
        (dt.date(1899, 12, 31), False),
        (EARLIEST, True),
        (dt.date(2026, 12, 1), True),
        (dt.date(2027, 12, 1), True),  # a year after the day of the build: still scheduled
        (dt.date(2027, 12, 2), False),
        (dt.date(1, 1, 1), False),
        (dt.date(9999, 12, 31), False),
        (dt.datetime(2027, 12, 1, 23, 59, tzinfo=dt.UTC), True),  # a datetime's own calendar day
    ],
)
def test_the_window_runs_from_1900_to_a_year_after_the_day_of_the_build(day, counted):
    assert (WINDOW.problem(day) == "") == counted


@pytest.mark.parametrize(
    ("today", "latest"),
    [
        (dt.date(2028, 2, 29), dt.date(2029, 2, 28)),
        (dt.date(9999, 6, 1), dt.date.max),
        (dt.date(2026, 1, 31), dt.date(2027, 1, 31)),
    ],
)
def test_a_year_after_is_a_calendar_year_and_never_overflows(today, latest):
    assert DateWindow(today).latest == latest


def test_the_day_of_the_build_is_source_date_epochs_day_or_today():
    assert build_day({"SOURCE_DATE_EPOCH": "1796126400"}) == dt.date(2026, 12, 1)
    assert build_day({"SOURCE_DATE_EPOCH": " "}) == dt.date.today()
    assert build_day({}) == dt.date.today()


@pytest.mark.parametrize("value", ["soon", "1.5", "99999999999999999999"])
def test_a_source_date_epoch_that_is_not_a_moment_is_a_settings_error(value):
    with pytest.raises(SettingsError, match="SOURCE_DATE_EPOCH: expected a whole number of seconds"):
        build_day({"SOURCE_DATE_EPOCH": value})


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2026-11-03T10:00:00Z", dt.date(2026, 11, 3)),
        ("2026-11-03T23:30:00-05:00", dt.date(2026, 11, 4)),  # the UTC day
        ("2026-11-03", dt.date(2026, 11, 3)),
        ("9999-12-31T23:00:00-05:00", None),  # past the calendar's end in UTC
        ("0001-01-01T00:30:00+05:00", None),
        ("2026-13-01", None),
        ("", None),
        (20261103, None),
        (None, None),
    ],
)
def test_an_instant_is_its_utc_day_or_none(value, day):
    assert instant_day(value) == day


# -- archives ---------------------------------------------------------------------------------------


def items(data: bytes, max_depth: int = 100) -> list:
    return list(json_items(io.BytesIO(data), "orderedItems", max_depth))


def test_items_come_as_json_reads_them():
    document = {"a": [1, {"orderedItems": 2}], "orderedItems": [1, 2.5, "x", None, True, {"b": [[], {}]}, []]}
    assert items(json.dumps(document).encode()) == document["orderedItems"]


def test_an_item_past_the_depth_limit_is_skipped_whole_and_the_next_one_read():
    data = b'{"orderedItems": [[[[1]]], [[[[[2]]]]], {"c": {"d": {}}}, 3]}'
    assert items(data, max_depth=4) == [[[[1]]], TOO_DEEP, {"c": {"d": {}}}, 3]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b'{"orderedItems": [1, 2', "not valid JSON"),
        (b'{"orderedItems": [{"a": ', "not valid JSON"),
        (b'{"orderedItems": ["\xff"]}', "not valid JSON"),
        (b"", "not valid JSON"),
        (b'{"orderedItems": {"a": 1}}', "no orderedItems list"),
        (b'[{"orderedItems": [1]}]', "no orderedItems list"),
    ],
)
def test_text_that_is_not_such_a_document_is_one_error(data, error):
    with pytest.raises(NotThisFormat, match=error):
        items(data)


def _zip(tmp_path, members: dict[str, bytes]):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_a_zip_entry_is_found_by_name_the_shortest_path_first(tmp_path):
    path = _zip(tmp_path, {"a/b/outbox.json": b"deep", "x/OUTBOX.JSON": b"top", "outbox.json/": b""})
    with open_entry(path, lambda name: name.lower() == "outbox.json", 100) as f:
        assert f.read() == b"top"


def test_a_zip_without_the_entry_or_over_the_limit_is_refused(tmp_path):
    path = _zip(tmp_path, {"outbox.json": b"x" * 101})
    with pytest.raises(MissingEntry), open_entry(path, lambda name: name == "actor.json", 1000):
        pass
    too_large = pytest.raises(ArchiveError, match="101 bytes, over the limit of 100 bytes")
    with too_large, open_entry(path, lambda name: name == "outbox.json", 100):
        pass
    (tmp_path / "log.yaml").write_bytes(b"y" * 101)
    with pytest.raises(ArchiveError, match="101 bytes, over the limit of 100 bytes"):
        read_whole(tmp_path / "log.yaml", 100)
    assert read_whole(tmp_path / "log.yaml", 101) == b"y" * 101


@pytest.mark.slow
def test_reading_an_archive_holds_one_item_at_a_time(tmp_path):
    """Memory, not time: a 7.9 MB outbox read as a stream peaks under a megabyte, whatever its size (the
    whole document as Python objects would be several times the file; 0.4 MB here when written)."""
    item = {"type": "Create", "to": ["x"], "object": {"content": "<p>" + "words " * 40 + "</p>", "tag": []}}
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps({"orderedItems": [item] * 25_000}), encoding="utf-8")
    size = path.stat().st_size
    assert size > 7_500_000
    tracemalloc.start()
    try:
        with open(path, "rb") as f:
            count = sum(1 for _ in json_items(f, "orderedItems"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 25_000
    assert peak < 1_000_000, f"peak {peak:,} bytes for a {size:,}-byte file"
