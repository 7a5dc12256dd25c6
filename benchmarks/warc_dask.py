"""Driver memory and time of ``kg build --engine dask --shards`` over a generated WARC.

    python -m benchmarks.warc_dask PAGES [--jobs N] [--dir /tmp/warc]

Writes (or reuses) DIR/pPAGES.warc.gz with benchmarks.corpus.write_warc, builds it on a
LocalCluster of N workers and prints the driver's peak RSS (VmHWM of this process: the workers
are other processes), wall and CPU seconds of the driver and of the workers, and the load
average.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import time
from pathlib import Path

from benchmarks.corpus import write_warc


def _peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=int)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/warc"))
    args = ap.parse_args()
    from kg.cli import main as kg

    args.dir.mkdir(parents=True, exist_ok=True)
    warc = args.dir / f"p{args.pages}.warc.gz"
    if not warc.exists():
        write_warc(warc, args.pages)
    out = args.dir / f"out{args.pages}"
    shutil.rmtree(out, ignore_errors=True)
    rss0 = _peak_rss_mib()
    t = time.perf_counter()
    code = kg(["build", str(warc), "--engine", "dask", "--jobs", str(args.jobs), "--shards",
               "--no-validate", "--no-cache", "--out", str(out)])
    wall = time.perf_counter() - t
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"exit {code}; pages {args.pages}; jobs {args.jobs}; wall {wall:.1f} s; "
          f"driver cpu {me.ru_utime + me.ru_stime:.1f} s; workers cpu "
          f"{kids.ru_utime + kids.ru_stime:.1f} s; driver peak RSS {_peak_rss_mib():.0f} MiB "
          f"(after imports {rss0:.0f} MiB); load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
