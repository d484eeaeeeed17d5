# Wegwijs: the two commands a new user needs are 'make run' and 'make test'.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench demo hub dist dist-selftest clean screenshots translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/wegwijs

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not bench and not installer" -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/bench -m bench --benchmark-only \
		--benchmark-columns=min,median,mean,max,rounds -q

demo: $(STAMP)
	$(BIN)/wegwijs demo

# A throwaway regional PostgreSQL (initdb + pg_ctl in a temp folder) with the demo region and two
# laptops connected to it; prints how to start both. Ctrl+C stops and removes it (docs/server.md).
hub: $(STAMP)
	$(BIN)/python -m app.server.hub

# The frozen app (PyInstaller, onedir) in dist/Wegwijs; see docs/installing.md.
$(VENV)/.dist-installed: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,dist]'
	touch $@

dist: $(VENV)/.dist-installed
	$(BIN)/python installer/build.py

# Build the bundle, run its --self-test, check size and start time (tests/installer).
dist-selftest: $(VENV)/.dist-installed
	WEGWIJS_BUILD_BUNDLE=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/installer -m installer -q

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# PNGs of every window and dialog with demo data at 1366×768 into docs/img/ (look at them).
screenshots: $(STAMP)
	printf '{"screens":[{"name":"laptop","x":0,"y":0,"width":1366,"height":768,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]}' > /tmp/wegwijs-screen.json
	QT_QPA_PLATFORM=offscreen:configfile=/tmp/wegwijs-screen.json $(BIN)/python -m tests.ui.screen_walk docs/img > /dev/null
	QT_QPA_PLATFORM=offscreen:configfile=/tmp/wegwijs-screen.json $(BIN)/python -m tests.ui.sync_screens docs/img > /dev/null

# The English translation (and Dutch plural forms): wrap new ui/ texts, collect app/'s fixed
# sentences, update the .ts files (keeps what is translated), compile the .qm files. Translate
# new entries in resources/i18n/wegwijs_en.ts (pyside6-linguist), then run this again and commit
# both. docs/vertalen.md explains.
I18N := resources/i18n
translations: $(STAMP)
	$(BIN)/python tools/i18n_wrap.py
	$(BIN)/python tools/i18n_app_texts.py
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) $(I18N)/app_texts.py -no-obsolete \
		-source-language nl_NL -target-language en_GB -ts $(I18N)/wegwijs_en.ts
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) $(I18N)/app_texts.py -no-obsolete \
		-pluralonly -source-language nl_NL -target-language nl_NL -ts $(I18N)/wegwijs_nl.ts
	$(BIN)/pyside6-lrelease $(I18N)/wegwijs_en.ts -qm $(I18N)/wegwijs_en.qm
	$(BIN)/pyside6-lrelease $(I18N)/wegwijs_nl.ts -qm $(I18N)/wegwijs_nl.qm
