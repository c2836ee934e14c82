"""Private inputs are never published, whatever ``STATIC_PATHS`` says.

The plugin reads two kinds of private input: everything under ``SPOTLIGHT_SOCIAL`` (share logs, and
archives whose direct messages and media are nobody else's business) and the registry's YAML files
(whose ``notes`` never reach a page). Pelican copies to the output every file its static generator
collects: those found under ``STATIC_PATHS`` less ``STATIC_EXCLUDES``, by its own path logic, and those
linked with ``{static}`` (the registry's images among them). Reading the settings' text cannot tell
which: Pelican walks ``"."`` as ``PATH/.``, so ``STATIC_EXCLUDES = ["social"]`` excludes nothing there.

So the decision is made on what Pelican will actually copy, once it has collected it and before
anything is written (``check_static``, on ``static_generator_finalized``): files are compared by
device and inode, so symlinks and hard links lead to the same answer. One problem per private input
names a file and a fix that works, found by running Pelican's own file discovery with the fix applied
(``static_fix``). ``pelican-spotlight check`` runs the same discovery (``static_problems``).

The social folder is also kept from Pelican's readers (``keep_from_readers``, added to
``ARTICLE_EXCLUDES`` and ``PAGE_EXCLUDES`` in the spelling that Pelican's walk of each path matches),
so an export's HTML viewer or Markdown is never read as a post.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pelican_spotlight.core.errors import PrivateInputError
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.registry import registry_files, registry_path
from pelican_spotlight.core.settings import given_or_default

FileId = tuple[int, int]  # (st_dev, st_ino): the same file whatever the path, symlink or hard link


class Finder(Protocol):
    """Pelican's ``Generator.get_files``: the static generator itself, or ``reading.FileFinder``."""

    def get_files(self, paths: Any, exclude: list[str] | None = None, extensions: Any = None) -> set[str]: ...


@dataclass
class PrivateInput:
    """One private input: ``root`` is the folder (or the file) that ``setting`` names.

    ``whole``: everything under ``root`` is private (the social folder), decided by real path, and by
    identity for a hard link; its files and folders are listed only when they are needed (a hard
    link among the published files, or advice to give). Otherwise the private files are listed
    (the registry's YAML files) and compared by identity.
    """

    root: Path
    setting: str
    what: str
    whole: bool
    real: str = ""  # the real path of ``root``, for ``whole``
    listed: dict[FileId, Path] | None = None
    folders: set[FileId] | None = None

    @property
    def files(self) -> dict[FileId, Path]:
        """Every private file, by identity."""
        if self.listed is None:
            self._walk()
        return self.listed or {}

    @property
    def dirs(self) -> set[FileId]:
        """Every folder of the input (``root`` itself included), by identity."""
        if self.folders is None:
            self._walk()
        return self.folders or set()

    def owner(self, real: str, st: os.stat_result) -> Path | None:
        """The private file that a published file is (given its real path and ``stat``), or None."""
        if self.whole and (real == self.real or real.startswith(self.real + os.sep)):
            return self.root / os.path.relpath(real, self.real)
        if not self.whole or st.st_nlink > 1:
            return self.files.get((st.st_dev, st.st_ino))
        return None

    def _walk(self) -> None:
        """Every file and folder under ``root``, following symlinks as Pelican does, each folder once."""
        self.listed, self.folders = {}, set()
        todo = [self.root]
        while todo:
            current = todo.pop()
            ident = _file_id(current)
            if ident is None or ident in self.folders:
                continue
            self.folders.add(ident)
            try:
                entries = list(os.scandir(current))
            except OSError:
                continue
            for entry in entries:
                path = Path(entry.path)
                if entry.is_dir():
                    todo.append(path)
                elif (file_id := _file_id(path)) is not None:
                    self.listed.setdefault(file_id, path)


