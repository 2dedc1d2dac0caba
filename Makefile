# Developer tasks. Needs only python3 and make: the first target run creates .venv.
#   make demo    parse the seed articles and print a table
#   make test    run the test suite
#   make lint    ruff check, ruff format --check, mypy --strict
#   make redos   check every regular expression for catastrophic backtracking
#   make bench   throughput, adversarial inputs and streaming memory

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
PYTEST_ARGS ?=
BENCH_N ?= 2000
BENCH_WORKERS ?= 2
PY_PATHS := src tests benchmarks scripts evaluation conftest.py

.PHONY: demo test lint redos bench clean

# Each extra set installed once; reinstalled when pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test,progress]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[dev]'
	touch $@

demo: $(VENV)/.installed-base
	$(BIN)/dprk-diplomacy parse seeds/ --format table

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check $(PY_PATHS)
	$(BIN)/ruff format --check $(PY_PATHS)
	$(BIN)/mypy --strict src

redos: $(VENV)/.installed-dev
	$(BIN)/python scripts/check_redos.py --quiet

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/throughput.py -n $(BENCH_N) --workers $(BENCH_WORKERS)
	$(BIN)/python benchmarks/regex_floor.py
	$(BIN)/python benchmarks/adversarial.py
	$(BIN)/python benchmarks/streaming_rss.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
