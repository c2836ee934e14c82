# The README's two commands: `make site` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site serve test themes lint format bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

SOURCES := $(shell find pelican_spotlight pelican -type f -not -name '*.pyc')

# A regular (not editable) install: Pelican's auto-discovery only finds pelican.plugins.spotlight
# when it sits beside Pelican in site-packages.
$(STAMP): $(BIN)/python pyproject.toml $(SOURCES)
	$(BIN)/python -m pip install --quiet ".[test]"
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

test: $(STAMP) lint
	$(BIN)/python -m pytest

# The sample site in each theme of the matrix (tests/themes): builds, static checks and Chromium checks at
# 1280 and 360 px. Screenshots land in build/theme-screenshots/; bulrush's CDN stylesheets come from npm.
themes: $(STAMP)
	$(BIN)/python -m pytest tests/themes

# README pictures: builds the sample site, then photographs it in headless Chromium (Debian's chromium:
# apt-get install -y chromium). Pages this build doesn't have yet are skipped with a message.
screenshots: site themes
	$(BIN)/python tools/screenshots.py --site sample_site/output --out docs/images
	# the README's "Using your own theme" pictures, from the theme matrix's screenshots
	mkdir -p docs/images/themes
	for theme in demo notmyidea reflex; do for page in post directory; do \
		cp build/theme-screenshots/$$theme-$$page-1280.png docs/images/themes/; done; done

# Plugin vs. no plugin on the same generated sites (see bench/bench.py and docs/benchmarks.md).
# BENCH_SIZES="2000x300" or BENCH_SIZES=tiny to choose sizes; BENCH_ROUNDS / BENCH_LARGE_ROUNDS for rounds.
bench: $(STAMP)
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) sample_site/output sample_site/cache
