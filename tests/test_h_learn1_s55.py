"""tools/learn_pairs.py (stop 55's learned-pair experiment): it selects readable dev by number
only and folds whole batches of twenty."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _load("learn_pairs", ROOT / "tools" / "learn_pairs.py")


def test_frozen_events_are_the_lints(tool):
    lint = _load("lint", ROOT / "tests" / "test_dev_gold_lint.py")
    assert tool.FROZEN_EVENTS == lint.FROZEN_EVENTS


@pytest.mark.parametrize("stem", ["d146_x", "d165_x", "d307_x", "d680_x", "d925_x", "d964_x",
                                  "d1001_x", "000_abc"])
def test_hidden_or_foreign_files_are_not_readable(tool, stem):
    assert not tool.readable(stem)


@pytest.mark.parametrize("stem", ["d01_x", "d145_x", "d166_x", "d306_x", "d924_x"])
def test_readable(tool, stem):
    assert tool.readable(stem)


@pytest.mark.parametrize(("n", "batch"), [
    (1, 0), (25, 0), (26, 1), (45, 1), (145, 6), (166, 7), (185, 7), (186, 8), (745, 35),
    (746, 36), (764, 36), (765, 37), (904, 43), (905, 44), (924, 44)])
def test_batches_of_twenty(tool, n, batch):
    assert tool.batch(n) == batch
