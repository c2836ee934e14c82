"""Languages from outside (issue #28): ``DEFAULT_LANG`` as anyone may write it, and registry summaries
given per language, malformed, huge, nested, with markup or hidden characters, in guarded builds
(no traceback, safe output, no private notes, no invisible characters)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from guard import NOTES

POST = "Title: P\nDate: 2026-11-02\n\n{% spotlight ada %}\n"


@dataclass(frozen=True)
class Language:
    id: str
    value: object
    word: str  # a word of the directory page in that language (English when there is no catalog)


# Values Pelican itself builds with. Pelican stops on some others before the plugin has a say: an
# empty code, a path or a number (its rST reader asks docutils for the language's module) and prints a
# hidden character into its own pages' lang attribute; the plugin's reading of those is in
# tests/test_translations.py (test_anything_else_is_english_never_an_error).
LANGUAGES = [
    Language("unknown", "xx", "Focus list"),
    Language("huge", "fr" * 5000, "Focus list"),
    Language("lower-case-region", "pt-br", "Lista prioritária"),
    Language("script-and-region", "zh-Hant-TW", "Focus list"),
    Language("right-to-left", "ar", "Focus list"),
    Language("region-of-a-shipped-language", "de_CH", "Fokusliste"),
]


@pytest.mark.parametrize("case", LANGUAGES, ids=[c.id for c in LANGUAGES])
def test_any_default_lang_builds_with_words_in_a_language(guarded, case: Language):
    guarded.write("spotlight.yaml", f"- name: Ada\n  slug: ada\n  circle: focus\n  notes: {NOTES}\n")
    guarded.write("posts/p.md", POST)
    result = guarded.build(DEFAULT_LANG=case.value)
    assert result.messages == []
    assert case.word in result.page("spotlight/index.html")


@dataclass(frozen=True)
class Summary:
    id: str
    yaml: str  # the summary key's value, as written in the registry
    shown: str | None  # what the French page shows as the card's summary (None: no summary)
    messages: tuple[str, ...] = ()


SUMMARIES = [
    Summary("per-language", "{en: Engines., fr: Moteurs.}", "Moteurs."),
    Summary(
        "three-spellings",
        "{pt_BR: Motores., pt-BR: Again., pt-br: Again.}",
        "Motores.",
        (
            "summary: 'pt-BR' is the language 'pt_BR' again; the first one is used",
            "summary: 'pt-br' is the language 'pt_BR' again; the first one is used",
        ),
    ),
    Summary(
        "not-a-language",
        "{english: Engines.}",
        None,
        ("summary: 'english' is not a language code (such as en, fr or pt-BR); ignored",),
    ),
    Summary("empty-mapping", "{}", None, ("summary: {} is not valid under any of the given schemas",)),
    Summary(
        "a-list-inside",
        "{fr: [Moteurs]}",
        None,
        ("summary: {'fr': ['Moteurs']} is not valid under any of the given schemas",),
    ),
    Summary(
        "nested",
        "{fr: {fr: {fr: Moteurs.}}}",
        None,
        ("summary: {'fr': {'fr': {'fr': 'Moteurs.'}}} is not valid under any of the given schemas",),
    ),
    Summary(
        "markup",
        '{fr: "<script>alert(1)</script>"}',
        "<script>alert(1)</script>",
        ("summary contains markup characters (< or >); they are shown as text, never as markup",),
    ),
    Summary(
        "hidden-character",
        '{fr: "Mot\\u202eeurs."}',
        "Moteurs.",
        ("summary has invisible bidirectional or control characters (U+202E); removed",),
    ),
    Summary("huge", "{fr: " + "m" * 200_000 + "}", "m" * 200_000),
    Summary(
        "many-languages",
        "{" + ", ".join(f"x{i:04}: a" for i in range(2000)) + ", fr: Moteurs.}",
        "Moteurs.",
        tuple(
            f"summary: 'x{i:04}' is not a language code (such as en, fr or pt-BR); ignored"
            for i in range(2000)
        ),
    ),
]


@pytest.mark.parametrize("case", SUMMARIES, ids=[c.id for c in SUMMARIES])
def test_a_summary_per_language_from_a_hostile_registry(guarded, case: Summary):
    guarded.write("spotlight.yaml", f"- name: Ada\n  slug: ada\n  notes: {NOTES}\n  summary: {case.yaml}\n")
    guarded.write("posts/p.md", POST)
    result = guarded.build(DEFAULT_LANG="fr")
    messages = [m.split(": changemaker 'Ada': ", 1)[1] for m in result.messages]
    assert messages == list(case.messages)
    text = result.visible_text("p.html")
    if case.shown is None:
        assert "spotlight-card__summary" not in result.page("p.html")
    else:
        assert case.shown in text
