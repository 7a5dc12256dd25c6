"""Train a spaCy entity recogniser on the dev gold and score it beside kg's rules (issue 12).

    python -m kg.extract.train_entities --test d126-d145     # train on the rest, score those
    python -m kg.extract.train_entities --cv 5                # document-level CV on d01–d125
    python -m kg.extract.train_entities --test-folder DIR     # train on d01–d125, score DIR

An experiment, not part of ``kg build``. Training data: every occurrence in an article of each
gold mention string of its document (canonical names and mentions), labelled with the gold
class (`gold_spans`). The recogniser is the installed English pipeline's ``ner`` component
(its own tok2vec, pretrained on OntoNotes) given kg's eight classes and updated with
``nlp.update`` in a fixed order from fixed seeds, on CPU. Mentions are scored at character
level (`score`): a predicted span counts when a string-matched gold span has the same start,
end and class; kg's own mentions (`kg.extract.entities.extract_mentions`, with their class)
are scored against the same gold spans the same way.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import GoldDocument
from kg.model import ENTITY_CLASSES

# (start, end, class) of one mention in its document's text
CharSpan = tuple[int, int, str]

EPOCHS = 12
DROPOUT = 0.2
SEED = 0


@dataclass(frozen=True)
class GoldSpans:
    """The string-matched gold mentions of one article and the strings left out."""

    spans: tuple[CharSpan, ...]
    ambiguous: tuple[str, ...]  # strings listed under two classes in one document: not labelled


def _surface_classes(gold: GoldDocument) -> tuple[dict[str, str], set[str]]:
    """Each gold string (canonical name or mention, as written) → its class, and the strings
    that name entities of two different classes in this document."""
    classes: dict[str, str] = {}
    ambiguous: set[str] = set()
    for e in gold.entities:
        for form in (e.canonical, *e.mentions):
            form = form.strip()
            if not form:
                continue
            if classes.setdefault(form, e.cls) != e.cls:
                ambiguous.add(form)
    for form in ambiguous:
        del classes[form]
    return classes, ambiguous


def gold_spans(text: str, gold: GoldDocument) -> GoldSpans:
    """Every occurrence in ``text`` of each gold string of ``gold``, with its entity's class.

    Case-sensitive, whole words only (no letter or digit just before or after: "US" is not
    found in "USA", nor "Russia" in "Russian"); longest strings first, and an occurrence that
    overlaps one already taken is skipped, so "Su-35 fighter jets" wins over "Su-35" inside it.
    A string given under two classes in one document is ambiguous and labels nothing.
    """
    classes, ambiguous = _surface_classes(gold)
    taken: list[CharSpan] = []
    used = bytearray(len(text))
    for form in sorted(classes, key=lambda f: (-len(f), f)):
        for m in re.finditer(re.escape(form), text):
            s, e = m.start(), m.end()
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            if any(used[s:e]):
                continue
            used[s:e] = b"\x01" * (e - s)
            taken.append((s, e, classes[form]))
    return GoldSpans(tuple(sorted(taken)), tuple(sorted(ambiguous)))


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Mapping[str, Iterable[CharSpan]], gold: Mapping[str, Iterable[CharSpan]]
          ) -> dict[str, Counts]:
    """Per class (and ``all``) exact-match counts of predicted spans against gold spans, summed
    over the documents of ``gold`` (a span is (start, end, class); duplicates count once)."""
    out = {c: Counts() for c in (*ENTITY_CLASSES, "all")}
    for name, g in gold.items():
        gs, ps = set(g), set(predicted.get(name, ()))
        for s in ps | gs:
            c = s[2]
            hit = (s in ps, s in gs)
            for k in (c, "all"):
                if hit == (True, True):
                    out[k].tp += 1
                elif hit[0]:
                    out[k].fp += 1
                else:
                    out[k].fn += 1
    return out


def only(spans: Iterable[CharSpan], classes: Iterable[str]) -> list[CharSpan]:
    """The spans of ``classes``."""
    keep = set(classes)
    return [x for x in spans if x[2] in keep]


def union_longer(rules: Iterable[CharSpan], model: Iterable[CharSpan]) -> list[CharSpan]:
    """`union`, and a model span that strictly contains rules spans of its own class (and
    overlaps no other rules span) replaces them: "the Treaty of Friendship" over "Treaty"."""
    out = set(rules)
    for s, e, c in model:
        inside = {r for r in out if r[0] < e and s < r[1]}
        if all(s <= r[0] and r[1] <= e and r[2] == c for r in inside) and \
                (s, e, c) not in inside:
            out = (out - inside) | {(s, e, c)}
    return sorted(out)


def union(rules: Iterable[CharSpan], model: Iterable[CharSpan]) -> list[CharSpan]:
    """The rules' spans plus each model span that shares no character with any rules span."""
    rules = sorted(set(rules))
    out = list(rules)
    for s, e, c in model:
        if not any(rs < e and s < re_ for rs, re_, _ in rules):
            out.append((s, e, c))
    return sorted(set(out))


