"""Run the kg command line with its stage timer on this process's CPU clock.

    python -m benchmarks.cpu_clock add PATH --out DIR …

kg times its stages with ``time.perf_counter`` (wall clock); on a shared machine wall time
mostly measures the other processes. Here ``perf_counter`` is ``process_time``, so the "time"
line of the summary gives CPU seconds per stage (of this process: use it for commands that
start no workers, such as ``kg add``).
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    time.perf_counter = time.process_time  # before kg is imported: every stage sees it
    from kg.cli import main as kg_main

    return kg_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
