"""The benchmark's report: ratios to plain spaCy and the issue-13 targets (no timing here)."""

from __future__ import annotations

import pytest

from benchmarks.bench import report


def _row(n: int, plain: float, kg1: float, kg2: float, rss: float = 900.0) -> dict:
    words = 150 * n
    stats = {"peak_rss_mib": rss, "triples": 180 * n, "timings": {"rdf": 1.0}}
    return {
        "n": n, "load": [1.0, 1.0, 1.0, 2.0, 2.0, 2.0],
        "plain": {"words": words, "wall": plain, "walls": [plain], "cpu": plain,
                  "cpus": [plain]},
        "pipeline": {"words": words, "wall": plain, "walls": [plain], "cpu": plain,
                     "cpus": [plain]},
        "kg1": {**stats, "wall": kg1, "walls": [kg1], "cpu": kg1, "cpus": [kg1]},
        "kgN": {**stats, "wall": kg2, "walls": [kg2], "cpu": 2 * kg2, "cpus": [2 * kg2]},
        "rebuild": {"wall": 0.5, "up_to_date": True, "peak_rss_mib": 50.0},
    }


def test_report_gives_ratios_to_plain_spacy_and_checks_the_targets():
    rows = [_row(1000, 60.0, 64.0, 34.0), _row(10000, 600.0, 700.0, 340.0)]
    text = report(rows, jobs=2, repeat=1, model="m")
    assert "| 1,000 | 150,000 | 2,500 |" in text  # plain spaCy words/s
    assert "| kg --jobs 1 ≥ 0.90 × plain spaCy (N=1,000) | 0.94 (CPU seconds: 0.94) | yes |" in text
    assert "| kg --jobs 1 ≥ 0.90 × plain spaCy (N=10,000) | 0.86 (CPU seconds: 0.86) | no |" \
        in text
    assert "(N=10,000) | 1.76 | yes |" in text  # 600 / 340
    assert "| time(10,000) / time(1,000) ≤ 10.5 | 10.94 | no |" in text
    assert "| peak RSS < 1,536 MiB (N=10,000) | 900 MiB | yes |" in text
    assert "| 1,000 | 60.0 | 60.0 | 1.00 | 64.0 | 0.94 | 68.0 |" in text  # CPU seconds


def test_report_without_10000_says_it_was_not_measured():
    text = report([_row(100, 6.0, 9.0, 9.0), _row(1000, 60.0, 64.0, 34.0)], 2, 2, "m")
    assert "10,000 not measured" in text
    assert "time(10,000)" not in text


def test_out_may_be_a_folder_and_its_parent_must_exist(tmp_path):
    from benchmarks.bench import _out_path, main

    assert _out_path(tmp_path) == tmp_path / "results.md"
    assert _out_path(tmp_path / "r.md") == tmp_path / "r.md"
    with pytest.raises(SystemExit):  # refused at once, before any corpus is measured
        main(["--sizes", "1", "--out", str(tmp_path / "missing" / "r.md")])


def test_report_gives_the_parallel_build_by_process_and_its_idle_machine_ratio():
    row = _row(10000, 600.0, 700.0, 500.0)
    row["kgN"] = {**row["kgN"], "projected_wall": 400.0, "split": {
        "parent_before": 2.0, "parent_during": 10.0, "parent_after": 30.0,
        "workers": [360.0, 358.0], "writers": [8.0, 2.0], "total": 770.0}}
    text = report([row], jobs=2, repeat=1, model="m")
    assert ("- N=10,000: parent 2.0 + 10.0 + 30.0, workers 360.0 + 358.0, writers 8.0 + 2.0; "
            "idle machine 400.0 s = 1.50 × plain spaCy") in text
    assert "| the same on an idle machine, from CPU seconds per process (N=10,000) | 1.50 | no |" \
        in text
