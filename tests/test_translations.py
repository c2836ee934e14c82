"""The plugin's words in the site's language (docs/translations.md, issue #28).

The catalogs: every English message of the package is in each shipped catalog, translated, with the
same placeholders; the committed ``.mo`` files are their ``.po`` files compiled; the ``.pot`` is the
source's. The language: Babel's parsing of codes, plural rules, month and period names, dates of year 1
and 9999, a code without a catalog. Real builds in French and German, the build summary, the share kit,
the drafts, and a registry ``summary`` per language.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import pickle
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import DictLoader, Environment

from pelican_spotlight.cli import main as cli
from pelican_spotlight.core.i18n import Language, install, shipped
from pelican_spotlight.core.periods import parse_period, period_of
from pelican_spotlight.core.registry import Changemaker, load_registry, pick_summary
from pelican_spotlight.practice.mail import roundup_email
from pelican_spotlight.practice.report import Tally
from pelican_spotlight.practice.roundups import build_roundups
from pelican_spotlight.practice.share import share_kit

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "pelican_spotlight" / "locale"
SHIPPED = ("de", "es", "fr", "pt_BR")
# Both kinds of placeholder a message could hold: %(name)s (ours) and {name} (str.format's).
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
KEYWORDS = {**DEFAULT_KEYWORDS, "spotlight_gettext": None, "spotlight_ngettext": (1, 2)}


def extracted() -> dict[str | tuple[str, str], set[str]]:
    """The English messages of the package's source, as ``make translations`` extracts them."""
    with open(ROOT / "babel.cfg", encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    messages: dict[str | tuple[str, str], set[str]] = {}
    for filename, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        key = message if isinstance(message, str) else (message[0], message[1])
        messages.setdefault(key, set()).add(filename)
    return messages


def catalog(lang: str):
    with open(LOCALE / lang / "LC_MESSAGES" / "pelican_spotlight.po", "rb") as f:
        return read_po(f, locale=lang)


def test_the_four_languages_ship():
    assert set(SHIPPED) <= set(shipped())


def test_the_template_catalog_is_the_source_s():
    with open(LOCALE / "pelican_spotlight.pot", "rb") as f:
        pot = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(f) if m.id}
    source = set(extracted())
    assert source - pot == set(), "run `make translations`: the source has messages the .pot lacks"
    assert pot - source == set(), "run `make translations`: the .pot has messages the source no longer has"
    assert len(source) > 150  # the templates' and the Python's words, not an empty extraction


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_english_message_is_translated_in_each_shipped_catalog(lang):
    po = catalog(lang)
    missing, empty, fuzzy = [], [], []
    for message in extracted():
        entry = po.get(message if isinstance(message, str) else message[0])
        if entry is None or (isinstance(message, tuple) and not isinstance(entry.id, (list, tuple))):
            missing.append(message)
            continue
        forms = entry.string if isinstance(entry.string, (list, tuple)) else [entry.string]
        if len(forms) != (po.num_plurals if isinstance(message, tuple) else 1) or not all(forms):
            empty.append(message)
        if entry.fuzzy:
            fuzzy.append(message)
    assert (missing, empty, fuzzy) == ([], [], [])


@pytest.mark.parametrize("lang", SHIPPED)
def test_no_translation_drops_or_changes_a_placeholder(lang):
    wrong = []
    for entry in catalog(lang):
        if not entry.id:
            continue
        ids = [entry.id] if isinstance(entry.id, str) else list(entry.id)
        forms = [entry.string] if isinstance(entry.string, str) else list(entry.string)
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append((ids[0], form))
    assert wrong == []


def test_the_placeholder_check_sees_a_dropped_or_renamed_placeholder():
    """The check above cannot pass by accident: the pattern sees both kinds, and a change."""
    assert sorted(PLACEHOLDER.findall("%(num)s posts {x}")) != sorted(PLACEHOLDER.findall("%(n)s posts {x}"))
    assert PLACEHOLDER.findall("{name} and %(last)s") == ["{name}", "%(last)s"]


@pytest.mark.parametrize("lang", SHIPPED)
def test_each_committed_mo_is_its_po_compiled(lang):
    compiled = io.BytesIO()
    write_mo(compiled, catalog(lang))
    committed = (LOCALE / lang / "LC_MESSAGES" / "pelican_spotlight.mo").read_bytes()
    assert compiled.getvalue() == committed, f"{lang}: run `make translations` (the .mo is stale)"


# -- the language --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["pt_BR", "pt-BR", "pt-br", "PT_br", " pt-BR "])
def test_language_codes_are_matched_as_babel_parses_them(code):
    language = Language(code)
    assert (str(language.locale), language.translated) == ("pt_BR", True)
    assert language.gettext("Focus list") == "Lista prioritária"


