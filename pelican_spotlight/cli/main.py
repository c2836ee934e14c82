"""``pelican-spotlight``: the report, a check, roundup and introduction drafts, a share kit, and the
network lists, without building the site (the documentation's command line page, docs/cli.md, is made
from this parser).

Exit codes: 0 success; 1 the answer is "no" (below ``--fail-under``, problems found, nobody to round
up, no introductions to suggest, no handle for any network); 2 bad input (no settings file, a bad
setting or argument, a registry file that cannot be parsed, an unknown changemaker, a draft or list
file that already exists).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pelican_spotlight import __version__
from pelican_spotlight.cli.documents import lists_markdown, report_markdown, report_text
from pelican_spotlight.cli.lists import FILES, SUMMARY, has_any_handle, list_files
from pelican_spotlight.cli.reading import SiteRecords, load_settings, private_problems, read_site
from pelican_spotlight.core.dates import DateWindow, build_day
from pelican_spotlight.core.errors import RegistryError, SettingsError
from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.periods import Period, parse_period, period_of
from pelican_spotlight.core.problems import Problem, display_path
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Changemaker, load_site_registry
from pelican_spotlight.core.settings import PERIODS, SpotlightSettings, unknown_settings
from pelican_spotlight.core.text import markdown_text, plain_text
from pelican_spotlight.core.urls import absolute_root, absolute_url
from pelican_spotlight.practice.connect import Suggestion, shared_tags, suggest
from pelican_spotlight.practice.mail import roundup_email, subject
from pelican_spotlight.practice.report import Report, report_json
from pelican_spotlight.practice.roundups import Roundup, roundup_for
from pelican_spotlight.practice.share import KIT, share_kit

OK, NO, BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad input from the command line: exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pelican-spotlight",
        description="Report on, check and round up a Pelican site's spotlights, without building it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add_command in (_add_report, _add_check, _add_roundup, _add_suggest, _add_share, _add_lists):
        add_command(commands)
    return parser


def _command(commands: Any, name: str, summary: str) -> argparse.ArgumentParser:
    """A command, with the options they all share: which site (settings, ``-e``) and the cache."""
    command = commands.add_parser(name, help=summary)
    command.add_argument(
        "-s",
        "--settings",
        default="pelicanconf.py",
        help="Pelican settings file (default: pelicanconf.py in the current folder)",
    )
    command.add_argument(
        "-e",
        "--extra-settings",
        dest="overrides",
        metavar="SETTING=VALUE",
        nargs="*",
        action=ExtraSettings,
        default={},
        help="override settings as `pelican -e` does: VALUE in JSON notation "
        "(strings as SETTING='\"text\"', booleans as true or false, None as null)",
    )
    command.add_argument(
        "--no-cache",
        action="store_true",
        help="read every file; neither read nor write the spotlight cache (CACHE_PATH/spotlight/)",
    )
    return command


def _add_report(commands: Any) -> None:
    report = _command(commands, "report", "print the others : self report")
    help_ = "text for reading, json (the same as report.json) or markdown to paste into a post"
    report.add_argument("--format", choices=("text", "json", "markdown"), default="text", help=help_)
    report.add_argument("--period", choices=PERIODS, help="default: SPOTLIGHT_REPORT_PERIOD")
    help_ = "exit 1 when others : self is below RATIO (no self posts never fails)"
    report.add_argument("--fail-under", type=_ratio, metavar="RATIO", help=help_)


def _add_check(commands: Any) -> None:
    _command(commands, "check", "validate the registry and every tag in the content")


def _add_roundup(commands: Any) -> None:
    roundup = _command(commands, "roundup", "draft a roundup post (Status: draft) to edit")
    roundup.add_argument("--period", choices=PERIODS, help="default: SPOTLIGHT_ROUNDUP_PERIOD")
    help_ = "the period, e.g. 2026-11, 2026-W47, 2026-Q4, 2026 (default: the newest post's)"
    roundup.add_argument("--date", metavar="KEY", help=help_)
    help_ = "also write the roundup as a plain-text email, beside the draft (NAME.email.txt)"
    roundup.add_argument("--email", action="store_true", help=help_)


def _add_suggest(commands: Any) -> None:
    meet = _command(commands, "suggest", "suggest introductions: people who should meet")
    help_ = "at most N suggestions (default: SPOTLIGHT_SUGGEST_MAX)"
    meet.add_argument("--max", type=_count, metavar="N", help=help_)
    help_ = "text for reading, or json (the same objects as report.json's suggestions)"
    meet.add_argument("--format", choices=("text", "json"), default="text", help=help_)
    help_ = "write a draft introduction post (Status: draft) of these two to edit"
    meet.add_argument("--draft", nargs=2, metavar=("SLUG_A", "SLUG_B"), help=help_)


def _add_share(commands: Any) -> None:
    share = _command(commands, "share", "print a post's share text and links, per network")
    help_ = "the post's source file (from here or from PATH) or its slug"
    share.add_argument("source", nargs="?", metavar="SOURCE", help=help_)
    help_ = "the newest published post that features someone"
    share.add_argument("--latest", action="store_true", help=help_)
    help_ = "only this network (may be given more than once)"
    share.add_argument("--network", choices=KIT, action="append", help=help_)


def _add_lists(commands: Any) -> None:
    lists = _command(commands, "lists", "write the focus list and extended network for other tools")
    help_ = "the folder to write them in (default: the current folder; made if missing)"
    lists.add_argument("--out", default=".", metavar="DIR", help=help_)


class ExtraSettings(argparse.Action):
    """Pelican's ``-e/--extra-settings``: ``KEY=VALUE`` pairs whose values are JSON (repeatable)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        overrides = dict(getattr(namespace, self.dest, None) or {})
        for item in values:
            key, sep, value = item.partition("=")
            if not sep or not key:
                parser.error(f"{option_string}: expected SETTING=VALUE, got {item!r}")
            try:
                overrides[key] = json.loads(value)
            except json.JSONDecodeError:
                parser.error(
                    f"{option_string} {item}: VALUE must be JSON: "
                    f"{key}='\"text\"' for a string, true or false, null, a number"
                )
        setattr(namespace, self.dest, overrides)


