"""Bluesky repository exports (``.car``, from "Export my data"), channel ``bluesky``
(docs/practice.md#archives-of-each-network).

A repository is a CAR file of DAG-CBOR blocks, decoded by ``libipld`` (a maintained decoder made for
it, never by hand). Its root is the commit, whose ``data`` is the root of a Merkle search tree
mapping ``collection/rkey`` keys (prefix-compressed in each node) to records; only the records the
tree reaches are read, each once, so a forged tree that points back at itself ends. Bluesky's
records are all public; direct messages are not in a repository at all.

The whole file is decoded at once: a repository over ``CAR_LIMIT`` is refused before it is read, and
a block nested too deep for Python is one problem, not a crash.

Rules (``social_rules``): a repost (``app.bsky.feed.repost``) is others, and features the changemaker
whose post it is (the subject's DID); a post (``app.bsky.feed.post``) that is not a reply and
mentions a changemaker (a mention facet's DID against ``social.bluesky`` when that holds a DID, or
the ``@handle`` in the text when it holds a handle), quotes a post of theirs (an embedded record),
or links their ``url`` or a profile of theirs (link facets, a link card) is others and features them;
one linking only the site is self. A post is known by its record key, as in its address
``bsky.app/profile/…/post/RKEY``, which a share log may name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pelican_spotlight.channels import rules
from pelican_spotlight.channels.archives import MIB, NotThisFormat, read_whole
from pelican_spotlight.core.dates import instant_day
from pelican_spotlight.core.problems import Problem

BLUESKY = "bluesky"
POST, REPOST = "app.bsky.feed.post", "app.bsky.feed.repost"
MENTION, LINK = "app.bsky.richtext.facet#mention", "app.bsky.richtext.facet#link"
# Decoded whole: a 50,000-post repository is about 18 MiB and takes about 100 MiB more memory to
# decode (docs/benchmarks.md); 256 MiB is some 700,000 posts, beyond any account's, and bounds the
# memory a file can ask for to about 1.5 GiB.
CAR_LIMIT = 256 * MIB
_HANDLE = re.compile(r"(?<![\w.@])@([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)", re.IGNORECASE)
_QUOTES = {"app.bsky.embed.record": ("record",), "app.bsky.embed.recordWithMedia": ("record", "record")}


def read(
    path: Path, member: str | None, reading: rules.Reading
) -> tuple[list[rules.SocialPost], list[Problem]]:
    """One repository (or the zip's entry ``member``); raises ``ArchiveError``."""
    header, blocks = _decode(read_whole(path, CAR_LIMIT, member))
    file = rules.ArchiveFile(reading, BLUESKY)
    for key, cid in tree_entries(header, blocks):
        collection, _, rkey = key.partition("/")
        record = blocks.get(cid) if collection in (POST, REPOST) and isinstance(cid, bytes) else None
        if isinstance(record, dict):
            counted = classify_record(collection, record, reading.matcher)
            if counted is not None:
                key = f"bluesky:{rkey}"
                file.add(counted, instant_day(record.get("createdAt")), [key], [key])
    return file.finish(path)


def _decode(data: bytes) -> tuple[dict[str, Any], dict[bytes, Any]]:
    """The CAR's header and blocks; ``NotThisFormat`` for bytes that are not one (the decoder's own
    message is left out: it may quote the file)."""
    import libipld  # only for a site with a Bluesky archive

    try:
        header, blocks = libipld.decode_car(data)
    except BaseException as exc:  # pyo3's PanicException is a BaseException
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        if isinstance(exc, RecursionError) or "recursion" in str(exc).lower():
            raise NotThisFormat("a block is nested too deep") from None
        raise NotThisFormat("not a CAR file") from None
    if not isinstance(header, dict) or not isinstance(blocks, dict):
        raise NotThisFormat("not a CAR file")
    return header, blocks


def tree_entries(header: dict[str, Any], blocks: dict[bytes, Any]) -> Iterator[tuple[str, Any]]:
    """Each (``collection/rkey``, record CID) of the repository's tree, each node visited once."""
    roots = header.get("roots")
    commit = (
        blocks.get(roots[0]) if isinstance(roots, list) and roots and isinstance(roots[0], bytes) else None
    )
    if not isinstance(commit, dict) or not isinstance(commit.get("data"), bytes):
        raise NotThisFormat("no repository commit at its root")
    todo, visited = [commit["data"]], set()
    while todo:
        cid = todo.pop()
        node = blocks.get(cid) if cid not in visited else None
        visited.add(cid)
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("l"), bytes):
            todo.append(node["l"])
        key = b""
        for entry in node.get("e") if isinstance(node.get("e"), list) else ():
            if not isinstance(entry, dict) or not isinstance(entry.get("k"), bytes):
                continue
            prefix = entry.get("p")
            key = key[: prefix if isinstance(prefix, int) and prefix >= 0 else 0] + entry["k"]
            if isinstance(entry.get("t"), bytes):
                todo.append(entry["t"])
            yield key.decode("utf-8", "replace"), entry.get("v")


def _at(value: Any, *path: str) -> Any:
    for name in path:
        value = value.get(name) if isinstance(value, dict) else None
    return value


def _author(uri: Any) -> str:
    """The DID (or handle) of an ``at://AUTHORITY/collection/rkey`` URI, or ''."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        return ""
    return uri[5:].split("/", 1)[0]


def classify_record(collection: str, record: dict[str, Any], matcher: rules.Matcher) -> rules.Counted | None:
    """('others'|'self', featured slugs) for a counted post or repost, None for one not counted."""
    if collection == REPOST:
        slug = matcher.account(BLUESKY, _author(_at(record, "subject", "uri")))
        return rules.OTHERS, (slug,) if slug else ()
    if collection != POST or record.get("reply"):
        return None
    features: list[str] = []
    urls: list[Any] = []
    for facet in record.get("facets") if isinstance(record.get("facets"), list) else ():
        for feature in _at(facet, "features") if isinstance(_at(facet, "features"), list) else ():
            kind = _at(feature, "$type")
            if kind == MENTION and (slug := matcher.account(BLUESKY, _at(feature, "did"))):
                features.append(slug)
            elif kind == LINK:
                urls.append(_at(feature, "uri"))
    text = record.get("text")
    if isinstance(text, str) and matcher.accounts[BLUESKY] and "@" in text:
        features += [s for h in _HANDLE.findall(text) if (s := matcher.account(BLUESKY, h))]
    embed = record.get("embed")
    path = _QUOTES.get(_at(embed, "$type"))  # type: ignore[arg-type]
    if path and (slug := matcher.account(BLUESKY, _author(_at(embed, *path, "uri")))):
        features.append(slug)
    urls.append(_at(embed, "external", "uri"))
    return rules.decided(features, matcher.links(urls, features))
