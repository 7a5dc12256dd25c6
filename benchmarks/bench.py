"""kg benchmark: spaCy alone vs `kg build` end to end on synthetic corpora of N documents.

    python -m benchmarks.bench [--sizes 100,1000,10000] [--jobs 2] [--out benchmarks/results.md]

Every measurement runs in a fresh subprocess (so peak RSS is per run) and is wall-clock time of
the whole command, interpreter start and model loading included, for both sides. Results are
ratios measured in one run on one machine; absolute times vary between machines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "throughput": 0.8,  # kg words/s ≥ 0.8 × spaCy words/s
    "linear": 11.0,  # time(10,000) / time(1,000) ≤ 11
    "parallel": 1.6,  # 2 processes ≥ 1.6 × 1 process
    "rss_mib": 2048,  # peak RSS for 10,000 documents
    "rebuild": 0.10,  # unchanged rebuild ≤ 10 % of the first build
}


def _run(cmd: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 3):
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return wall, proc.stdout


def raw(folder: Path) -> dict:
    wall, out = _run([sys.executable, "-m", "benchmarks.raw_parse", str(folder)])
    return {**json.loads(out), "wall": wall}


def kg_build(folder: Path, out: Path, jobs: int) -> dict:
    stats = out / "stats.json"
    wall, _ = _run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out),
                    "--no-cache", "-q", "--jobs", str(jobs), "--stats", str(stats)])
    return {**json.loads(stats.read_text()), "wall": wall}


def kg_rebuild(folder: Path, out: Path) -> dict:
    """The same build again, cache allowed: kg finds its outputs up to date."""
    stats = out / "stats.json"
    wall, _ = _run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out),
                    "-q", "--jobs", "1", "--stats", str(stats)])
    return {**json.loads(stats.read_text()), "wall": wall}


def measure(sizes: list[int], jobs: int, work: Path, log) -> list[dict]:
    rows = []
    for n in sizes:
        corpus = work / f"corpus_{n}"
        write_corpus(corpus, n)
        log(f"N={n}: spaCy alone …")
        a = raw(corpus)
        log(f"N={n}: kg build --jobs 1 …")
        b1 = kg_build(corpus, work / f"out_{n}_1", 1)
        log(f"N={n}: kg build again, unchanged …")
        b1["rebuild"] = kg_rebuild(corpus, work / f"out_{n}_1")
        b2 = None
        if jobs > 1 and n >= 1000:
            log(f"N={n}: kg build --jobs {jobs} …")
            b2 = kg_build(corpus, work / f"out_{n}_{jobs}", jobs)
        rows.append({"n": n, "raw": a, "kg1": b1, "kgN": b2})
        log(f"N={n}: spaCy {a['wall']:.1f}s, kg {b1['wall']:.1f}s"
            + (f", kg×{jobs} {b2['wall']:.1f}s" if b2 else ""))
    return rows


def _fmt_stage(timings: dict) -> str:
    keep = ("read", "parse+extract", "parse (cpu)", "extract (cpu)", "resolve", "rdf",
            "validate", "serialise", "html", "png", "summary")
    return ", ".join(f"{k} {timings[k]:.1f}" for k in keep if k in timings)


def report(rows: list[dict], jobs: int) -> str:
    by_n = {r["n"]: r for r in rows}
    lines = [
        "# kg benchmark results",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M')} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}. Synthetic corpus from `benchmarks/corpus.py` "
        "(sample sentence shapes, varied names and numbers, seed 7). Wall-clock seconds of each "
        "whole command in a fresh process; spaCy alone = kg's pipeline and components over the "
        "same texts with `nlp.pipe`, nothing else.",
        "",
        "| N docs | words | spaCy words/s | kg words/s | kg / spaCy | kg ×" + str(jobs)
        + " words/s | ×" + str(jobs) + " / ×1 | peak RSS kg (MiB) | triples |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        words = r["raw"]["words"]
        a, b1, b2 = r["raw"]["wall"], r["kg1"]["wall"], r["kgN"]["wall"] if r["kgN"] else None
        lines.append(
            f"| {r['n']:,} | {words:,} | {words / a:,.0f} | {words / b1:,.0f} | {a / b1:.2f} | "
            + (f"{words / b2:,.0f} | {b1 / b2:.2f}" if b2 else "– | –")
            + f" | {r['kg1']['peak_rss_mib']:,.0f} | {r['kg1']['triples']:,} |"
        )
    lines += ["", "Per-stage seconds of `kg build --jobs 1` (from `--stats`):", ""]
    for r in rows:
        lines.append(f"- N={r['n']:,}: {_fmt_stage(r['kg1']['timings'])}")
    lines += ["", "The same `kg build` run again on the unchanged corpus (up-to-date check, "
              "`DIR/.kg-build.json`):", ""]
    for r in rows:
        again = r["kg1"].get("rebuild")
        if again:
            lines.append(f"- N={r['n']:,}: {again['wall']:.2f} s against {r['kg1']['wall']:.1f} s "
                         f"({again['wall'] / r['kg1']['wall']:.2%}), peak RSS "
                         f"{again['peak_rss_mib']:,.0f} MiB")
    lines += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    big = max(by_n)
    r = by_n[big]
    thr = r["raw"]["wall"] / r["kg1"]["wall"]
    lines.append(f"| kg throughput ≥ {TARGETS['throughput']} × spaCy (N={big:,}) | {thr:.2f} | "
                 f"{'yes' if thr >= TARGETS['throughput'] else 'no'} |")
    if 1000 in by_n and 10000 in by_n:
        lin = by_n[10000]["kg1"]["wall"] / by_n[1000]["kg1"]["wall"]
        lines.append(f"| time(10,000) / time(1,000) ≤ {TARGETS['linear']:g} | {lin:.2f} | "
                     f"{'yes' if lin <= TARGETS['linear'] else 'no'} |")
    if r["kgN"]:
        par = r["kg1"]["wall"] / r["kgN"]["wall"]
        lines.append(f"| {jobs} processes ≥ {TARGETS['parallel']} × 1 process (N={big:,}) | "
                     f"{par:.2f} | {'yes' if par >= TARGETS['parallel'] else 'no'} |")
    rss = r["kg1"]["peak_rss_mib"]
    lines.append(f"| peak RSS < {TARGETS['rss_mib']:,} MiB (N={big:,}) | {rss:,.0f} MiB | "
                 f"{'yes' if rss < TARGETS['rss_mib'] else 'no'} |")
    again = r["kg1"].get("rebuild")
    if again:
        share = again["wall"] / r["kg1"]["wall"]
        met = share <= TARGETS["rebuild"] and again.get("up_to_date")
        lines.append(f"| unchanged rebuild ≤ {TARGETS['rebuild']:.0%} of the first build "
                     f"(N={big:,}) | {share:.2%} ({again['wall']:.1f} s, "
                     f"{'up to date' if again.get('up_to_date') else 'rebuilt'}) | "
                     f"{'yes' if met else 'no'} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100,1000,10000",
                   help="comma-separated corpus sizes (default: %(default)s)")
    p.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "results.md"))
    p.add_argument("--workdir", help="keep corpora and outputs here (default: a temp folder)")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    def log(msg: str) -> None:
        print(f"bench: {msg}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(args.workdir or tmp)
        rows = measure(sizes, args.jobs, work, log)
    text = report(rows, args.jobs)
    Path(args.out).write_text(text, encoding="utf-8")
    (Path(args.out).with_suffix(".json")).write_text(json.dumps(rows, indent=1))
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