def settings_warnings(path: str, settings: dict) -> list[str]:
    """``file:line: message`` for each unknown ``SPOTLIGHT_*`` setting: the line that sets it in the
    settings file, or line 0 when it comes from ``-e`` or an imported file."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    found = []
    for name, message in unknown_settings(settings):
        assignment = re.compile(rf"^\s*{re.escape(name)}\s*=")
        line = next((i for i, text in enumerate(lines, 1) if assignment.match(text)), 0)
        found.append(f"{path}:{line}: {message}")
    return found


def _number_type(
    convert: Callable[[str], float], kind: str, accepts: Callable[[float], bool], rule: str
) -> Callable[[str], float]:
    """An argparse type: the text ``convert``-ed, which must be ``kind`` and pass ``accepts`` (``rule``)."""

    def parse(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {kind}") from None
        if not accepts(value):
            raise argparse.ArgumentTypeError(f"{text!r} must be {rule}")
        return value

    return parse


_count = _number_type(int, "a whole number", lambda value: value >= 0, "≥ 0")
_ratio = _number_type(
    float, "a number", lambda value: value >= 0 and value != float("inf"), "a finite number ≥ 0"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code (never raises SystemExit itself)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else BAD_INPUT
    try:
        settings = load_settings(args.settings, args.overrides)
        warnings = settings_warnings(args.settings, settings)
        if args.command != "check":  # check counts them among its problems
            for warning in warnings:
                print(f"pelican-spotlight: warning: {warning}", file=sys.stderr)
        use_cache = not args.no_cache
        if args.command == "report":
            return cmd_report(settings, args.format, args.period, args.fail_under, use_cache)
        if args.command == "check":
            return cmd_check(settings, use_cache, warnings)
        if args.command == "suggest":
            if args.draft:
                return cmd_meet_draft(settings, *args.draft, use_cache=use_cache)
            return cmd_suggest(settings, args.max, args.format, use_cache)
        if args.command == "share":
            return cmd_share(settings, args.source, args.latest, args.network, use_cache)
        if args.command == "lists":
            return cmd_lists(settings, Path(args.out))
        return cmd_roundup(settings, args.period, args.date, use_cache, email=args.email)
    except (SettingsError, RegistryError, UsageError) as exc:
        print(f"pelican-spotlight: error: {exc}", file=sys.stderr)
        return BAD_INPUT


# -- report --------------------------------------------------------------------------------------


def cmd_report(
    settings: dict, fmt: str, period: str | None, fail_under: float | None, use_cache: bool = True
) -> int:
    site = read_site(settings, use_cache=use_cache)
    report = site.report(period or "")
    print(render_report(report, fmt, site_language(settings)), end="")
    ratio = report.totals.ratio
    if fail_under is not None and ratio is not None and ratio < fail_under:
        print(
            f"pelican-spotlight: ratio {report.totals.ratio_text} is below --fail-under {fail_under:g}",
            file=sys.stderr,
        )
        return NO
    return OK


def render_report(report: Report, fmt: str, language: Language | None = None) -> str:
    """The report as data (json, English keys) or as a document in ``language`` (text, markdown)."""
    if fmt == "json":
        return report_json(report)
    if fmt == "markdown":
        return report_markdown(report, language)
    return report_text(report, language)


# -- check ---------------------------------------------------------------------------------------


def cmd_check(settings: dict, use_cache: bool = True, warnings: Sequence[str] = ()) -> int:
    """``warnings`` (unknown settings, already ``file:line: message``) count as problems too."""
    site = read_site(settings, pages=True, use_cache=use_cache)
    site.problems.extend(site.social.problems)
    site.problems.extend(private_problems(site))
    problems = [*warnings, *map(str, sorted_problems(site.problems))]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
        return NO
    print(f"No problems: {len(site.registry)} changemakers, {len(site.records)} files checked.")
    return OK


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """By file (as printed), then by line as a number (``:5`` before ``:11``), else as found."""
    return sorted(problems, key=lambda p: (display_path(p.path), p.line))


# -- share ---------------------------------------------------------------------------------------


def cmd_share(
    settings: dict,
    source: str | None,
    latest: bool,
    networks: Sequence[str] | None,
    use_cache: bool = True,
) -> int:
    """Print the share kit of one post; exit 1 when it features nobody (nothing to share)."""
    if bool(source) == latest:
        raise UsageError("give a post (its source file or slug) or --latest, not both")
    base = absolute_root(settings)
    if not base:
        raise UsageError(
            f"share texts need the post's absolute URL, and SITEURL ({settings.get('SITEURL', '')!r}) is "
            "not an absolute URL (nor is FEED_DOMAIN): give the published site's, e.g. "
            "-e SITEURL='\"https://example.org\"', or -s publishconf.py"
        )
    site = read_site(settings, use_cache=use_cache)
    post = _latest_featuring(site) if latest else find_post(site, source or "")
    if not post.features:
        print(f"pelican-spotlight: {post.source} features no changemaker; nothing to share", file=sys.stderr)
        return NO
    people = [cm for cm in map(site.registry.get, post.features) if cm is not None]
    kit = share_kit(
        post.title,
        absolute_url(base, post.url),
        people,
        site.config.mastodon_instance,
        networks=list(dict.fromkeys(networks or KIT)),
        language=site_language(settings),
    )
    blocks = []
    for item in kit.values():
        if item.limit is None:  # email: a subject, and no limit to count against
            lines = [f"== {item.label} ==", f"Subject: {item.subject}", "", item.text, ""]
        else:
            lines = [f"== {item.label} ({item.length} of {item.limit}) ==", item.text, ""]
        if item.link:
            lines.append(f"Share: {item.link}")
        elif item.network == "mastodon":
            lines.append("Share: set SPOTLIGHT_MASTODON_INSTANCE for a link to your instance")
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
    return OK


def _latest_featuring(site: SiteRecords) -> Post:
    posts = [p for p in site.posts if p.features]
    if not posts:
        raise UsageError("no published post features a changemaker")
    return max(posts, key=lambda p: (p.date, p.source))


def find_post(site: SiteRecords, wanted: str) -> Post:
    """A published post by its source file (a path from here or from PATH) or by its slug."""
    content = Path(site.settings["PATH"]).resolve()
    candidates = {Path(wanted).resolve(), (content / wanted).resolve()}
    for post in site.posts:
        if (content / post.source).resolve() in candidates or post.slug == wanted:
            return post
    raise UsageError(f"{wanted!r} is not a published post (give its source file or its slug)")


# -- roundup -------------------------------------------------------------------------------------


def cmd_roundup(
    settings: dict, period_kind: str | None, key: str | None, use_cache: bool = True, email: bool = False
) -> int:
    """Write the period's roundup draft, and with ``email`` the same roundup as a plain-text email
    beside it. Nothing at all when either file exists, or for an email without an absolute site URL:
    a link in an email must be whole."""
    site = read_site(settings, use_cache=use_cache)
    kind = period_kind or site.config.roundup_period
    period = _roundup_period(site, kind, key)
    base = absolute_root(settings)
    if email and not base:
        raise UsageError("--email needs an absolute SITEURL or FEED_DOMAIN, for the links in the email")
    roundup = roundup_for(
        site.posts,
        list(site.registry),
        period,
        target_ratio=site.config.target_ratio,
        default_about=site.config.default_about,
    )
    if roundup is None:
        print(f"pelican-spotlight: nobody was spotlighted in {period.key}; no draft written", file=sys.stderr)
        return NO
    path = roundup_path(settings, period)
    language = site_language(settings)
    texts = {path: roundup_draft(roundup, site, language)}
    if email:
        texts[path.with_suffix(".email.txt")] = roundup_email(
            roundup, site.registry.get, base, site.config.profile_url, language
        )
    existing = [str(p) for p in texts if p.exists()]
    if existing:
        raise UsageError(
            f"{' and '.join(existing)} already exists; not overwritten, and nothing written "
            "(rename or delete it first)"
        )
    for file, text in texts.items():
        write_draft(file, text)
        print(f"Wrote {file}")
    return OK


def _roundup_period(site: SiteRecords, kind: str, key: str | None) -> Period:
    if key:
        try:
            return parse_period(key, kind)
        except ValueError as exc:
            raise UsageError(f"--date: {exc}") from None
    posts = site.posts
    if not posts:
        raise UsageError("no published posts; give --date")
    return period_of(max(p.date for p in posts), kind)


def roundup_path(settings: dict, period: Period) -> Path:
    """``spotlight-roundup-KEY.md`` in the first ARTICLE_PATHS folder, else in PATH itself."""
    return draft_path(settings, f"spotlight-roundup-{period.key}.md")


def draft_path(settings: dict, name: str) -> Path:
    """``name`` in the first ARTICLE_PATHS folder, else in PATH itself.

    Never creates a folder: when the first ARTICLE_PATHS entry is not an existing folder (it may
    name a file), the draft goes to PATH.
    """
    paths = settings.get("ARTICLE_PATHS") or [""]
    folder = Path(settings["PATH"]) / paths[0]
    if not folder.is_dir():
        folder = Path(settings["PATH"])
    return folder / name


def write_draft(path: Path, text: str) -> None:
    """Write a new file; an existing one is never overwritten (bad input: exit 2), and a file that
    cannot be written (a read-only folder, a path too long) is bad input too, never a traceback."""
    try:
        with open(path, "x", encoding="utf-8") as f:  # "x": never overwrite
            f.write(text)
    except FileExistsError:
        raise UsageError(f"{path} already exists; not overwritten (rename or delete it first)") from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


# A draft's slug is its file name here and in the output (Pelican adds a folder and '.html'): file
# systems stop at 255 bytes, and two slugs of up to 150 bytes each would pass that.
MAX_DRAFT_SLUG_BYTES = 120
_SLUG_PART_BYTES = 40


def draft_slug(prefix: str, *slugs: str) -> str:
    """``prefix-slug-slug``, or, when that is longer than ``MAX_DRAFT_SLUG_BYTES``, each slug cut to
    its first 40 bytes and a short digest of the whole added, so two long pairs never share a file."""
    slug = "-".join((prefix, *slugs))
    if len(slug.encode("utf-8")) <= MAX_DRAFT_SLUG_BYTES:
        return slug
    digest = hashlib.sha256(slug.encode("utf-8")).hexdigest()[:8]
    cut = [s.encode("utf-8")[:_SLUG_PART_BYTES].decode("utf-8", "ignore").rstrip("-.") for s in slugs]
    return "-".join((prefix, *cut, digest))


def site_language(settings: dict) -> Language:
    """The site's language, for the texts a command writes for the blog (drafts, share texts, the
    report as text or Markdown, ``lists.md``); its diagnostics stay in English."""
    return Language(settings.get("DEFAULT_LANG", "en"))


def roundup_draft(roundup: Roundup, site: SiteRecords, language: Language | None = None) -> str:
    """A Markdown draft: metadata, then each changemaker's spotlight tag and the posts to point at;
    its words in ``language`` (the metadata's names are Pelican's, in English)."""
    tr = language or Language()
    period = roundup.period
    tally = roundup.tally
    lines = [
        f"Title: {subject(roundup, tr)}",
        f"Date: {period.end.isoformat()}",
        "Status: draft",
        "About: others",
        f"Slug: spotlight-roundup-{period.key}",
        "",
        tr.ngettext(
            "Who I spotlighted in %(period)s (%(num)s post about others, %(self)s about myself: "
            "%(ratio)s). Edit freely: this is a draft.",
            "Who I spotlighted in %(period)s (%(num)s posts about others, %(self)s about myself: "
            "%(ratio)s). Edit freely: this is a draft.",
            tally.others,
            period=period.label_in(tr),
            self=tally.self,
            ratio=tally.ratio_in(tr),
        ),
        "",
    ]
    for slug, posts in roundup.spotlights:
        cm = site.registry.get(slug)
        lines += [f"## {markdown_text(cm.name) if cm else slug}", "", f"{{% spotlight {slug} %}}", ""]
        links = ", ".join(f"[{markdown_text(p.title)}]({{filename}}/{p.source})" for p in posts)
        lines += [tr.gettext("Featured in %(posts)s.", posts=links), ""]
    if roundup.new:
        lines += ["## " + tr.gettext("New to the network"), ""]
        lines += [f"- {{% mention {slug} %}}" for slug in roundup.new]
        lines.append("")
    return "\n".join(lines)


# -- lists ---------------------------------------------------------------------------------------


def cmd_lists(settings: dict, out: Path) -> int:
    """Write the network lists into ``out``; nothing at all when one of the files already exists."""
    SpotlightSettings.from_pelican(settings)  # a bad setting is bad input here too
    registry = load_site_registry(settings, DateWindow(build_day()))  # warns of a `since` as a build does
    for problem in registry.problems:
        print(f"pelican-spotlight: warning: {problem}", file=sys.stderr)
    people = list(registry)
    if not has_any_handle(people):
        print(
            "pelican-spotlight: no changemaker has a handle on Mastodon, Bluesky, X, LinkedIn or "
            "Facebook (the registry's social); no lists written",
            file=sys.stderr,
        )
        return NO
    existing = [str(out / name) for name in FILES if (out / name).exists()]
    if existing:
        raise UsageError(
            f"{', '.join(existing)} already exist{'s' if len(existing) == 1 else ''}; nothing written "
            "(rename or delete, or give --out another folder)"
        )
    written = list_files(people, str(settings.get("SITENAME", "")))
    texts = {**written.files, SUMMARY: lists_markdown(people, written, site_language(settings))}
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, or a folder it may not write in
        raise UsageError(f"--out {out}: cannot make the folder: {exc.strerror or exc}") from None
    for name in FILES:
        if name in texts:
            write_draft(out / name, texts[name])
            print(f"Wrote {out / name}")
        else:
            print(f"Not written: {name} ({written.skipped[name]})")
    return OK


# -- suggest -------------------------------------------------------------------------------------


def cmd_suggest(settings: dict, limit: int | None, fmt: str, use_cache: bool = True) -> int:
    site = read_site(settings, use_cache=use_cache)
    if limit is None:
        limit = site.config.suggest_max
    suggestions = suggest(list(site.registry), site.posts, limit)
    if fmt == "json":
        print(json.dumps([s.as_dict() for s in suggestions], indent=2, ensure_ascii=False))
    elif suggestions:
        print(suggestions_text(suggestions), end="")
    if not suggestions:
        print("pelican-spotlight: no introductions to suggest", file=sys.stderr)
        return NO
    return OK


def suggestions_text(suggestions: Sequence[Suggestion]) -> str:
    """One block per pair: the two, the tags they share, each one's why, and the draft command."""
    lines = []
    for n, s in enumerate(suggestions, start=1):
        focus = "; both on the focus list" if s.both_focus else ""
        lines += [
            f"{n}. {s.a.name} ({s.a.slug}) + {s.b.name} ({s.b.slug})",
            f"   shared tags: {', '.join(s.shared_tags)}{focus}",
            *(f"   {cm.name}: why {', '.join(cm.why) or '—'}" for cm in (s.a, s.b)),
            f"   draft it: pelican-spotlight suggest --draft {s.a.slug} {s.b.slug}",
        ]
    return "\n".join(lines) + "\n"


