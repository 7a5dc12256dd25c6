"""Where ``kg build --jobs N`` spends its CPU, process by process, and the wall time that would
give on an idle machine: issue 13's ``--jobs 2`` target, which wall time on a shared machine hides.

    python -m benchmarks.cpu_split FOLDER [--jobs 2] [--cores 2] [--model M] [--json FILE]

Runs plain spaCy (``benchmarks.plain_spacy``) and then ``kg build FOLDER --jobs N --no-cache``,
reading every 0.2 s from ``/proc`` (Linux) the CPU seconds (user + system) of kg's process and
of each process under it. The pool's workers are the ``N`` children that used the most CPU; the
others are forked output writers (Turtle, picture). The parent's CPU is split in three phases:
before the first worker appears (start-up), while workers run (reading, resolution, results),
after the last one is gone (the serial tail: resolution's end, RDF, page, summary, writing).

The projection takes a process's wall time on an idle machine as its CPU time, ``cores`` CPUs:
``before + max(slowest worker, (workers + parent while they run) / cores) + tail``, the tail
being ``max(parent after, (parent after + writers) / cores)``: a lower bound, the picture is
drawn only once the page's parts are made. The ratio is plain spaCy's CPU seconds (one process)
over the projected wall time, the ratio of words per second of issue 13's targets.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_S = 0.2
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_table() -> dict[int, tuple[int, float]]:
    """pid → (parent pid, CPU seconds) of every process readable in /proc."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read().decode("utf-8", "replace")
        except OSError:  # gone since the scan
            continue
        # the command name, in parentheses, may hold spaces: fields are counted after it
        fields = stat[stat.rindex(")") + 2:].split()
        table[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK)
    return table


def tree_cpu(root: int) -> dict[int, float]:
    """CPU seconds of ``root`` and of every process under it, by pid."""
    table = _proc_table()
    found = {root: table[root][1]} if root in table else {}
    grew = True
    while grew:
        grew = False
        for pid, (ppid, cpu) in table.items():
            if ppid in found and pid not in found:
                found[pid] = cpu
                grew = True
    return found


@dataclass(frozen=True)
class Sample:
    t: float  # seconds since the command started
    cpu: dict[int, float]  # pid → CPU seconds so far (the command's own pid included)


def run_sampled(cmd: list[str]) -> tuple[list[Sample], int, float, float]:
    """Run ``cmd``; (samples, its pid, wall seconds, CPU seconds of it and all it waited for)."""
    t0 = time.perf_counter()
    samples: list[Sample] = []
    with tempfile.TemporaryFile() as err:  # a pipe left unread could fill and stop the command
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            samples.append(Sample(time.perf_counter() - t0, tree_cpu(proc.pid)))
            time.sleep(SAMPLE_S)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 3):
            err.seek(0)
            sys.exit(f"cpu_split: {' '.join(cmd)} failed ({proc.returncode}):\n"
                     f"{err.read().decode(errors='replace')[-2000:]}")
    return samples, proc.pid, time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Split:
    parent_before: float
    parent_during: float
    parent_after: float
    workers: list[float]
    writers: list[float]
    total: float  # CPU of the whole command, from the kernel's account of it (exact)

    def projected_wall(self, cores: int) -> float:
        """Wall seconds on an idle machine of ``cores`` CPUs (see the module's docstring)."""
        if not self.workers:  # one process: the writers beside its end
            return max(self.parent_before, (self.parent_before + sum(self.writers)) / cores)
        tail = max(self.parent_after, (self.parent_after + sum(self.writers)) / cores)
        parse = max(max(self.workers), (sum(self.workers) + self.parent_during) / cores)
        return self.parent_before + parse + tail


def split(samples: list[Sample], root: int, jobs: int, total: float) -> Split:
    """The CPU of ``samples`` by process and phase: the ``jobs`` children (pool workers, only
    when ``jobs`` > 1) that used the most CPU, the other children (writers), and the parent
    before, while and after the workers ran."""
    last: dict[int, float] = {}
    for s in samples:
        last.update(s.cpu)
    parent = [s.cpu.get(root, 0.0) for s in samples]
    children = sorted((p for p in last if p != root), key=lambda p: -last[p])
    pool = set(children[:jobs]) if jobs > 1 else set()
    seen = [i for i, s in enumerate(samples) if pool & s.cpu.keys()]
    end = last.get(root, 0.0)
    if not seen:
        before, during = end, 0.0
    else:
        before, during = parent[seen[0]], parent[seen[-1]] - parent[seen[0]]
    return Split(before, during, end - before - during, [last[p] for p in children if p in pool],
                 [last[p] for p in children if p not in pool], total)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--cores", type=int, default=2, help="CPUs of the projection (default: 2)")
    p.add_argument("--model", help="spaCy pipeline (default: the one kg build would load)")
    p.add_argument("--json", help="write the figures here as JSON")
    args = p.parse_args(argv)
    from kg.extract.nlp import resolve_model_name  # here, not in the measured processes

    model = resolve_model_name(args.model)
    _, _, plain_wall, plain_cpu = run_sampled(
        [sys.executable, "-m", "benchmarks.plain_spacy", model, args.folder])
    with tempfile.TemporaryDirectory(prefix="kg-cpu-split-") as out:
        samples, root, wall, total = run_sampled(
            [sys.executable, "-m", "kg", "build", args.folder, "--out", out, "--model", model,
             "--no-cache", "-q", "--jobs", str(args.jobs)])
    s = split(samples, root, args.jobs, total)
    projected = s.projected_wall(args.cores)
    figures = {"plain_cpu": round(plain_cpu, 2), "plain_wall": round(plain_wall, 2),
               "kg_wall": round(wall, 2), **asdict(s), "projected_wall": round(projected, 2),
               "projected_ratio": round(plain_cpu / projected, 3), "cores": args.cores,
               "jobs": args.jobs}
    print(f"plain spaCy {plain_cpu:.1f} CPU s; kg build --jobs {args.jobs} {total:.1f} CPU s: "
          f"parent {s.parent_before:.1f} before + {s.parent_during:.1f} while + "
          f"{s.parent_after:.1f} after the workers, workers "
          f"{' + '.join(f'{w:.1f}' for w in s.workers) or '–'}, writers "
          f"{' + '.join(f'{w:.1f}' for w in s.writers) or '–'}; idle {args.cores}-CPU "
          f"projection {projected:.1f} s = {plain_cpu / projected:.2f} × plain spaCy")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
