"""Fold an unseen batch's BATCH_*.md files into the dev README when the batch becomes readable.

    python tools/fold.py STOP BATCH_dA-dB.md BATCH_dC-dD.md

Each file's "Further conventions" and "Counts" part goes after the last "Counts of …" section
before "### Gold harmonised in stop 20"; its "Canonical names" part goes at the end of the README.
A "Made readable" line closes each counts part. The BATCH files are left for `git rm`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev"


def split(text: str) -> tuple[str, str]:
    """(conventions and counts, canonical names) of one BATCH file, headings as ###."""
    body = text[re.search(r"^#{2,3} Further conventions", text, re.M).start():]
    body = re.sub(r"^## (Further conventions|Counts|Canonical names)", r"### \1", body, flags=re.M)
    cut = re.search(r"^### Canonical names", body, re.M).start()
    return body[:cut].rstrip() + "\n", body[cut:].rstrip() + "\n"


def main(stop: str, *names: str) -> None:
    readme = DEV / "README.md"
    text = readme.read_text(encoding="utf-8")
    anchor = text.index("\n### Gold harmonised in stop 20\n")
    lo = re.search(r"d(\d+)-d\d+", names[0]).group(1)
    hi = re.search(r"d\d+-d(\d+)", names[-1]).group(1)
    conventions, canonical = [], []
    for name in names:
        conv, canon = split((DEV / name).read_text(encoding="utf-8"))
        conv += (f"\nMade readable at the start of stop {stop} (all twenty of d{lo}–d{hi}); the "
                 "lead's decisions on the open points of both halves are in "
                 f"*Gold harmonised in stop {stop}*.\n")
        conventions.append(conv)
        canonical.append(canon)
    text = (text[:anchor].rstrip() + "\n\n" + "\n".join(conventions) + "\n" + text[anchor:])
    text = text.rstrip() + "\n\n" + "\n".join(canonical)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:])
