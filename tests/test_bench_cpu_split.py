"""benchmarks.cpu_split: the CPU of a build split by process and phase, and its projection
(synthetic samples: no timing here)."""

from __future__ import annotations

import os

import pytest

from benchmarks.cpu_split import Sample, split, tree_cpu

PARENT, W1, W2, TURTLE = 100, 101, 102, 103


def _samples() -> list[Sample]:
    """A parent that starts for 2 s, two workers parsing 10 and 9 s while it uses 1 s, then
    a 1.5 s tail beside a 0.4 s forked writer."""
    return [
        Sample(0.0, {PARENT: 0.5}),
        Sample(1.0, {PARENT: 2.0, W1: 0.1, W2: 0.0}),
        Sample(5.0, {PARENT: 2.5, W1: 5.0, W2: 4.5}),
        Sample(10.0, {PARENT: 3.0, W1: 10.0, W2: 9.0}),
        Sample(11.0, {PARENT: 4.0, TURTLE: 0.4}),
        Sample(12.0, {PARENT: 4.5, TURTLE: 0.4}),
    ]


def test_split_tells_workers_from_writers_and_phases_of_the_parent():
    s = split(_samples(), PARENT, jobs=2, total=24.0)
    assert s.workers == [10.0, 9.0]
    assert s.writers == [0.4]
    assert (s.parent_before, s.parent_during, s.parent_after) == (2.0, 1.0, 1.5)
    # 2 before + max(slowest worker 10, (19 + 1) / 2) + max(1.5, (1.5 + 0.4) / 2)
    assert s.projected_wall(cores=2) == pytest.approx(13.5)
    # with one CPU nothing overlaps: 2 + 20 + 1.9
    assert s.projected_wall(cores=1) == pytest.approx(23.9)


def test_split_of_a_single_process_build_has_no_workers():
    s = split(_samples(), PARENT, jobs=1, total=24.0)
    assert s.workers == [] and s.writers == [10.0, 9.0, 0.4]
    assert (s.parent_before, s.parent_during, s.parent_after) == (4.5, 0.0, 0.0)
    assert s.projected_wall(cores=2) == pytest.approx(11.95)  # (4.5 + 19.4) / 2


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc (Linux)")
def test_tree_cpu_reads_this_process():
    assert os.getpid() in tree_cpu(os.getpid())
