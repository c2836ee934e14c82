"""The command's documents in the site's language (docs/translations.md): ``report --format text`` and
``--format markdown`` and ``lists``' ``lists.md`` are in DEFAULT_LANG's words, their structure and data
(period keys, slugs, ISO dates, channel and file names) as in English; ``--format json``, the
command's messages and its diagnostics stay English. One site, read by the command in both languages
(``-e DEFAULT_LANG``), never built."""

from __future__ import annotations

import json
import re

import pytest
from network_site import write_network_site
from registries import KOFI_FEED, LISTS_REGISTRY

from pelican_spotlight.cli.main import main

NBSP = "\u00a0"
FRENCH = ["-e", 'DEFAULT_LANG="fr"']
SOCIAL = """\
- {date: 2026-11-02, channel: newsletter, about: [adrienne-example]}
- {date: 2026-11-09, channel: newsletter, about: self}
- {date: 2026-11-16, channel: mastodon, about: others}
"""
# Labels of the English documents that must not be left in the French ones.
ENGLISH_LABELS = [
    "Spotlight report",
    "Per month",
    "target met",
    "below target",
    "Why balance",
    "Changemakers",
    "| yes |",
    "| no |",
    "all channels",
    "Weekly rhythm",
    "Due for a spotlight",
    "posts about others",
    "Focus list",
    "focus |",
    "extended |",
    "learn",
    "connect",
]


@pytest.fixture(scope="module")
def network(make_site):
    """The multi-month site with a social log, and its settings file."""
    site = make_site("network")
    write_network_site(site)
    site.write("social/log.yaml", SOCIAL)
    site.write_conf()
    return site


def run(capsys, monkeypatch, site, *argv: str) -> tuple[int, str, str]:
    monkeypatch.chdir(site.root)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def shape(text: str) -> list[tuple[str, int]]:
    """Each line's kind (heading level, list item, table row, blank, prose) and its number of cells."""
    kinds = []
    for line in text.splitlines():
        kind = re.match(r"#+ |- |\| |$", line)
        kinds.append((kind.group(0) if kind else "prose", line.count(" | ")))
    return kinds


def test_the_markdown_report_is_in_the_site_s_language(network, capsys, monkeypatch):
    code, english, _ = run(capsys, monkeypatch, network, "report", "--format", "markdown")
    assert code == 0
    code, french, err = run(capsys, monkeypatch, network, "report", "--format", "markdown", *FRENCH)
    assert code == 0 and err == ""
    assert french.startswith("# Rapport Spotlight\n\n**4** articles sur les autres, **2** sur vous-même")
    for line in [
        "## Par mois",
        "| période | autres | soi | ratio | objectif atteint |",
        "| 2026-10 | 3 | 0 | que des autres | oui |",
        "| 2026-11 | 1 | 1 | 1,0 : 1 | non |",
        "## Canaux",
        "| tous les canaux | 6 | 3 | 2,0 : 1 | non |",
        "## Rythme hebdomadaire",
        "| tous canaux confondus | 2 | 0 sur 3 |",
        "## Publications sociales par semaine",
        "| semaine | autres | soi | objectif atteint | mastodon | newsletter |",
        "## Acteurs de changement",
        "| acteur de changement | cercle | articles | premier | dernier |",
        "| Bo Connector | élargi | 1 | 2026-11-02 | 2026-11-02 |",
        "## À remettre à l’honneur (pas mis à l’honneur depuis 90 jours)",
        "- Quiet Person",
        "## Équilibre des raisons",
        f"- apprendre{NBSP}: 3",
        f"Liste prioritaire{NBSP}: 3 sur 10 au plus.",
    ]:
        assert line in french.splitlines(), line
    assert "Un article parle des autres" in french and "Spotlight:" in french  # metadata names kept
    for label in ENGLISH_LABELS:
        assert label not in french, label
    # The same document, word for word another language: the same headings, lists and table cells.
    assert shape(french) == shape(english)


def test_the_english_markdown_report_is_as_before(network, capsys, monkeypatch):
    _, default, _ = run(capsys, monkeypatch, network, "report", "--format", "markdown")
    _, english, _ = run(
        capsys, monkeypatch, network, "report", "--format", "markdown", "-e", 'DEFAULT_LANG="en"'
    )
    assert default == english
    for line in [
        "# Spotlight report",
        "**3** posts about others, **2** about yourself: **1.5 : 1** (target 3 : 1) — below target.",
        "## Per month",
        "| period | others | self | ratio | target met |",
        "| all channels | 5 | 3 | 1.7 : 1 | no |",
        "| all channels together | 2 | 0 of 3 |",
        "| week | others | self | goal met | mastodon | newsletter |",
        "| changemaker | circle | posts | first | last |",
        "## Due for a spotlight (not featured in 90 days)",
        "- learn: 2",
    ]:
        assert line in english.splitlines(), line