def test_a_region_without_a_catalog_of_its_own_gets_its_language_s():
    assert Language("fr-CA").gettext("Focus list") == "Liste prioritaire"
    assert Language("de_AT").gettext("Focus list") == "Fokusliste"


@pytest.mark.parametrize(
    "code",
    [
        "ja",
        "ar",
        "xx",
        "",
        None,
        42,
        "x" * 10_000,
        "../../../etc/passwd",
        "fr\x00",
        "en_US.UTF-8@euro",
        "zz-ZZ",
    ],
    ids=["ja", "ar", "unknown", "empty", "none", "number", "huge", "path", "nul", "posix", "unknown-region"],
)
def test_anything_else_is_english_never_an_error(code):
    language = Language(code)
    assert language.gettext("Focus list") == "Focus list"
    assert language.ngettext("%(num)s post", "%(num)s posts", 2) == "2 posts"
    assert language.date(dt.date(2026, 11, 3))  # dates in the language Babel knows, else English


def test_plural_forms_follow_each_language_s_rule():
    one, other = "Featured in %(num)s post", "Featured in %(num)s posts"
    fr, de = Language("fr"), Language("de")
    assert fr.ngettext(one, other, 0) == "À l’honneur dans 0 article"  # French: 0 is singular
    assert fr.ngettext(one, other, 2) == "À l’honneur dans 2 articles"
    assert de.ngettext(one, other, 0) == "Vorgestellt in 0 Beiträgen"  # German: 0 is plural
    assert de.ngettext(one, other, 1) == "Vorgestellt in 1 Beitrag"


@pytest.mark.parametrize(
    ("code", "week", "month", "quarter"),
    [
        ("en", "Week 47 of 2026", "November 2026", "Q4 2026"),
        ("fr", "Semaine 47 de 2026", "novembre 2026", "T4 2026"),
        ("de", "Woche 47 von 2026", "November 2026", "Q4 2026"),
        ("es", "Semana 47 de 2026", "noviembre de 2026", "T4 2026"),
        ("pt-BR", "Semana 47 de 2026", "novembro de 2026", "T4 de 2026"),
    ],
)
def test_period_labels_come_from_the_catalog_and_babel_and_keys_stay(code, week, month, quarter):
    language = Language(code)
    labels = {kind: parse_period(key, kind) for kind, key in [("week", "2026-W47"), ("month", "2026-11")]}
    labels["quarter"] = parse_period("2026-Q4", "quarter")
    assert [p.label_in(language) for p in labels.values()] == [week, month, quarter]
    assert [p.key for p in labels.values()] == ["2026-W47", "2026-11", "2026-Q4"]
    assert parse_period("2026", "year").label_in(language) == "2026"


# The last whole ISO week of the calendar: 9999-12-31's would end in year 10000.
@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(9999, 12, 26)], ids=["year-1", "year-9999"])
@pytest.mark.parametrize("code", ["en", *SHIPPED, "ar"])
def test_dates_and_labels_of_year_1_and_9999(code, day):
    language = Language(code)
    assert str(day.year) in language.date(day).replace("\u200f", "")
    for kind in ("week", "month", "quarter", "year"):
        label = period_of(day, kind).label_in(language)
        assert str(period_of(day, kind).start.year) in label.translate(ARABIC_DIGITS)


def test_numbers_and_ratios_use_the_language_s_decimal_sign():
    tally = Tally(5, 2, 3.0)
    assert tally.ratio_in(Language("en")) == tally.ratio_text == "2.5 : 1"
    assert tally.ratio_in(Language("fr")) == "2,5 : 1"
    assert Tally(3, 0, 3.0).ratio_in(Language("de")) == "nur über andere"


def test_right_to_left_languages_say_so():
    assert Language("ar").direction == Language("he").direction == "rtl"
    assert Language("fr").direction == Language("nonsense").direction == "ltr"


def test_a_language_pickles_as_its_code():
    """Pelican's content cache may pickle the context that holds it."""
    language = pickle.loads(pickle.dumps(Language("pt-BR")))
    assert language.gettext("Focus list") == "Lista prioritária"


def test_template_functions_escape_variables_and_keep_the_catalog_s_markup():
    source = (
        "{% autoescape true %}{{ spotlight_gettext('Website of %(name)s', name=n) }}|"
        "{{ spotlight_ngettext('%(num)s new', '%(num)s new', 3) }}{% endautoescape %}"
    )
    env = Environment(loader=DictLoader({"t": source}))
    install(env, Language("fr"))
    assert env.get_template("t").render(n="<b>&</b>") == "Site web de &lt;b&gt;&amp;&lt;/b&gt;|3 nouveaux"


