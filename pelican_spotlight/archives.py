"""Opening and reading export files safely: the one way every archive format reads its input.

A social-media export is outside input, often large, sometimes hostile. Readers of each format
(``social.py``: Mastodon; ``archives_x.py``, ``archives_facebook.py``, ``archives_bluesky.py``,
``archives_linkedin.py``) build on these:

- ``open_entry``: a file, or the entry of a ``.zip`` that a format looks for, as a binary stream. An
  encrypted entry (ZipCrypto or AES) or one compressed with a method Python cannot read is refused,
  and so is an entry over the size limit the format gives: ``STREAM_LIMIT`` for formats read as a
  stream, ``WHOLE_LIMIT`` for those whose library must decode a whole file at once.
- ``json_items``: the items of one array of a JSON document, one at a time (ijson's
  event parser, so memory holds one item, never the file), each refused past ``MAX_DEPTH`` levels
  of nesting without building it; ``text_lines``: a UTF-8 text file line by line, for CSV.
- ``dates.DateWindow``: the bounds every date is checked against.

Problems are ``ArchiveError``s whose message the caller reports as it is: it names no post's text.
"""

from __future__ import annotations

import codecs
import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import ijson

from pelican_spotlight.errors import SpotlightError

MIB = 2**20
# A JSON export is read as a stream, so its size costs time, not memory: 2 GiB is several times the
# largest Mastodon outbox we know of, and bounds the time a forged size field could ask for.
STREAM_LIMIT = 2048 * MIB
# A share log (YAML or CSV, decoded whole) is refused above this: 10 MiB is over 100,000 share-log
# entries, and PyYAML's node tree is many times the file. (A Bluesky repository, also decoded whole,
# has its own limit: archives_bluesky.CAR_LIMIT.)
WHOLE_LIMIT = 10 * MIB
# An activity is five or six levels deep; a hundred is room for any real export.
MAX_DEPTH = 100
_AES = 99  # WinZip's AES encryption, written as a compression method
_READABLE = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA})
_START_MAP, _START_ARRAY, _END_MAP, _END_ARRAY, _MAP_KEY = (
    "start_map",
    "start_array",
    "end_map",
    "end_array",
    "map_key",
)
_STARTS = (_START_MAP, _START_ARRAY)
_ENDS = (_END_MAP, _END_ARRAY)


class Readable(Protocol):
    """A binary stream, as far as the readers here use one."""

    def read(self, size: int = -1, /) -> bytes: ...


class ArchiveError(SpotlightError):
    """An export file cannot be read; the message says why, for ``path:0: …`` (never its content)."""


class NotThisFormat(ArchiveError):
    """The file is not of the format it was read as: not JSON, not a zip, or without what it needs."""


class MissingEntry(NotThisFormat):
    """A ``.zip`` without the file a format looks for."""