def _file_id(path: str | os.PathLike[str]) -> FileId | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def private_inputs(settings: Mapping[str, Any]) -> list[PrivateInput]:
    """The social folder (all of it) and the registry's YAML files, as they are on disk now."""
    found = []
    social = given_or_default(settings, "SPOTLIGHT_SOCIAL")
    if isinstance(social, str) and social and (Path(settings["PATH"]) / social).is_dir():
        root = Path(settings["PATH"]) / social
        what = "the social folder (SPOTLIGHT_SOCIAL)"
        found.append(PrivateInput(root, "SPOTLIGHT_SOCIAL", what, True, os.path.realpath(root)))
    if isinstance(given_or_default(settings, "SPOTLIGHT_REGISTRY"), str):
        root = registry_path(settings)
        files = {i: f for f in (registry_files(root) if root.exists() else []) if (i := _file_id(f))}
        if files:
            what = "the registry (SPOTLIGHT_REGISTRY), with its private notes"
            folders = {i for i in [_file_id(root)] if i and root.is_dir()}
            found.append(PrivateInput(root, "SPOTLIGHT_REGISTRY", what, False, "", files, folders))
    return found


@dataclass(frozen=True)
class Exposure:
    """Private files of one input that Pelican would publish: (private file, path Pelican found, save_as)."""

    private: PrivateInput
    files: tuple[tuple[Path, str, str], ...]


def exposures(
    inputs: list[PrivateInput], published: Iterable[tuple[str, str]], content_path: str
) -> list[Exposure]:
    """Which ``published`` files (path relative to PATH or absolute, and where it would be written)
    are private, grouped by input, in the inputs' order. One ``lstat`` per file, and a real path per
    folder: this runs in every build."""
    real_folders: dict[str, str] = {}
    found: dict[int, list[tuple[Path, str, str]]] = {}
    for source, save_as in published:
        full = os.path.join(content_path, source)
        try:
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                real, st = os.path.realpath(full), os.stat(full)
            else:
                folder, name = os.path.split(full)
                if folder not in real_folders:
                    real_folders[folder] = os.path.realpath(folder)
                real = os.path.join(real_folders[folder], name)
        except (OSError, ValueError):
            continue
        for private in inputs:
            path = private.owner(real, st)
            if path is not None:
                found.setdefault(id(private), []).append((path, source, save_as))
                break
    return [Exposure(p, tuple(sorted(found[id(p)]))) for p in inputs if id(p) in found]


def check_static(generator: Any) -> None:
    """On ``static_generator_finalized``: stop the build, before anything is written, when a private
    input is among the files Pelican's static generator is about to copy."""
    settings = generator.settings
    inputs = private_inputs(settings)
    if not inputs:
        return
    published = [(sc.source_path, sc.save_as) for sc in generator.staticfiles]
    problems = [
        exposure_problem(settings, generator, found, set(generator.context.get("static_links", ())))
        for found in exposures(inputs, published, settings["PATH"])
    ]
    if problems:
        raise PrivateInputError("\n".join(map(str, problems)))


def static_problems(settings: Mapping[str, Any], finder: Finder, links: Iterable[str] = ()) -> list[Problem]:
    """What ``check_static`` would stop a build for, from Pelican's file discovery alone (the command
    line builds nothing): the files under ``STATIC_PATHS`` and the ``links`` the build would add."""
    inputs = private_inputs(settings)
    if not inputs:
        return []
    links = set(links)
    found = finder.get_files(settings["STATIC_PATHS"], exclude=settings["STATIC_EXCLUDES"], extensions=False)
    published = [(f, os.path.normpath(f).replace(os.sep, "/")) for f in sorted(set(found) | links)]
    return [
        exposure_problem(settings, finder, e, links) for e in exposures(inputs, published, settings["PATH"])
    ]


