# Two commands do all set-up on a fresh machine (Python 3.11 and make present):
#   make serve   - creates .venv, installs kutip with the shipped NER model, serves on 127.0.0.1:8000
#   make test    - installs the test dependencies and runs lint, types and tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1

.PHONY: install install-test serve test lint typecheck unit train-ner train-models train-confidence train-ranker train-people eval eval-data bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch is installed first, pinned: 2.13.0 is a local CPU build; any other version pulls GBs of CUDA
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

serve: install
	$(BIN)/kutip serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

lint: install-test
	$(BIN)/ruff check service training tests bench

typecheck: install-test
	$(BIN)/mypy service training bench

unit: install-test
	$(BIN)/python -m pytest -q

test: lint typecheck unit

# Retrains the NER model from ../shared/data (tens of minutes on 2 cores); log in training/work/
train-ner: install
	$(BIN)/pip install --quiet -e '.[train]'
	mkdir -p training/work
	PYTHONUNBUFFERED=1 $(BIN)/python -m training.recipe all 2>&1 | tee training/work/recipe.log

# The three models over the rules' output, in the order they depend on each other: the people
# check (its table is extracted without the check), the speaker ranker (its table uses the check:
# antecedents skip rejected names), the confidence model (rows of the default ranker)
train-models: train-people train-ranker train-confidence

# Trainings read ../shared/eval (dev, dev2, train3); `--with-annotated-news` (python -m
# training.MODEL) adds the news articles annotated in training/annotations/ but the held-out
# blocks. The people check trains with them (690 articles: it won in cross-validation by outlet
# and on holdout3+news3+news6 pooled, eleventh round); the ranker does not (opt-in: with them it
# still loses to the rules in cross-validation)

# Retrains the quote confidence model (a few minutes on 2 cores); it always reads the annotated
# news too: its calibration is fitted on their rows, the only ones the rules were never tuned on
train-confidence: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.confidence

# Retrains the speaker ranker (extraction of the 416 articles is most of its time, minutes on
# 2 cores); opt-in with KUTIP_SPEAKER_RANKER=trained
train-ranker: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.ranker

# Retrains the people check on the gold sets and the annotated news (extraction of the 1,106
# articles is most of its time, minutes on 2 cores); off with KUTIP_PEOPLE_MODEL_PATH= (empty)
train-people: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.people --with-annotated-news

EVAL_DIR ?= ../shared/eval
EVAL_FILES := $(addprefix $(EVAL_DIR)/,seed.json dev_articles.jsonl dev2_articles.jsonl train3_articles.jsonl holdout3_articles.jsonl pfsa_dev.jsonl)

# one line naming a missing gold file, exit 2, before anything is installed
eval-data:
	$(foreach file,$(EVAL_FILES),$(if $(wildcard $(file)),,$(error $(file) is missing (the shared evaluation data lives beside the repository; set EVAL_DIR))))

eval: eval-data install
	$(BIN)/kutip evaluate $(EVAL_DIR)/seed.json
	$(BIN)/kutip evaluate $(EVAL_DIR)/dev_articles.jsonl
	$(BIN)/kutip evaluate $(EVAL_DIR)/dev2_articles.jsonl
	$(BIN)/kutip evaluate $(EVAL_DIR)/train3_articles.jsonl
	$(BIN)/kutip evaluate $(EVAL_DIR)/holdout3_articles.jsonl
	$(BIN)/kutip evaluate $(EVAL_DIR)/pfsa_dev.jsonl --direct-only

bench: install-test
	$(BIN)/python bench/bench_ner.py
	$(BIN)/python bench/bench_http.py
	$(BIN)/python bench/bench_http.py --soak 5000
	$(BIN)/python bench/bench_store.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
