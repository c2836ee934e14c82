"""The changemaker's shape is the shipped schema's: its fields, values, defaults and social networks."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pelican_spotlight.core.registry import (
    CIRCLES,
    KINDS,
    SOCIAL_URLS,
    WHYS,
    Changemaker,
    load_registry,
    schema,
)

PROPERTIES = schema()["$defs"]["changemaker"]["properties"]


def test_every_schema_property_is_a_changemaker_field():
    fields = {f.name for f in dataclasses.fields(Changemaker)}
    assert set(PROPERTIES) <= fields
    assert fields - set(PROPERTIES) == {"source", "line"}  # where the entry was read


def test_the_enums_and_defaults_are_the_schemas():
    assert KINDS == ("individual", "organization")
    assert CIRCLES == ("focus", "extended")
    assert WHYS == ("learn", "contribute", "connect")
    plain = Changemaker("Ada", "ada")
    assert (plain.kind, plain.circle, plain.autolink) == ("individual", "extended", True)
    for key in ("kind", "circle", "autolink"):
        assert getattr(plain, key) == PROPERTIES[key]["default"]


def test_each_social_network_of_the_schema_has_a_profile_url():
    assert set(SOCIAL_URLS) == set(PROPERTIES["social"]["properties"])


def test_every_key_becomes_its_field(tmp_path):
    (tmp_path / "spotlight.yaml").write_text(
        "- name: ' Ada Lovelace '\n"
        "  kind: organization\n"
        "  circle: focus\n"
        "  why: learn\n"
        "  url: https://ada.example\n"
        "  summary: ' Engines. '\n"
        "  tags: [math, engines]\n"
        "  image: https://ada.example/a.png\n"
        "  feed: https://ada.example/feed.xml\n"
        "  social: {github: ada, mastodon: '@ada@example.social'}\n"
        "  aliases: [' Countess ']\n"
        "  autolink: false\n"
        "  since: 2024-03-01\n"
        "  notes: 12\n",
        encoding="utf-8",
    )
    registry = load_registry(tmp_path / "spotlight.yaml", lambda s: s.lower().replace(" ", "-"))
    [ada] = registry
    assert [p.message for p in registry.problems] == [
        "changemaker ' Ada Lovelace ': notes: 12 is not of type 'string'"
    ]
    assert ada == Changemaker(
        name="Ada Lovelace",
        slug="ada-lovelace",
        kind="organization",
        circle="focus",
        why=("learn",),
        url="https://ada.example",
        summary="Engines.",
        tags=("math", "engines"),
        image="https://ada.example/a.png",
        feed="https://ada.example/feed.xml",
        social=(("github", "ada"), ("mastodon", "@ada@example.social")),
        aliases=("Countess",),
        autolink=False,
        since=dt.date(2024, 3, 1),
        source=str(tmp_path / "spotlight.yaml"),
        line=1,
    )
