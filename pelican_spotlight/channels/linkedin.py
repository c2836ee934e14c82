"""LinkedIn's data export: ``Shares.csv`` (``Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl,
Visibility``), channel ``linkedin`` (docs/practice.md#archives-of-each-network).

Read as a stream of CSV rows (``archives.text_lines``): LinkedIn writes a byte order mark first at
times, and a commentary is a quoted field that may run over many lines, with ``""`` for a quote. A
row whose ``Visibility`` is there and is not ``PUBLIC`` (``CONNECTIONS``, ``MEMBER_NETWORK``…) is
skipped before any other field of it is looked at; an export without the column counts every row as
posted. ``messages.csv`` and the export's other files are never opened (``exports``).

Rules (``social_rules``): a share linking a changemaker's ``url`` or a profile of theirs (in
``SharedUrl`` or written in the commentary) is others and features them; one linking only the site is
self; the rest is not counted. A share is known by its ``ShareLink``, which a share log may name too.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from pelican_spotlight.channels import rules
from pelican_spotlight.channels.archives import STREAM_LIMIT, NotThisFormat, open_member, text_lines
from pelican_spotlight.core.problems import Problem

LINKEDIN = "linkedin"
PUBLIC = "PUBLIC"
_COLUMNS = ("date", "sharelink")


def read(
    path: Path, member: str | None, reading: rules.Reading
) -> tuple[list[rules.SocialPost], list[Problem]]:
    """``Shares.csv`` (or the zip's entry ``member``); raises ``ArchiveError``."""
    file = rules.ArchiveFile(reading, LINKEDIN)
    with open_member(path, member, STREAM_LIMIT) as stream:
        rows = csv.reader(text_lines(stream))
        try:
            header = [h.strip().lower() for h in next(rows)]
        except (StopIteration, csv.Error):
            raise NotThisFormat("no header") from None
        if any(c not in header for c in _COLUMNS):
            raise NotThisFormat("no Date and ShareLink columns")
        column = {name: header.index(name) for name in reversed(header)}
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error:  # the reader starts afresh on the next line
                file.skipped.broken += 1
                continue
            share = _share(row, column)
            if share is not None:
                counted = classify_share(share, reading.matcher)
                if counted is not None:
                    link = share.get("sharelink", "")
                    file.add(counted, share_day(share.get("date")), [rules.post_identity(link)], [link])
    return file.finish(path)


def _share(row: list[str], column: dict[str, int]) -> dict[str, str] | None:
    """The row's fields by lower-case name; None for a blank row or one that is not public, which is
    looked at no further."""
    if not any(cell.strip() for cell in row):
        return None
    where = column.get("visibility")
    if where is not None and (row[where] if where < len(row) else "").strip().upper() != PUBLIC:
        return None
    return {name: row[i] for name, i in column.items() if i < len(row)}


def share_day(value: Any) -> dt.date | None:
    """The day of LinkedIn's ``Date`` ("2026-11-04 10:00:00", UTC), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
        return moment.astimezone(dt.UTC).date() if moment.tzinfo else moment.date()
    except (ValueError, OverflowError):
        return None


def classify_share(share: dict[str, str], matcher: rules.Matcher) -> rules.Counted | None:
    """('others'|'self', featured slugs) for a counted share, None for one that is not counted."""
    urls = [share.get("sharedurl", "").strip()]
    urls += rules.text_urls(share.get("sharecommentary", ""))
    features: list[str] = []
    return rules.decided(features, matcher.links(urls, features))
