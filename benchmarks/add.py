"""``kg add`` of 10 articles to a build of N against the full build of those N.

    python -m benchmarks.add N [N ...] [--keep DIR] [--cached]

Each N: a synthetic corpus (benchmarks/corpus.py, seed 7) built with ``kg build --store``
(default options, a fresh process, timed as a whole command); then 10 new articles (seed 8)
added with ``kg add --store`` to a copy of that build. ``--keep DIR`` keeps the corpus and the
build in DIR/N and reuses them on the next run (a 10,000-article build takes many minutes), so
that only kg add is measured again. ``--cached``: also time ``kg build`` of the N + 10 articles
with the extraction cache (nothing parsed) for comparison.

Prints a Markdown table: wall-clock and CPU seconds (user + sys of the command and its
workers), the ratio of kg add to the full build, kg add's own per-stage seconds, and the load
average seen (the machine may be shared: CPU seconds are the steadier figure). kg add runs
through benchmarks.cpu_clock, so its stages are CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus

KG = [sys.executable, "-m", "kg"]


def timed(*args: str, cpu_stages: bool = False) -> dict:
    """Wall and CPU seconds the command took, its summary's per-stage line (CPU seconds with
    ``cpu_stages``: benchmarks.cpu_clock), the load average."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    command = [sys.executable, "-m", "benchmarks.cpu_clock"] if cpu_stages else KG
    done = subprocess.run([*command, *args], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stages = next((line.split("(", 1)[-1].rstrip(")") for line in done.stdout.splitlines()
                   if line.startswith("time ")), "")
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").is_file() \
        else "?"
    return {"wall": wall, "cpu": cpu, "stages": stages, "load": load}


def measure(n: int, work: Path, cached: bool) -> dict:
    corpus, new, base = work / "corpus", work / "new", work / "base"
    record = work / "full.json"
    if not record.is_file():  # a kept build is reused: only kg add is measured again
        shutil.rmtree(work, ignore_errors=True)
        write_corpus(corpus, n)
        write_corpus(new, 10, seed=8)
        full = timed("build", str(corpus), "--out", str(base / "out"), "--store",
                     str(base / "store"))
        record.write_text(json.dumps(full))
    full = json.loads(record.read_text())
    run = work / "run"
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(base, run, symlinks=True)
    add = timed("add", str(new), "--out", str(run / "out"), "--store", str(run / "store"),
                cpu_stages=True)
    again = None
    if cached:  # the 10 are in the cache now (kg add put them there): nothing is parsed
        again = timed("build", str(corpus), str(new), "--out", str(work / "again"), "--cache",
                      str(run / "out" / ".cache"), "--store", str(work / "store2"))
        shutil.rmtree(work / "again", ignore_errors=True)
        shutil.rmtree(work / "store2", ignore_errors=True)
    shutil.rmtree(run, ignore_errors=True)
    return {"full": full, "add": add, "again": again}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100])
    parser.add_argument("--keep", type=Path, help="keep corpora and builds here and reuse them")
    parser.add_argument("--cached", action="store_true",
                        help="also time kg build of N + 10 with the extraction cache")
    args = parser.parse_args()
    print("| N | full build s (CPU s) | kg add 10 s (CPU s) | add / full, wall (CPU) "
          "| load avg (build / add) | kg build N+10 cached s (CPU s) | kg add stages (CPU s) |")
    print("|---:|---:|---:|---:|---|---:|---|")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="kg-add-") as tmp:
            work = (args.keep / str(n)) if args.keep else Path(tmp)
            m = measure(n, work, args.cached)
        full, add, again = m["full"], m["add"], m["again"]
        cached = f"{again['wall']:.1f} ({again['cpu']:.1f})" if again else "–"
        print(f"| {n:,} | {full['wall']:.1f} ({full['cpu']:.1f}) | {add['wall']:.1f} "
              f"({add['cpu']:.1f}) | {add['wall'] / full['wall']:.1%} "
              f"({add['cpu'] / full['cpu']:.1%}) | {full['load']} / {add['load']} | {cached} "
              f"| {add['stages']} |", flush=True)


if __name__ == "__main__":
    main()
