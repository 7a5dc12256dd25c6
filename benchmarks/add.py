"""``kg add`` of 10 articles to a build of N against the full build of those N.

    python -m benchmarks.add N [N ...]

Each N: a synthetic corpus (benchmarks/corpus.py, seed 7) built with ``kg build --store``
(default options, a fresh process, timed as a whole command); then 10 new articles (seed 8)
added with ``kg add --store``; then, for comparison, the same N + 10 articles rebuilt by
``kg build`` with its extraction cache (all cached by then: nothing is parsed). Prints a
Markdown table of wall-clock seconds and kg add's own per-stage seconds.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus

KG = [sys.executable, "-m", "kg"]


def timed(*args: str) -> tuple[float, str]:
    """Seconds the command took, and its summary's per-stage line."""
    t0 = time.perf_counter()
    done = subprocess.run([*KG, *args], check=True, capture_output=True, text=True)
    stages = next((line.split("(", 1)[-1].rstrip(")") for line in done.stdout.splitlines()
                   if line.startswith("time ")), "")
    return time.perf_counter() - t0, stages


def measure(n: int, work: Path) -> tuple[float, float, float, str]:
    corpus, new = work / "corpus", work / "new"
    write_corpus(corpus, n)
    write_corpus(new, 10, seed=8)
    out, store = work / "out", work / "store"
    full, _ = timed("build", str(corpus), "--out", str(out), "--store", str(store))
    add, stages = timed("add", str(new), "--out", str(out), "--store", str(store))
    # The 10 are in the cache now (kg add put them there): this one parses nothing.
    cached, _ = timed("build", str(corpus), str(new), "--out", str(work / "again"), "--cache",
                      str(out / ".cache"), "--store", str(work / "store2"))
    return full, add, cached, stages


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100]
    print("| N | full build s | kg add 10 s | add / full | kg build N+10, all cached, s "
          "| kg add stages (s) |")
    print("|---:|---:|---:|---:|---:|---|")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="kg-add-") as tmp:
            full, add, cached, stages = measure(n, Path(tmp))
        print(f"| {n:,} | {full:.1f} | {add:.1f} | {add / full:.1%} | {cached:.1f} | {stages} |",
              flush=True)


if __name__ == "__main__":
    main()