def format_table(rows: Mapping[str, Mapping[str, Counts]]) -> str:
    """A Markdown table of P / R / **F1** (tp/fp/fn) per class, one row per report."""
    classes = (*ENTITY_CLASSES, "all")
    lines = ["| | " + " | ".join(classes) + " |", "|---|" + "---:|" * len(classes)]
    for name, counts in rows.items():
        lines.append(f"| {name} | " + " | ".join(
            f"{counts[c].precision:.3f} / {counts[c].recall:.3f} / **{counts[c].f1:.3f}** "
            f"({counts[c].tp}/{counts[c].fp}/{counts[c].fn})" for c in classes) + " |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Article:
    """One gold-annotated article: its text, gold spans and kg's own mentions."""

    name: str
    text: str
    gold: tuple[CharSpan, ...]
    rules: tuple[CharSpan, ...]


def load_articles(corpora: Sequence[tuple[Path, Path]], model: str | None = None,
                  keep=lambda name: True) -> list[Article]:
    """Every gold-annotated article of ``corpora`` whose stem ``keep`` accepts, with kg's
    mentions from the current pipeline (the default extraction, chunk by chunk)."""
    from kg.evaluate import load_gold
    from kg.extract.entities import extract_mentions
    from kg.extract.gazetteer import default_gazetteer, default_relation_rules
    from kg.extract.nlp import load_pipeline
    from kg.extract.runner import _PARSE_TRANSLATION, Extractor, chunks
    from kg.inputs.ingest import iter_documents

    gaz = default_gazetteer()  # the rules alone: without the recogniser trained here
    ex = Extractor(load_pipeline(model, gaz, agreements=False), default_relation_rules(),
                   gaz.not_entities)
    out = []
    for text_dir, gold_dir in corpora:
        golds = {k: v for k, v in load_gold(gold_dir).items() if keep(k)}
        paths = sorted(p for p in Path(text_dir).glob("*.txt") if p.stem in golds)
        for doc in iter_documents(paths, on_skip=lambda s: None):
            stem = Path(doc.name).stem
            rules = []
            for offset, piece in chunks(doc.text):
                parsed = ex.nlp(piece.translate(_PARSE_TRANSLATION))
                rules += [(m.span.start, m.span.end, m.cls)
                          for m in extract_mentions(parsed, doc.doc_id, offset, ex.ignore)]
            out.append(Article(stem, doc.text, gold_spans(doc.text, golds[stem]).spans,
                               tuple(sorted(set(rules)))))
    print(f"loaded {len(out)} articles", file=sys.stderr)
    return out


# --------------------------------------------------------------------------- model


def base_pipeline(init: str, model: str | None = None, classes: Sequence[str] = ()):
    """A pipeline of tokenizer + ``ner`` with kg's classes (or ``classes``) as labels.

    ``init="pretrained"``: the installed English pipeline's ``ner`` (with its own tok2vec),
    its output layer widened to the new labels; ``"blank"``: a fresh ``ner``, random weights.
    """
    import spacy

    from kg.extract.nlp import resolve_model_name

    name = resolve_model_name(model)
    if init == "pretrained":
        src = spacy.load(name)
        nlp = spacy.load(name, exclude=[p for p in src.component_names if p != "ner"])
    elif init == "blank":
        nlp = spacy.blank("en")
        nlp.tokenizer = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "ner",
                                                  "attribute_ruler", "lemmatizer",
                                                  "senter"]).tokenizer
        nlp.add_pipe("ner")
    else:
        raise ValueError(f"init must be 'pretrained' or 'blank', not {init!r}")
    ner = nlp.get_pipe("ner")
    for c in classes or ENTITY_CLASSES:
        ner.add_label(c)
    return nlp


