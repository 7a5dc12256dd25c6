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
from pathlib import Path


def main(model: str, folder: str) -> None:
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(model)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).rglob("*.txt"))]
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    t2 = time.perf_counter()
    print(json.dumps({
        "seconds": round(t2 - t0, 3), "parse_seconds": round(t2 - t1, 3),
        "documents": len(texts), "words": sum(len(t.split()) for t in texts),
        "pipeline": nlp.pipe_names,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