def test_the_text_report_is_in_the_site_s_language(network, capsys, monkeypatch):
    _, english, _ = run(capsys, monkeypatch, network, "report")
    code, french, _ = run(capsys, monkeypatch, network, "report", *FRENCH)
    assert code == 0
    lines = french.splitlines()
    assert lines[0].startswith(f"Spotlight{NBSP}: 4 articles sur les autres, 2 sur vous-même — 2,0 : 1")
    assert lines[1].startswith(f"Liste prioritaire{NBSP}: 3 sur 10 au plus")
    assert any(line.startswith("Rythme hebdomadaire (objectif") for line in lines)
    assert f"Par mois{NBSP}:" in lines
    assert any(line.split()[:4] == ["2026-10", "3", "sur", "les"] for line in lines)
    assert f"Acteurs de changement (articles, premier, dernier){NBSP}:" in lines
    assert any(line.split()[:3] == ["bo-connector", "élargi", "1"] for line in lines)
    assert f"Équilibre des raisons{NBSP}: apprendre 3, contribuer 2, relier 4" in lines
    for label in ("Per month", "Why balance", "Changemakers", "others", "below target"):
        assert label not in french.replace("About: others", ""), label
    assert len(lines) == len(english.splitlines())  # line for line the English's
    assert "Per month:" in english.splitlines() and "Why balance: learn 2, contribute 1, connect 3" in english


def test_json_and_diagnostics_stay_english(network, capsys, monkeypatch):
    _, english, _ = run(capsys, monkeypatch, network, "report", "--format", "json")
    _, french, _ = run(capsys, monkeypatch, network, "report", "--format", "json", *FRENCH)
    en, fr = json.loads(english), json.loads(french)
    assert en.keys() == fr.keys() and fr["why"].keys() == {"learn", "contribute", "connect"}
    assert [p["key"] for p in fr["periods"]] == ["2026-09", "2026-10", "2026-11"]
    assert fr["changemakers"][0]["circle"] == "focus"
    code, out, err = run(capsys, monkeypatch, network, "report", "--fail-under", "3", *FRENCH)
    assert code == 1 and out.startswith(f"Spotlight{NBSP}:")
    assert err == "pelican-spotlight: ratio 2.0 : 1 is below --fail-under 3\n"


@pytest.fixture(scope="module")
def lists_site(make_site):
    site = make_site("lists")
    # Nobody in the extended network has a feed: the "not written" line, in both languages.
    site.write("spotlight.yaml", LISTS_REGISTRY.replace(KOFI_FEED, ""))
    site.write_conf(SITENAME="Notes")
    return site


def test_lists_md_is_in_the_site_s_language_and_the_files_are_data(lists_site, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, lists_site, "lists", "--out", "fr", *FRENCH)
    assert code == 0, err
    assert out.splitlines() == [  # the command's own messages stay English
        "Wrote fr/mastodon-following.csv",
        "Wrote fr/mastodon-lists.csv",
        "Wrote fr/focus.opml",
        "Not written: extended.opml (nobody in the extended network has a feed)",
        "Wrote fr/lists.md",
    ]
    summary = (lists_site.root / "fr" / "lists.md").read_text(encoding="utf-8")
    assert summary.startswith(
        f"# Listes du réseau\n\nListe prioritaire{NBSP}: 2{NBSP}; réseau élargi{NBSP}: 1."
    )
    for line in [
        "## Fichiers",
        f"- `mastodon-following.csv`{NBSP}: 2 comptes à suivre (Mastodon{NBSP}: Préférences, "
        f"Import et export, Importer, type «{NBSP}Abonnements{NBSP}»)",
        f"- `focus.opml`{NBSP}: 1 flux de la liste prioritaire, pour un lecteur de flux",
        f"- `extended.opml`{NBSP}: non écrit{NBSP}: personne dans le réseau élargi n’a de flux",
        "## Pas encore d’identifiant",
        "### LinkedIn",  # network names are names
        "- Kofi Mensah (réseau élargi)",
        # markdown_text (issue #23) in French as in English: '<' and '>' as look-alikes, link syntax as
        # references
        "- Ana & ‹b›Bo‹/b› &#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41; (liste prioritaire)",
    ]:
        assert line in summary.splitlines(), line
    assert "<b>" not in summary and "](javascript" not in summary
    for label in ("Network lists", "Files", "No handle yet", "focus list", "extended network", "not written"):
        assert label not in summary, label
    # The files other tools import are data: the Mastodon list names as Mastodon will show them.
    lists_csv = (lists_site.root / "fr" / "mastodon-lists.csv").read_text(encoding="utf-8")
    assert lists_csv == "Focus,maya@social.example\nExtended network,kofi@news.example\n"

    code, _, _ = run(capsys, monkeypatch, lists_site, "lists", "--out", "en")
    english = (lists_site.root / "en" / "lists.md").read_text(encoding="utf-8")
    assert code == 0 and english.startswith("# Network lists\n\nFocus list: 2; extended network: 1.")
    assert "- `extended.opml`: not written: nobody in the extended network has a feed" in english
    assert len(english.splitlines()) == len(summary.splitlines())
