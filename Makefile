# The README's two commands: `make site` and `make test`. Everything installs into .venv.
# CONTRIBUTING.md describes every target.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site serve test test-fast themes compat compat-oldest compat-newest dist editable-check lint format bench screenshots docs docs-serve clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

SOURCES := $(shell find pelican_spotlight pelican theme _build -type f -not -name '*.pyc')

# A regular (not editable) install: Pelican's auto-discovery only finds pelican.plugins.spotlight
# when it sits beside Pelican in site-packages. The test, docs and themes extras go in together, so that
# pip picks an mkdocs-material whose Pygments Pelican accepts.
$(STAMP): $(BIN)/python pyproject.toml $(SOURCES)
	rm -rf build/lib  # setuptools reuses it: a module deleted from the package would be installed still
	$(BIN)/python -m pip install --quiet ".[test,docs,themes]"
	@touch $(STAMP)

install: $(STAMP)

site: $(STAMP)
	cd sample_site && ../$(BIN)/pelican content -s pelicanconf.py -o output --fatal warnings
	@echo "Built sample_site/output/ — run 'make serve' to preview it on http://localhost:8000/"

serve: site
	$(BIN)/pelican --listen -s sample_site/pelicanconf.py -o sample_site/output -b 127.0.0.1 -p 8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Two workers (pytest-xdist), each test file whole on one worker, so a module's shared build is made
# once. (--dist loadgroup would also keep the sample site's tests together, but xdist 3.8 cannot tag
# pytest 9.2's node ids with the group, so it splits modules.)
test: $(STAMP) lint
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The plugin's message catalogs (docs/translations.md): the English words extracted from the package's
# Python and templates into the template catalog, merged into each language's .po, and compiled to the
# .mo files the package ships (committed; tests/test_translations.py fails when one is stale).
LOCALE := pelican_spotlight/locale
BABEL_KEYWORDS := -k spotlight_gettext -k spotlight_ngettext:1,2

translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg $(BABEL_KEYWORDS) --add-location=file --sort-by-file --no-wrap \
		--project pelican-spotlight --copyright-holder "pelican-spotlight contributors" \
		-o $(LOCALE)/pelican_spotlight.pot .
	$(BIN)/pybabel update -i $(LOCALE)/pelican_spotlight.pot -d $(LOCALE) -D pelican_spotlight --no-wrap \
		--no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile -d $(LOCALE) -D pelican_spotlight --statistics
# The tests that build no site (unit tests, Markdown pairs, property tests): a few seconds' check while
# you work. A test that builds a site without the `builds` mark fails here (tests/conftest.py).
test-fast: $(STAMP)
	SPOTLIGHT_TEST_FAST=1 $(BIN)/python -m pytest -q -n 2 -m "not builds and not slow" -p no:cacheprovider

# The sample site in each theme of the matrix (tests/themes): builds, static checks and Chromium checks at
# 1280 and 360 px. Screenshots land in build/theme-screenshots/; the CDN stylesheets of bulrush, Shiori
# and clean-blog come from npm. Flex, Elegant and pelican-alchemy, on no package index, are built from
# their copies in tests/themes/vendor; clean-blog, whose repository grants no licence to copy it, when
# SPOTLIGHT_MORE_THEMES names a folder holding a clone of it (docs/themes.md).
themes: $(STAMP)
	$(BIN)/python -m pytest tests/themes

# The suite on the oldest supported Pelican (4.9, its newest patch), in its own venv, and on the newest
# Python installed beyond the default python3 (pyenv's or the system's), if any. The browser tests are
# left to `make test`.
COMPAT_PELICAN ?= pelican==4.9.1
COMPAT_VENV := .venv-compat
NEWEST_VENV := .venv-newest
PYTEST_COMPAT := -m pytest -q -p no:cacheprovider --ignore=tests/browser

# Both runs at once (2 cores), each target's output printed whole when it ends.
# The wheel is built once, first: two builds in the same tree at once would share build/.
COMPAT_WHEELS := build/compat-wheel
COMPAT_WHEEL = "$$(ls $(COMPAT_WHEELS)/*.whl)[test]"

compat:
	rm -rf $(COMPAT_WHEELS)
	$(PYTHON) -m pip wheel --quiet --no-deps --wheel-dir $(COMPAT_WHEELS) .
	$(MAKE) --no-print-directory -j2 --output-sync=target compat-oldest compat-newest