def examples(nlp, articles: Iterable[Article]) -> tuple[list, int]:
    """spaCy training examples of ``articles`` (every token outside a gold span is O), and how
    many gold spans did not fall on token boundaries (left out)."""
    from spacy.training import Example

    out, skipped = [], 0
    for a in articles:
        doc = nlp.make_doc(a.text)
        ents = []
        for s, e, c in a.gold:
            span = doc.char_span(s, e, label=c)
            if span is None:
                skipped += 1
            else:
                ents.append((span.start_char, span.end_char, c))
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out, skipped


def train(articles: Sequence[Article], init: str = "pretrained", epochs: int = EPOCHS,
          model: str | None = None, quiet: bool = False, classes: Sequence[str] = ()):
    """A trained pipeline: ``epochs`` passes of minibatch ``nlp.update`` over ``articles`` in a
    shuffled order fixed by `SEED`; with ``classes``, only those classes (other gold spans are
    left unlabelled text)."""
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(SEED)
    if classes:
        articles = [Article(a.name, a.text, tuple(only(a.gold, classes)), a.rules)
                    for a in articles]
    nlp = base_pipeline(init, model, classes)
    train_set, skipped = examples(nlp, articles)
    if skipped and not quiet:
        print(f"{skipped} gold spans off token boundaries left out", file=sys.stderr)
    # a sourced ner keeps its weights (resume); a blank one is initialised from the data
    optimizer = (nlp.resume_training() if init == "pretrained"
                 else nlp.initialize(lambda: train_set))
    rng = random.Random(SEED)
    order = list(train_set)
    for epoch in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=compounding(4.0, 16.0, 1.5)):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        if not quiet:
            print(f"epoch {epoch + 1}: loss {losses.get('ner', 0.0):.1f}", file=sys.stderr)
    return nlp


def save(nlp, path: Path) -> None:
    """Write the trained pipeline to ``path`` with the sha256 of each file (`kg.extract.agreements`
    checks them on load)."""
    import hashlib
    import shutil

    from kg.extract.agreements import SUMS

    if path.exists():
        shutil.rmtree(path)
    nlp.to_disk(path)
    files = sorted(f for f in path.rglob("*") if f.is_file())
    (path / SUMS).write_text("".join(
        f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.relative_to(path).as_posix()}\n"
        for f in files), encoding="utf-8")


def predict(nlp, articles: Iterable[Article]) -> dict[str, list[CharSpan]]:
    """The trained model's spans of kg's classes, per article."""
    texts = list(articles)
    return {a.name: [(e.start_char, e.end_char, e.label_) for e in doc.ents
                     if e.label_ in ENTITY_CLASSES]
            for a, doc in zip(texts, nlp.pipe(a.text for a in texts), strict=True)}


def compare(test: Sequence[Article], model_spans: Mapping[str, Sequence[CharSpan]],
            classes: Sequence[str] = ()) -> dict[str, dict[str, Counts]]:
    """Rules, model and their union scored against the same string-matched gold spans; with
    ``classes``, also the unions that take only the model's spans of those classes (added where
    the rules found nothing, and also replacing shorter rules spans of their class inside)."""
    gold = {a.name: a.gold for a in test}
    rules = {a.name: a.rules for a in test}
    out = {
        "kg rules": score(rules, gold),
        "trained NER": score(model_spans, gold),
        "rules + NER where rules found nothing": score(
            {a.name: union(a.rules, model_spans.get(a.name, ())) for a in test}, gold),
    }
    if classes:
        named = "/".join(classes)
        picked = {a.name: only(model_spans.get(a.name, ()), classes) for a in test}
        out[f"rules + NER {named} where rules found nothing"] = score(
            {a.name: union(a.rules, picked[a.name]) for a in test}, gold)
        out[f"rules + NER {named}, longer replaces"] = score(
            {a.name: union_longer(a.rules, picked[a.name]) for a in test}, gold)
    return out


def parse_range(text: str) -> tuple[int, int]:
    """``"d126-d145"`` → (126, 145)."""
    m = re.fullmatch(r"d(\d+)-d(\d+)", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"expected a range like d126-d145, not {text!r}")
    return int(m.group(1)), int(m.group(2))