def test_a_theme_s_gettext_is_left_alone():
    """The plugin's names are its own: a theme's ``gettext``/``_`` (jinja2.ext.i18n) stay the theme's."""
    env = Environment(
        extensions=["jinja2.ext.i18n"],
        loader=DictLoader({"t": "{{ _('Focus list') }}|{{ spotlight_gettext('Focus list') }}"}),
    )
    env.install_null_translations(newstyle=True)
    install(env, Language("de"))
    assert env.get_template("t").render() == "Focus list|Fokusliste"


# -- texts the plugin writes in Python -----------------------------------------------------------


def _cm(name: str, slug: str, **fields) -> Changemaker:
    return Changemaker(name=name, slug=slug, **fields)


def test_the_share_kit_speaks_the_site_s_language():
    people = [_cm("Ada", "ada"), _cm("Bo", "bo"), _cm("Cy", "cy")]
    kit = share_kit("Un titre", "https://blog.example/p.html", people, language=Language("fr"))
    assert "Avec Ada, Bo et Cy" in kit["mastodon"].text
    assert kit["email"].label == "Courriel"
    english = share_kit("A title", "https://blog.example/p.html", people)
    assert "Featuring Ada, Bo and Cy" in english["mastodon"].text and english["email"].label == "Email"


def test_the_roundup_email_and_draft_speak_the_site_s_language():
    from pelican_spotlight.core.records import Post

    post = Post(
        source="posts/a.md",
        title="Un article",
        url="a.html",
        slug="a",
        date=dt.datetime(2026, 11, 3),
        features=["ada"],
        about=None,
    )
    (roundup,) = build_roundups([post], [_cm("Ada", "ada")], kind="month")
    text = roundup_email(
        roundup, lambda slug: _cm("Ada", "ada"), "https://blog.example", language=Language("fr")
    )
    assert text.startswith("Subject: Récapitulatif Spotlight\u00a0: novembre 2026\n")
    assert "À l’honneur dans «\u00a0Un article\u00a0»\u00a0: https://blog.example/a.html" in text
    assert "1 article sur les autres, 0 sur moi-même (que des autres)" in text


def test_the_introduction_draft_speaks_the_site_s_language_and_keeps_pelican_s_metadata():
    text = cli.meet_draft(
        _cm("Ada", "ada", tags=("art",)),
        _cm("Bo", "bo", tags=("art",)),
        dt.date(2026, 11, 3),
        "s",
        Language("es"),
    )
    assert text.startswith(
        "Title: Personas que deberían conocerse: Ada y Bo\nDate: 2026-11-03\nStatus: draft\nAbout: others\n"
    )
    assert "{% mention ada %}, te presento a {% mention bo %}." in text
    assert "Comparten: art." in text


# -- the registry's summary per language ---------------------------------------------------------


def test_a_summary_per_language_picks_the_page_s_then_the_default_s_then_the_first():
    given = (("en", "English"), ("fr", "Français"), ("pt_BR", "Português"))
    assert pick_summary(given, "fr") == "Français"
    assert pick_summary(given, "pt-br") == pick_summary(given, "pt") == "Português"
    assert pick_summary(given, "de", "en") == "English"
    assert pick_summary(given, "de", "ja") == "English"  # the first
    assert pick_summary((("fr", "Français"), ("en", "English")), "de") == "Français"
    assert pick_summary((), "fr") is None


def test_the_registry_reads_a_summary_per_language_for_the_site_s_language(tmp_path):
    (tmp_path / "spotlight.yaml").write_text(
        "- name: Ada\n  summary: {en: Engines., pt-BR: Motores., fr: Moteurs.}\n"
        "- name: Bo\n  summary: Plain text.\n"
        "- name: Cy\n  summary: {en: One., EN: Again., english: Nope.}\n",
        encoding="utf-8",
    )
    registry = load_registry(tmp_path / "spotlight.yaml", str.lower, tmp_path, lang="pt_BR")
    assert [cm.summary for cm in registry] == ["Motores.", "Plain text.", "One."]
    assert sorted(p.message.split(": ", 1)[1] for p in registry.problems) == [
        "summary: 'EN' is the language 'en' again; the first one is used",
        "summary: 'english' is not a language code (such as en, fr or pt-BR); ignored",
    ]
    for lang, summary in [("fr", "Moteurs."), ("de", "Engines.")]:
        first = next(iter(load_registry(tmp_path / "spotlight.yaml", str.lower, tmp_path, lang=lang)))
        assert first.summary == summary


