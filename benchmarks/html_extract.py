"""Main-text extraction from HTML pages: kg (its furniture pruning, then trafilatura) against
trafilatura alone and kg's former own extractor (lxml heuristics, removed from kg/inputs/ingest.py;
loaded here from git at ``--baseline``).

Each ``tests/data/html/NAME.html`` has its main text (headline and story paragraphs) in
``NAME.gold.txt``. Scores are over word tokens (lower-cased, multiset): precision = share of the
extracted words that are in the gold text, recall = share of the gold words extracted.

    python -m benchmarks.html_extract [--baseline ef25e74]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "html"
WORD = re.compile(r"\w+")


def words(text: str) -> Counter:
    return Counter(w.lower() for w in WORD.findall(text))


def score(extracted: str, gold: str) -> tuple[float, float]:
    got, want = words(extracted), words(gold)
    hit = sum((got & want).values())
    return (hit / max(1, sum(got.values())), hit / max(1, sum(want.values())))


def baseline(commit: str) -> Callable[[str], str]:
    """kg's former ``_parse_html`` from ``git show COMMIT:kg/ingest.py``."""
    root = Path(__file__).resolve().parents[1]
    source = subprocess.run(["git", "show", f"{commit}:kg/ingest.py"], cwd=root, check=True,
                            capture_output=True, text=True).stdout
    module = types.ModuleType("kg_ingest_baseline")
    module.__file__ = str(root / "kg" / "ingest.py")  # its data files are found beside it
    sys.modules[module.__name__] = module  # dataclasses look their module up there
    exec(compile(source, f"{commit}:kg/ingest.py", "exec"), module.__dict__)
    return lambda html: module._parse_html(html).text


def current(html: str) -> str:
    from kg.inputs.ingest import extract_html

    return extract_html(html).text


def trafilatura_alone(html: str) -> str:
    """trafilatura without kg's furniture pruning, for comparison."""
    import trafilatura

    found = trafilatura.bare_extraction(html, include_comments=False)
    return found.text if found is not None else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="ef25e74", help="commit with the former extractor")
    args = ap.parse_args()
    extractors = {"kg (pruning + trafilatura)": current, "trafilatura alone": trafilatura_alone,
                  f"former kg lxml ({args.baseline})": baseline(args.baseline)}
    totals = {name: [0.0, 0.0] for name in extractors}
    print("| page | " + " | ".join(f"{n} P / R" for n in extractors) + " |")
    print("|---|" + "---|" * len(extractors))
    pages = sorted(PAGES.glob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        gold = page.with_suffix(".gold.txt").read_text(encoding="utf-8")
        cells = []
        for name, fn in extractors.items():
            p, r = score(fn(html), gold)
            totals[name][0] += p
            totals[name][1] += r
            cells.append(f"{p:.2f} / {r:.2f}")
        print(f"| {page.stem} | " + " | ".join(cells) + " |")
    n = len(pages)
    print("| **mean** | " + " | ".join(f"**{p / n:.2f} / {r / n:.2f}**"
                                      for p, r in totals.values()) + " |")


if __name__ == "__main__":
    main()
