"""Driver memory and time of ``kg build --engine dask --shards`` over a generated WARC.

    python -m benchmarks.warc_dask PAGES [--jobs N] [--dir /tmp/warc]

Writes (or reuses) DIR/pPAGES.warc.gz with benchmarks.corpus.write_warc, builds it on a
LocalCluster of N workers and prints the driver's peak RSS (VmHWM of this process: the workers
are other processes; also when the shards start), wall and CPU seconds of the driver and of
the workers, and the load average.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import time
from pathlib import Path

from benchmarks.corpus import write_warc


def _rss_mib(field: str = "VmHWM") -> float:
    """This process's peak (VmHWM) or current (VmRSS) resident memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=int)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/warc"))
    args = ap.parse_args()
    from kg.cli import main as kg_main

    args.dir.mkdir(parents=True, exist_ok=True)
    warc = args.dir / f"p{args.pages}.warc.gz"
    if not warc.exists():
        write_warc(warc, args.pages)
    out = args.dir / f"out{args.pages}"
    shutil.rmtree(out, ignore_errors=True)
    import kg.building.distributed

    write_shards = kg.building.distributed.write_shards
    at_shards: list[tuple[float, float]] = []

    def measured(*a, **k):  # memory when extraction and resolution are done, before the RDF
        at_shards.append((_rss_mib("VmRSS"), _rss_mib()))
        return write_shards(*a, **k)

    kg.building.distributed.write_shards = measured
    rss0 = _rss_mib()
    t = time.perf_counter()
    code = kg_main(["build", str(warc), "--engine", "dask", "--jobs", str(args.jobs), "--shards",
               "--no-validate", "--no-cache", "--out", str(out)])
    wall = time.perf_counter() - t
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"exit {code}; pages {args.pages}; jobs {args.jobs}; wall {wall:.1f} s; "
          f"driver cpu {me.ru_utime + me.ru_stime:.1f} s; workers cpu "
          f"{kids.ru_utime + kids.ru_stime:.1f} s; driver peak RSS {_rss_mib():.0f} MiB "
          f"(after imports {rss0:.0f}; before writing the shards: RSS {at_shards[0][0]:.0f}, "
          f"peak {at_shards[0][1]:.0f}); load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