# -- real builds ---------------------------------------------------------------------------------

DATA = Path(__file__).parent / "data"
POSTS = {
    "posts/a.md": "Title: Avec Adrienne\nDate: 2026-11-02\n\n{% spotlight adrienne-example %}\n",
    "posts/b.md": "Title: Deux\nDate: 2026-11-10\n\n{% mention commons-lab %}, {% mention bo-connector %}.\n",
    "posts/c.md": "Title: Mes nouvelles\nDate: 2026-10-10\n\nRien sur les autres.\n",
}


@pytest.fixture(scope="module")
def french(make_site):
    site = make_site("french")
    for relpath, text in {
        "spotlight.yaml": (DATA / "registry.yaml").read_text(encoding="utf-8"),
        **POSTS,
    }.items():
        site.write(relpath, text)
    site.settings.update(DEFAULT_LANG="fr", SITEURL="https://blog.example", SPOTLIGHT_TARGET_RATIO=1.0)
    site.build()
    return site


def test_a_french_site_gets_french_plugin_pages(french):
    directory = french.read("spotlight/index.html")
    assert "<title>Acteurs de changement" in directory or ">Acteurs de changement<" in directory
    assert "sur la liste prioritaire" in directory and "Changemakers" not in directory
    report = french.read("spotlight/report/index.html")
    for words in (
        "Rapport Spotlight",
        "Qui a été mis à l’honneur",
        "Équilibre des raisons",
        "que des autres",
    ):
        assert words in report
    roundup = french.read("spotlight/roundups/2026-11/index.html")
    assert "Récapitulatif Spotlight\u00a0: novembre 2026" in roundup  # the URL keeps the key 2026-11
    card = french.read("avec-adrienne.html")
    assert 'aria-label="À l’honneur\u00a0: Adrienne Example"' in card


def test_the_french_feed_opml_and_charts_are_french(french):
    feed = french.read("spotlight/roundups.atom.xml") if french.exists("spotlight/roundups.atom.xml") else ""
    files = {
        p.name: p.read_text(encoding="utf-8")
        for p in french.output.rglob("*")
        if p.suffix in (".xml", ".opml")
    }
    joined = feed + "".join(files.values())
    assert "Récapitulatif Spotlight\u00a0: novembre 2026" in joined
    assert "Liste prioritaire" in joined
    report = french.read("spotlight/report/index.html")
    assert "Ratio des articles sur les autres aux articles sur vous-même, par période" in report


@pytest.mark.parametrize(("code", "said"), [("ja", True), ("xx", True), ("en-GB", False), ("fr", False)])
def test_the_info_line_is_said_for_a_language_without_a_catalog_only(caplog, code, said):
    with caplog.at_level(logging.INFO):
        Language(code, announce=True)
    assert [r.levelno for r in caplog.records if "has no catalog" in r.getMessage()] == [logging.INFO] * said


def test_a_language_without_a_catalog_is_english_with_one_info_line(site, caplog):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/a.md", POSTS["posts/a.md"])
    site.settings.update(DEFAULT_LANG="ja", SPOTLIGHT_TARGET_RATIO=1.0)
    with caplog.at_level(logging.INFO):
        site.build()
    lines = [r for r in caplog.records if "has no catalog" in r.getMessage()]
    assert [r.levelno for r in lines] == [logging.INFO]
    assert "DEFAULT_LANG 'ja' has no catalog of pelican-spotlight's words" in lines[0].getMessage()
    assert "Focus list" in site.read("spotlight/index.html")
    assert site.run_pelican_in_process("--fatal", "warnings").returncode == 0


def test_the_build_summary_is_in_the_site_s_language(site, capsys):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/a.md", POSTS["posts/a.md"])
    site.settings.update(DEFAULT_LANG="de", SPOTLIGHT_TARGET_RATIO=1.0)
    capsys.readouterr()
    site.build()
    out = capsys.readouterr().out
    assert "Spotlight: 1 Beitrag über andere, 0 über dich selbst — nur über andere (Ziel 1 : 1) ✓" in out
    assert "Fokusliste: 2 von höchstens" in out