def _number(name: str) -> int | None:
    m = re.match(r"d(\d+)_", name)
    return int(m.group(1)) if m else None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.extract.train_entities",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--test", type=parse_range, default=None, metavar="dA-dB",
                    help="train on the dev articles below dA (and the samples), score dA…dB")
    ap.add_argument("--test-folder", type=Path, default=None, metavar="DIR",
                    help="train on the dev articles below --train-below (and the samples), "
                         "score the gold-annotated articles of DIR (*.txt beside *.jsonl)")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="K-fold document-level CV on the dev articles below --train-below")
    ap.add_argument("--train-below", type=int, default=126, metavar="N",
                    help="dev articles d01…d(N-1) are the training data (default 126)")
    ap.add_argument("--init", choices=("pretrained", "blank"), default="pretrained",
                    help="start from the installed pipeline's ner (default) or a blank one")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: kg's default)")
    ap.add_argument("--classes", default="", metavar="C,C",
                    help="train on these classes only (e.g. Agreement); default: all eight")
    ap.add_argument("--union-classes", default="", metavar="C,C",
                    help="also score the unions that take only the model's spans of these")
    ap.add_argument("--save", type=Path, default=None, metavar="DIR",
                    help="write the trained pipeline (tokenizer + ner) to DIR")
    args = ap.parse_args(argv)
    classes = tuple(c for c in args.classes.split(",") if c)
    picked = tuple(c for c in args.union_classes.split(",") if c) or classes
    unknown = [c for c in (*classes, *picked) if c not in ENTITY_CLASSES]
    if unknown:
        ap.error(f"unknown classes {unknown}; kg's are {', '.join(ENTITY_CLASSES)}")
    if args.test_folder and not args.test_folder.is_dir():
        ap.error(f"--test-folder {args.test_folder}: not a folder")
    root = Path(__file__).resolve().parent.parent.parent
    dev_dir, lo = root / "tests" / "corpus" / "dev", args.train_below

    def wanted(name: str) -> bool:
        n = _number(name)
        return n is not None and (n < lo or (args.test is not None
                                             and args.test[0] <= n <= args.test[1]))
    arts = load_articles([(dev_dir, dev_dir)], args.model, wanted)
    seeds = load_articles([(root / "kg" / "samples", root / "tests" / "gold")], args.model)
    train_dev = [a for a in arts if _number(a.name) < lo]
    if args.cv:
        start = time.process_time()
        spans: dict[str, list[CharSpan]] = {}
        for k in range(args.cv):
            fold = [a for i, a in enumerate(train_dev) if i % args.cv == k]
            rest = [a for i, a in enumerate(train_dev) if i % args.cv != k] + seeds
            nlp = train(rest, args.init, args.epochs, args.model, quiet=True, classes=classes)
            spans.update(predict(nlp, fold))
            print(f"fold {k}: {time.process_time() - start:.0f} CPU s", file=sys.stderr)
        print(f"## {args.cv}-fold document-level CV on {len(train_dev)} dev articles "
              f"(init {args.init}, {args.epochs} epochs; {time.process_time() - start:.0f} "
              "CPU s), P / R / **F1** (tp/fp/fn)\n")
        print(format_table(compare(train_dev, spans, picked)))
    tests = []
    if args.test:
        tests.append((f"d{args.test[0]}–d{args.test[1]}",
                      [a for a in arts if args.test[0] <= _number(a.name) <= args.test[1]]))
    if args.test_folder:
        tests.append((str(args.test_folder),
                      load_articles([(args.test_folder, args.test_folder)], args.model)))
    if args.save and not tests and not args.cv:  # `make agreement-model`: train and write
        start = time.process_time()
        save(train(train_dev + seeds, args.init, args.epochs, args.model, classes=classes),
             args.save)
        print(f"trained on {len(train_dev)} dev articles + {len(seeds)} samples "
              f"({time.process_time() - start:.0f} CPU s); wrote {args.save}", file=sys.stderr)
    if tests:
        start = time.process_time()
        nlp = train(train_dev + seeds, args.init, args.epochs, args.model, classes=classes)
        cpu = time.process_time() - start
        if args.save:
            save(nlp, args.save)
        for label, test in tests:
            print(f"## {label} ({len(test)} articles), trained on {len(train_dev)} dev "
                  f"articles + {len(seeds)} samples (init {args.init}, {args.epochs} epochs, "
                  f"{cpu:.0f} CPU s), P / R / **F1** (tp/fp/fn)\n")
            print(format_table(compare(test, predict(nlp, test), picked)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
