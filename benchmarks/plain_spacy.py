"""Baseline for the benchmark: plain spaCy. ``spacy.load(MODEL)`` and ``nlp.pipe(texts)`` with
the model's default pipeline and batch size, nothing of kg imported, over the same files.
Prints JSON: seconds, documents, words, peak RSS.

    python -m benchmarks.plain_spacy MODEL FOLDER
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def measure(load: Callable[[], Any], folder: str, **pipe_options: Any) -> dict:
    """Load a pipeline with ``load()`` and run ``nlp.pipe`` over the folder's ``.txt`` files;
    the seconds count from the call (imports in ``load`` included)."""
    t0 = time.perf_counter()
    nlp = load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).rglob("*.txt"))]
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, **pipe_options):
        pass
    t2 = time.perf_counter()
    return {
        "seconds": round(t2 - t0, 3), "parse_seconds": round(t2 - t1, 3),
        "documents": len(texts), "words": sum(len(t.split()) for t in texts),
        "pipeline": nlp.pipe_names,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(model: str, folder: str) -> None:
    def load():
        import spacy

        return spacy.load(model)

    print(json.dumps(measure(load, folder)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