def test_the_command_line_writes_drafts_in_the_site_s_language_and_talks_english(site, capsys, monkeypatch):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/a.md", POSTS["posts/a.md"])
    site.settings.update(DEFAULT_LANG="es", SITEURL="https://blog.example")
    site.write_conf()
    monkeypatch.chdir(site.root)
    capsys.readouterr()
    assert cli.main(["roundup", "-s", "pelicanconf.py", "--no-cache", "--date", "2026-11"]) == 0
    assert capsys.readouterr().out.startswith("Wrote ")  # the command's own words stay English
    draft = (site.content / "spotlight-roundup-2026-11.md").read_text(encoding="utf-8")
    assert draft.startswith("Title: Resumen Spotlight: noviembre de 2026\n")
    assert (
        "A quién destaqué en noviembre de 2026 (1 entrada sobre otros, 0 sobre mí: solo sobre otros)" in draft
    )
    assert cli.main(["roundup", "-s", "pelicanconf.py", "--no-cache", "--date", "2026-11"]) == 2
    assert "already exists" in capsys.readouterr().err


# -- a theme with its own jinja2.ext.i18n and catalog, under i18n_subsites -----------------------

THEME_BASE = """\
<!DOCTYPE html>
<html lang="{{ DEFAULT_LANG }}"><head><title>{% block title %}{{ SITENAME }}{% endblock %}</title></head>
<body><nav class="theme-nav">{{ _("Posts") }} · {% trans %}Focus list{% endtrans %}</nav>
<main>{% block content %}{% endblock %}</main></body></html>
"""


def theme_with_catalog(root: Path) -> Path:
    """A theme built for i18n_subsites: ``jinja2.ext.i18n`` in its templates, and a German catalog of
    its own, which also translates "Focus list" (one of the plugin's words), in its own way."""
    from babel.messages.catalog import Catalog

    theme = root / "theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "templates" / "base.html").write_text(THEME_BASE, encoding="utf-8")
    catalog = Catalog(locale="de")
    catalog.add("Posts", "THEMA-Beiträge")
    catalog.add("Focus list", "THEMA-Fokus")
    folder = theme / "translations" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "messages.mo", "wb") as f:
        write_mo(f, catalog)
    return theme


def test_a_theme_s_own_i18n_and_catalog_keep_working_beside_the_plugin_s(site):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/a.md", "Title: A\nDate: 2026-11-02\nLang: en\n\n{% spotlight adrienne-example %}\n")
    site.write(
        "posts/a-de.md",
        "Title: A auf Deutsch\nDate: 2026-11-02\nLang: de\nSlug: a\n\n{% spotlight adrienne-example %}\n",
    )
    site.settings.update(
        PLUGINS=["pelican_spotlight", "i18n_subsites"],
        THEME=str(theme_with_catalog(site.root)),
        JINJA_ENVIRONMENT={"extensions": ["jinja2.ext.i18n"], "trim_blocks": True, "lstrip_blocks": True},
        I18N_SUBSITES={"de": {}},
        SPOTLIGHT_TARGET_RATIO=1.0,
    )
    result = site.run_pelican("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    german = site.read("de/spotlight/index.html")
    nav, body = german.split("<main>", 1)
    assert "THEMA-Beiträge · THEMA-Fokus" in nav  # the theme's words, from the theme's catalog
    assert "Fokusliste" in body and "THEMA" not in body  # the plugin's, from the plugin's catalog
    english = site.read("spotlight/index.html")
    assert "Posts · Focus list" in english and "Fokusliste" not in english


def test_a_subsite_without_its_summary_takes_the_main_site_s_language_not_the_first(site):
    """In an i18n_subsites subsite DEFAULT_LANG is the subsite's: the fallback is the main site's."""
    site.write(
        "spotlight.yaml",
        "- name: Ada Example\n  url: https://ada.example/\n"
        "  summary: {fr: Moteurs en français., en: Engines in English.}\n",
    )
    site.write("posts/a.md", "Title: A\nDate: 2026-11-02\n\n{% spotlight ada-example %}\n")
    site.settings.update(PLUGINS=["pelican_spotlight", "i18n_subsites"], I18N_SUBSITES={"de": {}, "fr": {}})
    result = site.run_pelican("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Engines in English." in site.read("de/spotlight/ada-example/index.html")
    assert "Moteurs en français." not in site.read("de/spotlight/ada-example/index.html")
    assert "Moteurs en français." in site.read("fr/spotlight/ada-example/index.html")
    assert "Engines in English." in site.read("spotlight/ada-example/index.html")


def test_a_day_is_written_the_same_each_time_it_is_asked_for_in_each_language():
    # Language.date keeps each day it has formatted: the second answer must be the first, a
    # datetime must give its day, and two languages must not share what they keep.
    english, french = Language("en"), Language("fr")
    for _ in range(2):
        assert english.date(dt.datetime(2026, 11, 3, 23, 59)) == english.date(dt.date(2026, 11, 3))
        assert english.date(dt.date(2026, 11, 3)) == "Nov 3, 2026"
        assert french.date(dt.date(2026, 11, 3)) == "3 nov. 2026"
    assert english.date(None) == "—"
