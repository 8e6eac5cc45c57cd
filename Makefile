# casefile: `make demo` and `make test` work on a fresh machine (they create .venv when missing).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo/casefile.db
export CASEFILE_ACTORS ?=

.PHONY: demo test eval bench clean setup

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,ray]'
	@touch $(STAMP)

demo: $(STAMP)
	@rm -rf demo && mkdir -p demo
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile ingest --db $(DEMO_DB) samples/corpus
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile allegations --db $(DEMO_DB)
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile figures --db $(DEMO_DB)
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile actors --db $(DEMO_DB)
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile figures --check --db $(DEMO_DB)
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile positions --db $(DEMO_DB)
	CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile claims --db $(DEMO_DB)
	@echo
	@echo "The demo ledger is in $(DEMO_DB). Try: $(BIN)/casefile documents --db $(DEMO_DB)"
	@echo "Open the web UI on it: CASEFILE_ACTORS=samples/actors.toml $(BIN)/casefile serve --db $(DEMO_DB)  (then http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/casefile eval ../shared/eval/dev.jsonl --split odd
	$(BIN)/casefile eval ../shared/eval/dev.jsonl --split even

bench: $(STAMP)
	$(BIN)/python bench/ingest_speed.py
	$(BIN)/python bench/query_latency.py
	$(BIN)/python bench/api_load.py

clean:
	rm -rf $(VENV) demo build *.egg-info