compat-oldest:
	rm -rf $(COMPAT_VENV)
	$(PYTHON) -m venv $(COMPAT_VENV)
	$(COMPAT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(COMPAT_VENV)/bin/python -m pip install --quiet $(COMPAT_WHEEL) "$(COMPAT_PELICAN)"
	@$(COMPAT_VENV)/bin/python -c "import pelican, sys; print('compat: Pelican', pelican.__version__, 'on Python', sys.version.split()[0])"
	$(COMPAT_VENV)/bin/python $(PYTEST_COMPAT)

compat-newest:
	@newest="$$($(PYTHON) tools/newest_python.py)"; \
	if [ -z "$$newest" ]; then \
		echo "compat: no Python newer than $$($(PYTHON) --version) is installed; skipping the newest-Python run"; \
	else \
		set -e; \
		echo "compat: the suite on $$($$newest --version) ($$newest)"; \
		rm -rf $(NEWEST_VENV); \
		$$newest -m venv $(NEWEST_VENV); \
		$(NEWEST_VENV)/bin/python -m pip install --quiet --upgrade pip; \
		$(NEWEST_VENV)/bin/python -m pip install --quiet $(COMPAT_WHEEL); \
		$(NEWEST_VENV)/bin/python $(PYTEST_COMPAT); \
	fi

# The package as users get it: sdist + wheel, checked, and the wheel alone in a clean venv building a
# copy of the sample site from outside the repository (so the theme and the shim come from the wheel).
DIST_VENV := .venv-dist

dist: $(STAMP)
	rm -rf dist $(DIST_VENV)
	$(BIN)/python -m pip install --quiet build twine check-wheel-contents
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*
	$(BIN)/check-wheel-contents dist/*.whl
	$(BIN)/python tools/check_catalogs.py dist/*.whl dist/*.tar.gz
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet dist/*.whl pelican-i18n-subsites  # the sample's French subsite
	@tmp="$$(mktemp -d)"; set -e; \
	tar -xzf dist/*.tar.gz -C "$$tmp"; \
	(cd "$$tmp"/pelican_spotlight-*/ && $(CURDIR)/$(BIN)/python -m pytest -q -p no:cacheprovider --collect-only >/dev/null) \
		&& echo "dist: the tests collect from the unpacked sdist"; \
	cp -R sample_site "$$tmp/my-blog"; rm -rf "$$tmp/my-blog/output" "$$tmp/my-blog/cache"; \
	cd "$$tmp/my-blog" && $(CURDIR)/$(DIST_VENV)/bin/pelican content -s pelicanconf.py -o output --fatal warnings; \
	$(CURDIR)/$(DIST_VENV)/bin/python -c "import pelican_spotlight as p, sys; sys.exit(0 if '$(DIST_VENV)' in p.THEME_PATH else 'THEME_PATH is not the installed theme: ' + p.THEME_PATH)"; \
	$(CURDIR)/$(DIST_VENV)/bin/pelican-plugins | grep -q "pelican.plugins.spotlight"; \
	test -f output/spotlight/index.html; \
	grep -q "Liste prioritaire" output/fr/spotlight/index.html; \
	rm -rf "$$tmp"; \
	echo "dist: the wheel alone builds a copy of the sample site with --fatal warnings"
	$(MAKE) --no-print-directory editable-check

# A contributor's `pip install -e .`: all three ways of enabling the plugin find it, and the sample site
# builds with auto-discovery (PLUGINS unset).
EDITABLE_VENV := .venv-editable

editable-check:
	rm -rf $(EDITABLE_VENV)
	$(PYTHON) -m venv $(EDITABLE_VENV)
	$(EDITABLE_VENV)/bin/python -m pip install --quiet -e .
	$(EDITABLE_VENV)/bin/python tools/check_plugin_names.py
	cd sample_site && ../$(EDITABLE_VENV)/bin/pelican content -s pelicanconf.py -o ../$(EDITABLE_VENV)/site \
		-e PLUGINS=null --cache-path ../$(EDITABLE_VENV)/cache --fatal warnings
	test -f $(EDITABLE_VENV)/site/spotlight/index.html
	@echo "editable-check: PLUGINS = [\"spotlight\"], [\"pelican_spotlight\"] and auto-discovery work from pip install -e ."

# The documentation site (mkdocs.yml, docs/): built with --strict, so a broken link or a missing page
# fails, into build/docs-site/; then no page may load anything from another site. The reference pages
# are completed at build time from the code (tools/docs_reference.py, an mkdocs hook).
DOCS_SITE := build/docs-site

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir $(DOCS_SITE)
	$(BIN)/python tools/docs_offline.py $(DOCS_SITE)

# The documentation site on http://127.0.0.1:8001/, rebuilt on every save.
docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8001

# The pictures of the README and the docs: builds the sample site, then photographs it in headless
# Chromium (Debian's chromium: apt-get install -y chromium). Pages this build doesn't have yet are
# skipped with a message. Then the getting-started guide's blog, made on the spot from the README.
screenshots: site themes
	$(BIN)/python tools/screenshots.py --site sample_site/output --out docs/images
	$(BIN)/python tools/screenshots.py --start docs/images/start
	# the "Theme by theme" pictures of docs/themes.md, from the theme matrix's screenshots
	mkdir -p docs/images/themes
	for theme in demo notmyidea reflex; do for page in post directory; do \
		cp build/theme-screenshots/$$theme-$$page-1280.png docs/images/themes/; done; done

# Plugin vs. no plugin on the same generated sites (see bench/bench.py and docs/benchmarks.md).
# BENCH_SIZES="2000x300" or BENCH_SIZES=tiny to choose sizes; BENCH_ROUNDS / BENCH_LARGE_ROUNDS for rounds.
bench: $(STAMP)
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) $(COMPAT_VENV) $(NEWEST_VENV) $(DIST_VENV) $(EDITABLE_VENV) dist sample_site/output sample_site/cache $(DOCS_SITE)
