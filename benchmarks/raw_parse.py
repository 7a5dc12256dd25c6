"""The benchmark's second column: kg's pipeline (the model plus kg's components, as
``kg.nlp.load_pipeline`` builds it) over the same files with ``nlp.pipe``, and nothing else of a
build. Prints JSON: seconds, documents, words, peak RSS.

    python -m benchmarks.raw_parse FOLDER [MODEL]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(folder: str, model: str | None = None, batch_size: int = 32) -> None:
    t0 = time.perf_counter()
    from kg.gazetteer import default_gazetteer
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model, default_gazetteer())
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).rglob("*.txt"))]
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    t2 = time.perf_counter()
    print(json.dumps({
        "seconds": round(t2 - t0, 3), "parse_seconds": round(t2 - t1, 3),
        "documents": len(texts), "words": sum(len(t.split()) for t in texts),
        "pipeline": nlp.pipe_names,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:3])