def exposure_problem(
    settings: Mapping[str, Any], finder: Finder, found: Exposure, links: set[str]
) -> Problem:
    """One error for an input: its first exposed file, how it would be published, and the fix."""
    path, source, save_as = found.files[0]
    more = len({private for private, _, _ in found.files}) - 1  # a file reached twice is one file
    others = f" (and {more} more private file{'s' if more != 1 else ''})" if more else ""
    content = settings["PATH"]
    relative = os.path.relpath(os.path.join(content, source), content)
    if any(os.path.normpath(link) == relative for link in links):
        how = "a post or the registry links it with {static}"
        fix = "remove that link"
    elif os.path.realpath(os.path.join(content, source)) != os.path.realpath(path):
        how = f"{relative!r} is a hard link to it, under STATIC_PATHS"
        fix = f"delete {relative!r}"
    else:
        entries = _publishing_entries(settings, finder, found.private)
        how = "STATIC_PATHS entry " + " and ".join(repr(e) for e in entries) + " copies it"
        fix = static_fix(settings, finder, found.private, entries)
    message = (
        f"private file of {found.private.what}: Pelican would publish it as {save_as}{others}, "
        f"since {how}; {fix}"
    )
    return Problem(str(path), 0, message, logging.ERROR)


def _publishing_entries(settings: Mapping[str, Any], finder: Finder, private: PrivateInput) -> list[str]:
    """The ``STATIC_PATHS`` entries whose walk reaches a file of ``private``."""
    excludes = list(settings["STATIC_EXCLUDES"])
    return [
        entry
        for entry in settings["STATIC_PATHS"]
        if _reaches(finder.get_files([entry], exclude=excludes, extensions=False), settings["PATH"], private)
    ]


def _reaches(files: Iterable[str], content_path: str, private: PrivateInput) -> list[str]:
    """The ``files`` (relative to PATH) that are ``private``'s."""
    return [f for f in files if _file_id(os.path.join(content_path, f)) in private.files]


def walk_exclude(content_path: str, entry: str, folder: str) -> str | None:
    """The ``*_EXCLUDES`` text that makes Pelican's ``get_files`` skip ``folder`` (a normal path
    relative to PATH) while it walks the ``*_PATHS`` entry ``entry``; None when no text can: the
    folder is not under the entry, or is the entry itself, or the walk spells the folder's parent in
    a way no exclude matches (an entry ending in ``/``).

    Pelican compares each exclude as ``os.path.split(os.path.join(PATH, exclude))`` with the walk's
    own folder strings, which start from ``os.path.join(PATH, entry)`` unnormalised: ``./social``
    is what matches for the entry ``"."``, ``social`` for ``""``."""
    root = os.path.join(content_path, entry) if entry else content_path
    base = os.path.normpath(entry) if entry else os.curdir
    if base == os.curdir:
        rel = folder
    elif folder.startswith(base + os.sep):
        rel = folder[len(base) + 1 :]
    else:
        return None
    parent, name = os.path.split(rel)
    if not name or name in (os.curdir, os.pardir) or rel.startswith(os.pardir):
        return None
    walked = os.path.join(root, parent) if parent else root
    if not walked.startswith(content_path):
        return None
    prefix = walked[len(content_path) :].lstrip(os.sep)
    candidate = os.path.join(prefix, name) if prefix else name
    if os.path.split(os.path.join(content_path, candidate)) != (walked, name):
        return None
    return candidate


def keep_from_readers(settings: dict[str, Any]) -> None:
    """Add the social folder to ``ARTICLE_EXCLUDES`` and ``PAGE_EXCLUDES`` in the spelling each
    ``*_PATHS`` entry's walk matches (new lists: Pelican's defaults are shared)."""
    social = given_or_default(settings, "SPOTLIGHT_SOCIAL")
    if not isinstance(social, str) or not social.strip() or not isinstance(settings.get("PATH"), str):
        return
    folder = os.path.normpath(social)
    for kind in ("ARTICLE", "PAGE"):
        excludes = list(settings.get(f"{kind}_EXCLUDES") or ())
        for entry in settings.get(f"{kind}_PATHS") or ():
            spelled = walk_exclude(settings["PATH"], entry, folder) if isinstance(entry, str) else None
            if spelled and spelled not in excludes:
                excludes.append(spelled)
        settings[f"{kind}_EXCLUDES"] = excludes


# -- the fix ---------------------------------------------------------------------------------------


