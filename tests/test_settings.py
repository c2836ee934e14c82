"""The settings rows: everything about a setting is made from its one row."""

from __future__ import annotations

import copy
import importlib.util
import re
from pathlib import Path

import pytest

from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.settings import (
    OUTPUT_PATHS,
    SETTINGS,
    SpotlightSettings,
    known_settings,
    unknown_settings,
    with_defaults,
)

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "docs_reference.py"


def _tool():
    spec = importlib.util.spec_from_file_location("docs_reference", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_settings_page_shows_the_table_made_from_the_rows():
    tool = _tool()
    source = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert "<!-- generated: settings -->" in source, "docs/settings.md lost the settings table"
    page = tool.expand(source)
    rows = [line for line in page.splitlines() if line.startswith("| `SPOTLIGHT_")]
    assert len(rows) == len([s for s in SETTINGS if not s.follows])  # a SAVE_AS shares its URL's row
    for s in SETTINGS:
        row = next(r for r in rows if f"`{s.name}`" in r)
        assert s.kind.shown in row
        if not s.follows:
            assert s.doc in row


def test_every_row_is_a_field_known_by_name_and_documented():
    assert [s.field for s in SETTINGS] == list(SpotlightSettings.__dataclass_fields__)
    assert all(s.doc for s in SETTINGS if not s.follows)
    assert unknown_settings({s.name: s.default for s in SETTINGS}) == []


def test_every_setting_the_package_names_is_a_row():
    """A ``SPOTLIGHT_*`` name read anywhere in the package (code or templates) is a known setting."""
    package = ROOT / "pelican_spotlight"
    named = {
        m[0]
        for path in package.rglob("*")
        if path.suffix in (".py", ".html", ".xml", ".txt")
        for m in re.finditer(r"\bSPOTLIGHT_[A-Z][A-Z_]*[A-Z]\b", path.read_text(encoding="utf-8"))
    }
    assert "SPOTLIGHT_REGISTRY" in named  # the search finds names at all
    assert named - set(known_settings()) == set()


def test_an_unknown_name_beside_the_rows_is_still_a_warning():
    found = unknown_settings({"SPOTLIGHT_MENUS": ["index"], "SPOTLIGHT_MENU": ["index"], "OTHER": 1})
    assert found == [
        ("SPOTLIGHT_MENUS", "unknown setting SPOTLIGHT_MENUS ignored (did you mean SPOTLIGHT_MENU?)")
    ]


def test_from_pelican_leaves_the_dict_alone_and_fills_in_defaults():
    given = {"SPOTLIGHT_URL": "people/{slug}.html", "SPOTLIGHT_MENU": ["report", "index", "report"]}
    before = copy.deepcopy(given)
    config = SpotlightSettings.from_pelican(given)
    assert given == before
    assert config.save_as == "people/{slug}.html"  # a SAVE_AS follows its URL
    assert config.index_save_as == "spotlight/index.html"
    assert config.menu == ("report", "index")
    assert isinstance(config.target_ratio, float)
    assert set(with_defaults(given)) == set(known_settings())


def test_each_default_is_accepted():
    defaults = {s.name: s.default for s in SETTINGS}
    assert SpotlightSettings.from_pelican(defaults) == SpotlightSettings.from_pelican({})
    assert len(OUTPUT_PATHS) == 10


@pytest.mark.parametrize(
    ("page", "url"), [("index", "spotlight/"), ("report", None), ("roundups", "spotlight/roundups/")]
)
def test_page_url_is_none_for_a_page_turned_off(page, url):
    config = SpotlightSettings.from_pelican({"SPOTLIGHT_REPORT_SAVE_AS": ""})
    assert config.page_url(page) == url


def test_a_bad_value_names_what_was_expected():
    with pytest.raises(SettingsError, match=r"^SPOTLIGHT_MENU: expected a list of 'index', 'report', "):
        SpotlightSettings.from_pelican({"SPOTLIGHT_MENU": ["blog"]})
