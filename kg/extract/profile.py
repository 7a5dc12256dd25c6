"""``kg build --profile``: seconds per spaCy pipeline component and per kg stage.

The parse runs component by component over each batch (what ``nlp.pipe`` does, with a clock
around each step); the build's own stages are timed as always (``BuildResult.timings``). Times
of components and of extraction are CPU seconds (``time.process_time``: other programs on a
shared machine do not count), summed over all worker processes; stages are wall time of the
main process.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

# Every component kg's pipeline may have (kg.extract.nlp.load_pipeline), in pipeline order, and what
# it does; tests/test_profile.py fails when the pipeline gains one not listed here.
COMPONENTS = {
    "tokenizer": "spaCy: split the text into tokens",
    # (its own seconds; those of the components it runs on each line are listed after it)
    "kg_lines_apart": "kg: cut each line apart, copy the lines' parse back",
    "kg_lines_apart/tok2vec": "spaCy: token vectors, on each line",
    "kg_lines_apart/tagger": "spaCy: part-of-speech tags, on each line",
    "kg_lines_apart/kg_line_breaks": "kg: sentence starts within each line",
    "kg_lines_apart/parser": "spaCy: dependency parse, sentences, on each line",
    "tok2vec": "spaCy: token vectors shared by tagger and parser",
    "tagger": "spaCy: part-of-speech tags",
    "kg_line_breaks": "kg: a sentence starts after each line break",
    "parser": "spaCy: dependency parse, sentences",
    "attribute_ruler": "spaCy: coarse POS and morphology from the tags",
    "kg_attribute_ruler": "kg: attribute_ruler's rules as arrays (same annotations)",
    "lemmatizer": "spaCy: lemmas (kg: asked once per distinct word, POS and morphology)",
    "kg_whole_verbs": "kg: lemmas of hyphenated verbs kept whole (re-exported)",
    "kg_gazetteer": "kg: gazetteer names and weapon patterns (before NER)",
    "ner": "spaCy: named entities",
    "kg_gazetteer_late": "kg: names that are also given names (after NER)",
    "kg_agreements": "kg: the trained Agreement recogniser, on sentences with an agreement cue",
    "kg_refine_entities": "kg: agencies of states, titles, agreements",
}
COMPONENT = "component:"  # key prefix of a component's seconds in the timings
EXTRACT = "extract:"  # key prefix of an extraction step's seconds


def timed_pipe(
    nlp: Language, items: Iterable[tuple[str, Any]], batch_size: int, seconds: dict[str, float]
) -> Iterator[tuple[Doc, Any]]:
    """``nlp.pipe(items, as_tuples=True)`` adding each component's seconds to ``seconds``."""
    names = ["tokenizer", *nlp.pipe_names]
    for name in names:
        seconds.setdefault(COMPONENT + name, 0.0)
    for batch in minibatch(items, batch_size):
        t = time.process_time()
        docs = [nlp.make_doc(text) for text, _ in batch]
        seconds[COMPONENT + "tokenizer"] += time.process_time() - t
        for name, proc in nlp.pipeline:
            # a component that runs others inside it (kg_lines_apart) times each of them: they
            # are listed as "kg_lines_apart/tok2vec", …, and it keeps only its own seconds
            inner: dict[str, float] | None = {} if hasattr(proc, "seconds") else None
            if inner is not None:
                proc.seconds = inner
            t = time.process_time()
            try:
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
            finally:
                if inner is not None:
                    proc.seconds = None
            spent = time.process_time() - t
            for part, secs in (inner or {}).items():
                key = f"{COMPONENT}{name}/{part}"
                seconds[key] = seconds.get(key, 0.0) + secs
                spent -= secs
            seconds[COMPONENT + name] += spent
        yield from zip(docs, (context for _, context in batch), strict=True)


def profile_stats(timings: dict[str, float]) -> dict[str, dict[str, float]]:
    """The timings split into spaCy components, extraction steps and build stages."""
    out: dict[str, dict[str, float]] = {"components": {}, "extraction": {}, "stages": {}}
    for key, value in timings.items():
        base = key.removesuffix(" (cpu)")
        if base.startswith(COMPONENT):
            out["components"][base.removeprefix(COMPONENT)] = round(value, 3)
        elif base.startswith(EXTRACT):
            out["extraction"][base.removeprefix(EXTRACT)] = round(value, 3)
        else:
            out["stages"][key] = round(value, 3)
    return out


def profile_table(timings: dict[str, float], words: int | None = None) -> str:
    """A small text table of ``profile_stats``, for stderr."""
    stats = profile_stats(timings)
    lines = []
    parse = sum(stats["components"].values())
    width = max((len(n) for part in stats.values() for n in part), default=0)
    width = max(22, width)
    for title, part in (("spaCy pipeline (cpu s)", "components"),
                        ("extraction (cpu s)", "extraction"), ("build stages (wall s)", "stages")):
        rows = stats[part]
        if not rows:
            continue
        lines.append(title)
        for name, secs in rows.items():
            share = f"{secs / parse:6.1%}" if part == "components" and parse else ""
            what = COMPONENTS.get(name, "") if part == "components" else ""
            lines.append(f"  {name:<{width}} {secs:9.2f}  {share:>6}  {what}".rstrip())
    if words and parse:
        lines.append(f"pipeline: {words / parse:,.0f} words/s over {words:,} words")
    return "\n".join(lines)
