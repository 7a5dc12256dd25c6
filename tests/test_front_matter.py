"""YAML front matter cannot blow up a build (issue 16 #7): aliases are refused, size is capped,
and the document is skipped with a warning, in well under a second."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

from kg.inputs.ingest import FRONT_MATTER_MAX, iter_documents
from kg.model import Skipped


def _bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append(f"title: *{chr(ord('a') + levels - 1)}")
    return "---\n" + "\n".join(lines) + "\n---\n\n# Headline\n\nRussia moved troops to Kursk.\n"


def _docs(path: Path) -> tuple[list, list[Skipped]]:
    skipped: list[Skipped] = []
    return list(iter_documents([path], on_skip=skipped.append)), skipped


def test_alias_bomb_is_skipped_fast_in_a_bounded_subprocess(tmp_path: Path) -> None:
    md = tmp_path / "bomb.md"
    md.write_text(_bomb(), encoding="utf-8")
    assert len(md.read_bytes()) < 700
    code = ("import sys\nfrom kg.inputs.ingest import iter_documents\nskipped = []\n"
            f"docs = list(iter_documents([{str(md)!r}], on_skip=skipped.append))\n"
            "print(len(docs), skipped[0].reason if skipped else '')\n")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, preexec_fn=limit)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("0 ") and "aliases" in proc.stdout
    assert time.monotonic() - t0 < 20


def test_oversized_front_matter_is_skipped(tmp_path: Path) -> None:
    md = tmp_path / "big.md"
    md.write_text("---\ntitle: x\nnote: " + "y" * FRONT_MATTER_MAX + "\n---\n\nBody.\n",
                  encoding="utf-8")
    docs, skipped = _docs(md)
    assert docs == [] and "larger than" in skipped[0].reason


def test_plain_front_matter_still_gives_title_and_date(tmp_path: Path) -> None:
    md = tmp_path / "ok.md"
    md.write_text("---\ntitle: Troops in Kursk\ndate: 2024-12-23\n---\n\nBody text here.\n",
                  encoding="utf-8")
    (doc,), skipped = _docs(md)
    assert skipped == [] and doc.title == "Troops in Kursk" and str(doc.date) == "2024-12-23"
