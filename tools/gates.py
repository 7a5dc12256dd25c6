"""Issue 12's score gates: `kg eval --json` on each gold set, totals only.

    python tools/gates.py readable validation unseen frozenev seeds heldout [--out DIR]
    python tools/gates.py slice:885-904          # a readable slice, printed like readable
    python tools/gates.py test4                  # a frozen split (a look: say so in the note)
    python tools/gates.py unseen~1129,1134       # a set less some articles (their event read)

Hidden sets (validation, the unseen batches, the frozen-event files, the frozen splits) print
totals and per-relation counts only; their JSON, which holds every miss, is written to --out
and must not be opened. Each set's JSON md5 is printed so that a refactor can be shown
byte-identical. The hidden ranges come from tests/test_dev_gold_lint.py, the one place that
decides them.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "dev"
VALIDATION = range(146, 166)
BATCH = 20  # unseen batches are written twenty articles at a time


def _lint():
    spec = importlib.util.spec_from_file_location("lint", ROOT / "tests" / "test_dev_gold_lint.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _number(path: Path) -> int:
    return int(re.match(r"d(\d+)", path.stem).group(1))


def dev_sets() -> dict[str, list[Path]]:
    """Readable, validation, frozen-event and each unseen batch of twenty, by the lint's ranges."""
    lint = _lint()
    texts = sorted(DEV.glob("d*.txt"), key=_number)
    sets: dict[str, list[Path]] = {"readable": [], "validation": [], "frozenev": []}
    unseen: dict[int, list[Path]] = {}
    for path in texts:
        n = _number(path)
        if not lint._hidden(path.stem):
            sets["readable"].append(path)
        elif n in VALIDATION:
            sets["validation"].append(path)
        elif n in lint.FROZEN_EVENTS:
            sets["frozenev"].append(path)
        else:
            unseen.setdefault((n - 5) // BATCH, []).append(path)
    for i, key in enumerate(sorted(unseen)):
        files = unseen[key]
        name = "unseen" if i == 0 else f"unseen{i + 1}"
        sets[name] = files
        sets[f"d{_number(files[0])}-d{_number(files[-1])}"] = files
    return sets


def _run(gold: Path, files: list[Path], out: Path, python: str) -> dict:
    cmd = [python, "-m", "kg", "eval", "--json", "--gold", str(gold), *map(str, files)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"gates: kg eval failed ({done.returncode}) for {out.name}")
    out.write_text(done.stdout, encoding="utf-8")
    return json.loads(done.stdout)


def _fmt(row: dict) -> str:
    return f"{row['f1']:.3f} ({row['tp']}/{row['fp']}/{row['fn']})"


def report(name: str, data: dict, md5: str) -> str:
    s = data["strict"]
    rel = " ".join(f"{k} {v['tp']}/{v['fp']}/{v['fn']}" for k, v in s["relations"].items()
                   if k != "all")
    return (f"{name:12} docs {len(s['documents']):4}  entities {_fmt(s['entities']['all'])}  "
            f"pairs {_fmt(s['relations']['all'])}  per-sentence "
            f"{s['relation_sentences']['all']['f1']:.3f}  md5 {md5[:8]}\n"
            f"{'':12} {rel}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--out", type=Path, default=Path("/tmp/gates"))
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sets = dev_sets()
    for name in args.sets:
        name, _, less = name.partition("~")
        drop = {int(n) for n in less.split(",") if n}
        if name == "seeds":
            gold, files = ROOT / "tests" / "gold", []
        elif name == "heldout":
            gold, files = ROOT / "tests" / "heldout", sorted((ROOT / "tests/heldout").glob("*.txt"))
        elif re.fullmatch(r"test\d?", name):
            gold = ROOT / "tests" / "corpus" / name
            files = sorted(gold.glob("*.txt"))
        elif name.startswith("slice:"):
            lo, hi = map(int, name[6:].split("-"))
            gold, files = DEV, [p for p in sets["readable"] if lo <= _number(p) <= hi]
        elif name in sets:
            gold, files = DEV, sets[name]
        else:
            sys.exit(f"gates: unknown set {name!r}; known: seeds heldout test test2 test3 test4 "
                     f"slice:LO-HI {' '.join(sets)}")
        if drop:
            files = [p for p in files if _number(p) not in drop]
            name = f"{name}~{'-'.join(map(str, sorted(drop)))}"
        out = args.out / f"{name.replace(':', '_')}.json"
        data = _run(gold, files, out, args.python)
        md5 = hashlib.md5(out.read_bytes()).hexdigest()
        print(report(name, data, md5), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
