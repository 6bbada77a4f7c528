# Sở Nội vụ tỉnh Hưng Yên — developer commands. `make help` lists them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install install-dev run migrate demo test test-e2e lint format check messages clean

help: ## List the commands
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime ## Create .venv and install the runtime requirements

install-dev: $(VENV)/.dev ## Create .venv and install runtime + test/lint requirements

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo content and demo users (idempotent)
	$(BIN)/python manage.py load_demo --with-users

run: demo ## Install, migrate, load demo content and serve http://127.0.0.1:8000
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS) --ignore=tests/e2e

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

test-e2e: install-dev node_modules/.installed ## Run the real-browser tests (Chromium at /usr/bin/chromium)
	$(BIN)/python -m pytest tests/e2e -m e2e $(PYTEST_ARGS)

lint: install-dev ## ruff check and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev ## Format the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install-dev ## Django system checks and missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: ## Compile the project's translations (locale/*/LC_MESSAGES/*.po → .mo)
	@for po in locale/*/LC_MESSAGES/*.po; do \
		echo "msgfmt $$po"; msgfmt --check -o "$${po%.po}.mo" "$$po" || exit 1; \
	done

clean: ## Remove the virtualenv, caches and the local SQLite database
	rm -rf $(VENV) .pytest_cache .ruff_cache db.sqlite3