def cmd_meet_draft(settings: dict, slug_a: str, slug_b: str, use_cache: bool = True) -> int:
    site = read_site(settings, use_cache=use_cache)
    pair = []
    for slug in (slug_a, slug_b):
        cm = site.registry.get(slug)
        if cm is None:
            raise UsageError(f"unknown changemaker {slug!r}{site.registry.did_you_mean(slug)}")
        pair.append(cm)
    if slug_a == slug_b:
        raise UsageError(f"--draft needs two different changemakers, got {slug_a!r} twice")
    a, b = pair
    slug = draft_slug("spotlight-meet", a.slug, b.slug)
    path = draft_path(settings, f"{slug}.md")
    write_draft(path, meet_draft(a, b, dt.date.today(), slug, site_language(settings)))
    print(f"Wrote {path}")
    return OK


def meet_draft(
    a: Changemaker, b: Changemaker, day: dt.date, slug: str, language: Language | None = None
) -> str:
    """A Markdown draft introducing ``a`` and ``b``: a card for each, the tags they share, and a
    paragraph for the author to finish, in ``language``. Names are ``plain_text`` in the title (which
    themes print raw or through ``|striptags``) and ``markdown_text`` in the body."""
    tr = language or Language()
    shared = shared_tags(a, b)
    title = tr.gettext("People who should meet: %(a)s and %(b)s", a=plain_text(a.name), b=plain_text(b.name))
    lines = [
        f"Title: {title}",
        f"Date: {day.isoformat()}",
        "Status: draft",
        "About: others",
        f"Slug: {slug}",
        "",
        tr.gettext(
            "An introduction, in public: two people in my network who should be talking to each other. "
            "Edit freely: this is a draft."
        ),
        "",
        f"{{% spotlight {a.slug} %}}",
        "",
        f"{{% spotlight {b.slug} %}}",
        "",
    ]
    if shared:
        lines += [tr.gettext("They share: %(tags)s.", tags=", ".join(markdown_text(t) for t in shared)), ""]
    else:
        lines += [tr.gettext("They share no tag in the registry yet."), ""]
    mention_a, mention_b = (f"{{% mention {cm.slug} %}}" for cm in (a, b))
    lines += [
        tr.gettext(
            "%(a)s, meet %(b)s. [Why they should talk: what each of them is working on, what the other "
            "could bring to it, and how to reach each other.]",
            a=mention_a,
            b=mention_b,
        ),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
