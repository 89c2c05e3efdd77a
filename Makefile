# The two commands of the README's Quick start, and a few for daily work.
# Only python3 is needed: everything else is installed into .venv/ (and Debian's
# chromium for the browser tests, when run as root on Debian).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test serve extract bench screenshots clean

## Build the example site into site/ and say where it is.
site: $(VENV)/.installed
	$(BIN)/claim-timeline build

## Install what the tests need, then run the whole suite.
test: $(VENV)/.installed-test chromium
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected"; exit 0; fi; exit $$rc

## Preview the example site with live reload.
serve: $(VENV)/.installed
	$(BIN)/claim-timeline serve

## Extract events from the example site's sources.
extract: $(VENV)/.installed
	$(BIN)/claim-timeline extract

## Run the benchmarks of bench/.
bench: $(VENV)/.installed-test
	$(BIN)/python -m bench.extraction_quality
	$(BIN)/python -m bench.page_quality
	$(BIN)/python -m bench.extraction_speed
	$(BIN)/python -m bench.serve_latency
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.build

## Take the README's screenshots of the example site (docs/screenshot-*.png).
screenshots: $(VENV)/.installed-test chromium
	$(BIN)/python docs/screenshots.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

# Browser tests use Debian's chromium (never a downloaded browser). Installed when we
# can (root on Debian); otherwise those tests are skipped with a reason.
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

clean:
	rm -rf site/ .pytest_cache/ test-artifacts/ dist/ build/
