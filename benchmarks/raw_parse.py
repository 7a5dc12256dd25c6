"""The benchmark's second column: kg's pipeline (the model plus kg's components, as
``kg.extract.nlp.load_pipeline`` builds it) over the same files with ``nlp.pipe`` and kg's batch
size, and nothing else of a build. Prints JSON: seconds, documents, words, peak RSS.

    python -m benchmarks.raw_parse FOLDER [MODEL]
"""

from __future__ import annotations

import json
import sys

from benchmarks.plain_spacy import measure


def main(folder: str, model: str | None = None, batch_size: int = 32) -> None:
    def load():
        from kg.extract.gazetteer import default_gazetteer
        from kg.extract.nlp import load_pipeline

        return load_pipeline(model, default_gazetteer())

    print(json.dumps(measure(load, folder, batch_size=batch_size)))


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:3])
