# Every target sets up .venv from nothing first, so a fresh clone needs only `make serve` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve cms build check new test bench budgets export illustrations event-validator clean

setup: $(STAMP) $(NODE_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@# Share cards in Arabic need Pillow's Raqm layout, which loads FriBiDi from the system (.ci/run installs it in CI).
	$(BIN)/python -c "import sys; from PIL import features; sys.exit(0 if features.check('raqm') else 'Pillow cannot shape Arabic: install FriBiDi (Debian: apt-get install libfribidi0)')"
	touch $(STAMP)

# Node tools for the tests (ical.js, ...), pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

serve: $(STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs serve --livereload --dirty --dev-addr 127.0.0.1:8000

# Decap's local proxy for /admin/ next to `make serve` (open http://127.0.0.1:8000/admin/): it reads and writes
# this git repository, so it listens on 127.0.0.1 only; decap-server binds to every interface unless BIND_HOST is
# set. The admin page looks for it on port 8081 (LOCAL_BACKEND_URL in sitegen/files/cms.py); CMS_PORT is for tests.
CMS_PORT ?= 8081
cms: $(NODE_STAMP)
	@echo "De hulp voor de online editor draait op 127.0.0.1:$(CMS_PORT), alleen voor deze computer."
	@echo "Start in een tweede terminal 'make serve' en open http://127.0.0.1:8000/admin/ (stoppen: Ctrl-C)."
	BIND_HOST=127.0.0.1 PORT=$(CMS_PORT) MODE=git node_modules/.bin/decap-server

build: $(STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

check: $(STAMP)
	$(BIN)/sitegen check

# Stopping with Ctrl-C or Ctrl-D (exit code 1) ends with sitegen's one Dutch line, not make's "Error 1" under it.
new: $(STAMP)
	@$(BIN)/sitegen new || test $$? -eq 1

export: $(STAMP) $(NODE_STAMP)
	$(BIN)/sitegen export export

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check sitegen hooks tests scripts
	$(BIN)/sitegen check
	$(BIN)/python -m pytest

bench: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m bench.run --scales small,large --runs 3

# Performance budgets on the built site: Lighthouse (mobile) on five pages (home, agenda, a persona, a story, partners) and the weight of every page
# (docs/performance.md). `scripts/check_budgets.py site --weight-only` is the quick check without a browser.
budgets: build $(NODE_STAMP)
	$(BIN)/python scripts/check_budgets.py site --all-pages

# The sample content's illustrations, drawn by scripts/illustrations.py into content/stories/ and content/personas/.
# Run it after changing a drawing and commit the PNGs with the code; tests/test_illustrations.py checks they match.
illustrations: $(STAMP)
	$(BIN)/python scripts/illustrations.py

# The browser's check of an event on /activiteit-aanmelden/: Ajv's standalone code for the event's JSON Schema and
# the loader's Dutch messages, written to overrides/assets/event-validator.js. Run it after changing the event model
# and commit the file; tests/test_event_validator.py checks it matches.
event-validator: $(STAMP) $(NODE_STAMP)
	$(BIN)/python scripts/event_validator.py

clean:
	rm -rf site export $(VENV) node_modules