class TooDeep:
    """What ``json_items`` yields for an item nested deeper than its limit (never built)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "TOO_DEEP"


TOO_DEEP = TooDeep()


def size_text(size: int) -> str:
    return f"{size / MIB:,.0f} MiB" if size >= MIB else f"{size:,} bytes"


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ArchiveError(f"{size_text(size)}, over the limit of {size_text(limit)} for this format")


@contextmanager
def open_entry(path: Path, wanted: Callable[[str], bool], limit: int) -> Iterator[Readable]:
    """``path`` as a binary stream; for a ``.zip``, its entry whose name ``wanted`` accepts (the
    shortest such name: the export's top level). Raises ``ArchiveError`` for an entry that is missing,
    encrypted, compressed in a way Python cannot read, or larger than ``limit`` bytes."""
    member = None
    if path.suffix.lower() == ".zip":
        names = [n for n in zip_members(path) if wanted(n.rsplit("/", 1)[-1])]
        if not names:
            raise MissingEntry("the file it needs is not in it")
        member = min(names, key=len)
    with open_member(path, member, limit) as stream:
        yield stream


# What opening a zip whose directory is damaged raises: besides BadZipFile, an entry's version beyond
# what zipfile reads (NotImplementedError), a size or offset out of range (ValueError, EOFError, OSError).
_UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
)


def zip_members(path: Path) -> list[str]:
    """The names of the files in a ``.zip`` (folders left out); ``NotThisFormat`` for one that is not."""
    try:
        with zipfile.ZipFile(path) as archive:
            return [i.filename for i in archive.infolist() if not i.is_dir()]
    except _UNREADABLE_ZIP as exc:
        raise NotThisFormat(str(exc)) from None


@contextmanager
def open_member(path: Path, member: str | None, limit: int) -> Iterator[Readable]:
    """The file ``path`` (``member`` None), or its zip entry named ``member``, as a binary stream,
    refused as ``open_entry`` says."""
    if member is None:
        with open(path, "rb") as f:
            _check_size(path.stat().st_size, limit)
            yield f
        return
    try:
        archive = zipfile.ZipFile(path)
    except _UNREADABLE_ZIP as exc:
        raise NotThisFormat(str(exc)) from None
    with archive:
        try:
            entry = archive.getinfo(member)
        except KeyError:
            raise MissingEntry("the file it needs is not in it") from None
        if entry.flag_bits & 0x1 or entry.compress_type == _AES:
            raise ArchiveError("it is encrypted; export it again without a password")
        if entry.compress_type not in _READABLE:
            raise ArchiveError(
                f"it is compressed with a method Python cannot read (method {entry.compress_type})"
            )
        _check_size(entry.file_size, limit)
        # zipfile stops at the size the entry declares and checks its CRC: a forged size gets no further.
        try:
            stream = archive.open(entry)
        except _DAMAGED as exc:
            raise ArchiveError(f"damaged ({exc})") from None
        with stream:
            yield _Undamaged(stream)


def read_whole(path: Path, limit: int = WHOLE_LIMIT, member: str | None = None) -> bytes:
    """A whole file (or its zip entry ``member``), for formats decoded at once; ``ArchiveError`` over
    ``limit`` bytes."""
    with open_member(path, member, limit) as f:
        return f.read(limit + 1)


# What reading a damaged zip entry raises: a bad header or CRC, a broken compressed stream, an end
# before its size, or a method zipfile knows but cannot decode here.
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


class _Undamaged:
    """A zip entry's stream whose read errors are ``ArchiveError``s (a damaged archive is bad input)."""

    def __init__(self, stream: Readable) -> None:
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        try:
            return self.stream.read(size)
        except _DAMAGED as exc:
            raise ArchiveError(f"damaged ({exc})") from None


class Replayed:
    """A stream whose first bytes were read to look at them (``start``), given back first."""

    def __init__(self, stream: Readable, start: bytes) -> None:
        self.stream, self.start = stream, start

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        start, self.start = self.start, b""
        if size is None or size < 0:
            return start + self.stream.read()
        if len(start) >= size:
            self.start = start[size:]
            return start[:size]
        return start + self.stream.read(size - len(start))


class _NoBom:
    """A binary stream without its leading UTF-8 byte order mark (``json.load`` accepts one; ijson
    does not)."""

    def __init__(self, stream: Readable) -> None:
        self.stream = stream
        self.start: bytes | None = None

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing first, to learn whether the stream gives bytes
            return b""
        if self.start is None:
            head = self.stream.read(len(codecs.BOM_UTF8))
            self.start = head.removeprefix(codecs.BOM_UTF8)
            if size is None or size < 0:
                return self.start + self.stream.read()
            rest = self.stream.read(max(size - len(self.start), 0))
            return self.start + rest
        return self.stream.read(size)


def json_items(stream: Readable, key: str | None, max_depth: int = MAX_DEPTH) -> Iterator[Any]:
    """The items of the array under top-level ``key`` of a JSON document (``key`` None: the document
    is that array, and nothing after it is read), one at a time, with numbers as ``int``/``float`` like
    ``json``. An item nested over ``max_depth`` levels is ``TOO_DEEP``.

    Raises ``ArchiveError`` for text that is not JSON (mid-way too: a caller that must not count a
    broken file's first items keeps what it read until the end) and for a document without such an
    array.
    """
    events = ijson.basic_parse(_NoBom(stream), use_float=True)
    depth = 0
    found = False
    try:
        for event, value in events:
            if key is None:
                if event != _START_ARRAY:
                    break
                yield from _array_items(events, max_depth)
                return
            if event == "map_key" and depth == 1 and value == key:
                event, value = next(events, _TRUNCATED)
                if event == "start_array":
                    found = True
                    yield from _array_items(events, max_depth)
                    continue
            if event in _STARTS:
                depth += 1
            elif event in _ENDS:
                depth -= 1
            elif event is None:
                raise _Truncated
    except (ijson.JSONError, ValueError, OverflowError, _Truncated):  # UnicodeDecodeError is a ValueError
        raise NotThisFormat("not valid JSON") from None
    if not found:
        raise NotThisFormat(f"no {key} list" if key else "not a list")


def text_lines(stream: Readable, chunk: int = 2**16) -> Iterator[str]:
    """The lines of a UTF-8 text stream (a leading byte order mark dropped), each with its ``\n``, as
    ``csv.reader`` wants them: a quoted field may run over several. ``ArchiveError`` for text that is
    not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    rest = ""
    try:
        while True:
            data = stream.read(chunk)
            text = rest + decoder.decode(data, final=not data)
            *lines, rest = text.split("\n")
            for line in lines:
                yield line + "\n"
            if not data:
                break
    except UnicodeDecodeError as exc:
        raise NotThisFormat(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if rest:
        yield rest


class _Truncated(Exception):
    """The events ended inside a container (ijson reports most such ends itself)."""


_TRUNCATED = (None, None)


def _array_items(events: Iterator[tuple[str, Any]], max_depth: int) -> Iterator[Any]:
    for event, value in events:
        if event == "end_array":
            return
        if event in _STARTS:
            yield _build(events, event, max_depth)
        else:
            yield value
    raise _Truncated


def _build(events: Iterator[tuple[str, Any]], first: str, max_depth: int) -> Any:
    """One item from its events, without recursion; past ``max_depth`` the rest of it is skipped.
    (The hot loop of reading an archive: scalars, the commonest events, take the last branch.)"""
    root: Any = {} if first == _START_MAP else []
    stack = [root]
    top, key, in_map = root, None, first == _START_MAP
    for event, value in events:
        if event == _MAP_KEY:
            key = value
        elif event in _STARTS:
            if len(stack) >= max_depth:
                _skip(events, len(stack) + 1)
                return TOO_DEEP
            child: Any = {} if event == _START_MAP else []
            if in_map:
                top[key] = child
            else:
                top.append(child)
            stack.append(child)
            top, in_map = child, event == _START_MAP
        elif event in _ENDS:
            stack.pop()
            if not stack:
                return root
            top = stack[-1]
            in_map = type(top) is dict
        elif in_map:
            top[key] = value
        else:
            top.append(value)
    raise _Truncated


def _skip(events: Iterator[tuple[str, Any]], depth: int) -> None:
    """Consume events until ``depth`` open containers have closed."""
    for event, _ in events:
        if event in _STARTS:
            depth += 1
        elif event in _ENDS:
            depth -= 1
            if not depth:
                return
    raise _Truncated