def static_fix(settings: Mapping[str, Any], finder: Finder, private: PrivateInput, entries: list[str]) -> str:
    """A fix for ``private`` being published through ``entries``, checked with Pelican's own file
    discovery where it can be: no file of ``private`` is found once it is applied."""
    content = settings["PATH"]
    paths, excludes = list(settings["STATIC_PATHS"]), list(settings["STATIC_EXCLUDES"])

    def works(new_paths: list[str], new_excludes: list[str]) -> bool:
        return not _reaches(
            finder.get_files(new_paths, exclude=new_excludes, extensions=False), content, private
        )

    if private.whole or private.dirs:
        added = [
            spelled for spelled in (_exclude_for(content, finder, e, private) for e in entries) if spelled
        ]
        if len(added) == len(entries) and works(paths, excludes + added):
            return _add_excludes(added, excludes)
        inside = [e for e in entries if _file_id(os.path.join(content, e)) in private.dirs]
        if inside and works([p for p in paths if p not in inside], excludes):
            return (
                "take "
                + " and ".join(repr(e) for e in inside)
                + f" out of STATIC_PATHS: it is {private.what}"
            )
        plain = {e: os.path.normpath(e) for e in entries}
        fixed = [plain.get(p, p) for p in paths]
        added = [s for s in (_exclude_for(content, finder, plain[e], private) for e in entries) if s]
        if added and works(fixed, excludes + added):
            rewrite = ", ".join(f"{e!r} as {plain[e]!r}" for e in entries if plain[e] != e)
            return (
                f"write STATIC_PATHS entry {rewrite} (Pelican never excludes a folder right under an entry "
                f"ending in '/'), and {_add_excludes(added, excludes)}"
            )
    return _move_advice(settings, private, entries)


def _exclude_for(content: str, finder: Finder, entry: str, private: PrivateInput) -> str | None:
    """The exclude that skips ``private`` in the walk of ``entry``: the spelling of the highest folder
    on the way to a private file that is inside ``private`` (through symlinks too)."""
    for found in sorted(_reaches(finder.get_files([entry], exclude=[], extensions=False), content, private)):
        parts = Path(os.path.normpath(found)).parts[:-1]
        for depth in range(1, len(parts) + 1):
            folder = os.path.join(*parts[:depth])
            if _file_id(os.path.join(content, folder)) in private.dirs:
                return walk_exclude(content, entry, folder)
    return None


def _add_excludes(added: list[str], excludes: list[str]) -> str:
    advice = "add " + " and ".join(repr(a) for a in dict.fromkeys(added)) + " to STATIC_EXCLUDES"
    near = [
        e for e in excludes if os.path.normpath(e) in {os.path.normpath(a) for a in added} and e not in added
    ]
    if near:
        advice += (
            " (Pelican matches an exclude only as it spells the folder in its walk: "
            + " and ".join(repr(e) for e in near)
            + " does not)"
        )
    return advice


def _move_advice(settings: Mapping[str, Any], private: PrivateInput, entries: list[str]) -> str:
    """For a file Pelican cannot exclude (STATIC_EXCLUDES names folders): move it where no entry walks."""
    setting = private.setting
    whole = [e for e in entries if os.path.normpath(e or os.curdir) == os.curdir]
    if not whole:
        places = " and ".join(repr(e) for e in entries)
        return f"move it out of {places} (set {setting} to a path outside STATIC_PATHS)"
    target = os.path.join("private", os.path.basename(os.path.normpath(given_or_default(settings, setting))))
    plain = {e: os.path.normpath(e) if e else e for e in whole}
    spelled = dict.fromkeys(walk_exclude(settings["PATH"], plain[e], "private") for e in whole)
    advice = (
        f"move it into a folder of its own that Pelican does not publish, e.g. {setting} = {target!r}, "
        f"and add {' and '.join(repr(s) for s in spelled if s)} to STATIC_EXCLUDES"
    )
    rewrite = ", ".join(f"{e!r} as {plain[e]!r}" for e in whole if plain[e] != e)
    return f"write STATIC_PATHS entry {rewrite}, {advice}" if rewrite else advice
