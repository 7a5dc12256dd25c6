"""Train (and cross-validate) the learned relation classifier of `kg.extract.learned`.

    python -m kg.extract.train_relations --cv 5               # document-level CV on dev
    python -m kg.extract.train_relations --test FOLDER        # train on dev, score FOLDER
    python -m kg.extract.train_relations --out model.json     # write the model
    python -m kg.extract.train_relations --train-docs d01-d145 --cv 5 \
        --test tests/corpus/dev --test-docs d146-d165     # train on part of dev, score the rest
    python -m kg.extract.train_relations --filter --train-docs RANGE \
        --test tests/corpus/dev --test-docs RANGE         # the precision filter (stop 40)

Training data: the development split (``tests/corpus/dev``) and the seed gold (``kg/samples``
with ``tests/gold``), parsed with the default pipeline. A candidate pair is positive when an
asserted gold relation of its document, stated in the same sentence, has the subject and the
object in its roles (matched by canonical name or mention and by class). Training is plain
stochastic gradient descent in a fixed order, so the same data gives the same file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import NoReturn

from kg.evaluate import EvalReport, GoldDocument, evaluate, normalise_name, read_gold_file
from kg.extract.learned import (
    FILTER_TYPES,
    PAIR_TYPES,
    Candidate,
    RelationModel,
    RulePair,
    accepted,
    candidates,
    filtered,
    rule_pairs,
)
from kg.model import RELATIONS, DocExtraction, Mention, RelationMention

ROOT = Path(__file__).resolve().parent.parent.parent
# (articles, gold) folders of the training data, relative to the repository root
CORPORA = (("tests/corpus/dev", "tests/corpus/dev"), ("kg/samples", "tests/gold"))
STEPS = 300  # gradient steps per pair type
RATE = 0.05
L2 = 1e-3  # per example
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # 0.30 … 0.95
NEVER = 1.01  # the threshold of a pair type the model is not to add: above any probability
# A threshold must keep the pairs it adds (out of fold) at least this often right: the pooled
# precision must not fall below ~.88 (issue 12), and the rules' own pairs are ~.92 right.
MIN_ADDED_PRECISION = 0.75
MIN_ADDED_HITS = 3  # fewer true pairs than this out of fold: too few to trust a threshold


@dataclass
class Parsed:
    """One document: its extraction by the rules and its candidate pairs."""

    name: str  # file stem: the gold file's name
    extraction: DocExtraction
    gold: GoldDocument
    text: str
    # per chunk: (offset, parse, its mentions, the rules' relation mentions)
    chunks: list[tuple[int, object, list[Mention], list[RelationMention]]]
    candidates: list[Candidate] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    rule_pairs: list[RulePair] = field(default_factory=list)  # the precision filter's
    rule_labels: list[int] = field(default_factory=list)  # set by `label_rule_pairs`

    def featurise(self) -> None:
        """(Re)compute the candidate pairs and their features from the stored parses."""
        from kg.extract.gazetteer import default_relation_rules

        rules = default_relation_rules()
        triggers = rules.triggers
        self.candidates = []
        for offset, parsed, found, here in self.chunks:
            for c in candidates(parsed, found, here, offset, triggers):
                s = c.sentence
                self.candidates.append(
                    replace(c, sentence=replace(s, text=self.text[s.start:s.end])))
        self.labels = labels(self)
        self.rule_pairs, first = [], 0
        for offset, parsed, found, here in self.chunks:
            self.rule_pairs += rule_pairs(parsed, found, here, first, self.text, offset,
                                          rules.words, triggers)
            first += len(here)


# --------------------------------------------------------------------------- data


def doc_range(spec: str) -> Callable[[str], bool]:
    """The documents a range such as ``d01-d145`` names (by the number after the file name's
    letters; both ends included), or a union of ranges joined by "+" (``d01-d145+d166-d306``),
    as a test on a file stem."""
    parts = []
    for part in spec.split("+"):
        m = re.fullmatch(r"([a-z]+)(\d+)-(?:\1)?(\d+)", part.strip())
        if m is None or int(m.group(2)) > int(m.group(3)):
            raise ValueError(f"not a document range (like d01-d145 or d01-d145+d166-d306): "
                             f"{spec!r}")
        parts.append((m.group(1), int(m.group(2)), int(m.group(3))))

    def keep(stem: str) -> bool:
        for prefix, lo, hi in parts:
            n = re.match(rf"{prefix}(\d+)(?:_|$)", stem)
            if n is not None and lo <= int(n.group(1)) <= hi:
                return True
        return False

    return keep


def parse_corpora(corpora: Sequence[tuple[Path, Path]], model: str | None = None,
                  keep: Callable[[str], bool] | None = None) -> list[Parsed]:
    """Parse every gold-annotated article of ``corpora`` (those ``keep`` accepts, by file
    stem) with the default pipeline and rules."""
    from kg.extract.runner import Extractor
    from kg.inputs.ingest import iter_documents

    ex = Extractor.load(model)
    out = []
    for text_dir, gold_dir in corpora:
        # only the kept documents' gold is read: the others may be held out
        golds = {f.stem: read_gold_file(f) for f in sorted(Path(gold_dir).glob("*.jsonl"))
                 if keep is None or keep(f.stem)}
        paths = sorted(p for p in Path(text_dir).glob("*.txt") if p.stem in golds)
        for doc in iter_documents(paths, on_skip=lambda s: None):
            stem = Path(doc.name).stem
            out.append(parse_one(ex, doc, golds[stem]))
            print(f"parsed {stem}", file=sys.stderr)
    return out


def parse_one(ex, doc, gold: GoldDocument) -> Parsed:
    """One article parsed and extracted chunk by chunk as a build does, with its gold."""
    from kg.extract.entities import extract_mentions
    from kg.extract.relations import extract_relations
    from kg.extract.runner import _PARSE_TRANSLATION, _original_text, chunks

    mentions: list[Mention] = []
    rels: list[RelationMention] = []
    parts = []
    for offset, piece in chunks(doc.text):
        parsed = ex.nlp(piece.translate(_PARSE_TRANSLATION))
        found = extract_mentions(parsed, doc.doc_id, offset, ex.ignore)
        here = extract_relations(parsed, doc.doc_id, ex.rules, found, offset)
        parts.append((offset, parsed, found, here))
        mentions += found
        rels += here
    rels = [_original_text(r, doc) for r in rels]
    p = Parsed(Path(doc.name).stem, DocExtraction(replace(doc, text=""), tuple(mentions),
                                                  tuple(rels)), gold, doc.text, parts)
    p.featurise()
    return p


def _gold_name(m: Mention, gold: GoldDocument, index: dict[str, str],
               classes: dict[str, str]) -> str | None:
    for form in (m.key, m.lemma, m.span.text):
        name = index.get(normalise_name(form)) if form else None
        if name is not None and classes[name] == m.cls:
            return name
    return None


def labels(p: Parsed) -> list[int]:
    """1 for each candidate an asserted gold relation of its sentence states, else 0."""
    from kg.evaluate import _same_sentence

    types = {pt.name: pt for pt in PAIR_TYPES}
    index = p.gold.name_index()
    classes = {e.canonical: e.cls for e in p.gold.entities}
    out = []
    for c in p.candidates:
        pt = types[c.pair_type]
        s = _gold_name(c.subject, p.gold, index, classes)
        o = _gold_name(c.object, p.gold, index, classes)
        hit = s is not None and o is not None and any(
            r.asserted and r.relation == pt.relation
            and s in dict(r.roles).get(pt.subject_role, ())
            and o in dict(r.roles).get(pt.object_role, ())
            and _same_sentence(r.sentence, c.sentence.text)
            for r in p.gold.relations)
        out.append(int(hit))
    return out


def label_rule_pairs(docs: Sequence[Parsed]) -> None:
    """Set each rule pair's label: 1 where the strict evaluator scores it under an asserted
    gold pair of its document (arguments named as `score` names them), else 0."""
    from kg.evaluate import _Names
    from kg.extract.gazetteer import default_gazetteer, default_relation_rules
    from kg.graph.resolve import Resolver

    keys: dict[str, dict] = {}  # doc_id → mention span → entity key

    class Recording(Resolver):
        def _relation(self, rm: RelationMention, found: dict):  # noqa: ANN202
            keys[rm.sentence.doc_id] = found
            return super()._relation(rm, found)

    resolver = Recording(default_gazetteer())
    for p in docs:
        resolver.add(p.extraction)
    resolver.finish(default_relation_rules())
    stems = {p.name: p.extraction.doc.doc_id for p in docs}
    names = _Names({p.name: p.gold for p in docs}, resolver.entities, True, stems)
    for p in docs:
        gold = {(r.relation, s, o) for r in p.gold.relations if r.asserted
                for s, o in r.pairs()}
        here = keys.get(stems[p.name], {})
        p.rule_labels = []
        for c in p.rule_pairs:
            s, o = here.get(c.subject.span), here.get(c.object.span)
            hit = s is not None and o is not None and (
                c.pair_type.split(":")[0], names.key(p.name, s), names.key(p.name, o)) in gold
            p.rule_labels.append(int(hit))


# --------------------------------------------------------------------------- model


def train(examples: Sequence[tuple[str, Sequence[str], int]]) -> dict[str, dict[str, float]]:
    """Logistic regression per pair type: full-batch gradient descent (Adam) with L2.

    Deterministic: features are numbered in first-seen order and every step is a fixed
    sequence of numpy reductions over the examples in the order given.
    """
    import numpy as np

    by_type: dict[str, list[tuple[Sequence[str], int]]] = defaultdict(list)
    for pair_type, feats, y in examples:
        by_type[pair_type].append((feats, y))
    out = {}
    for pair_type, rows in sorted(by_type.items()):
        vocab: dict[str, int] = {}
        ri, ci = [], []
        for r, (feats, _) in enumerate(rows):
            for f in feats:
                ci.append(vocab.setdefault(f, len(vocab)))
                ri.append(r)
        rows_ix, cols = np.array(ri), np.array(ci)
        y = np.array([lab for _, lab in rows], dtype=float)
        n, w = len(rows), np.zeros(len(vocab))
        m1, m2 = np.zeros_like(w), np.zeros_like(w)
        for step in range(1, STEPS + 1):
            z = np.bincount(rows_ix, weights=w[cols], minlength=n)
            g = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) - y
            grad = np.bincount(cols, weights=g[rows_ix], minlength=len(vocab)) / n + L2 * w
            m1 = 0.9 * m1 + 0.1 * grad
            m2 = 0.999 * m2 + 0.001 * grad * grad
            w -= RATE * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
        out[pair_type] = {f: float(w[i]) for f, i in vocab.items()}
    return out


def _examples(docs: Iterable[Parsed]) -> list[tuple[str, tuple[str, ...], int]]:
    return [(c.pair_type, c.features, y)
            for p in docs for c, y in zip(p.candidates, p.labels, strict=True)]


def _oof(docs: Sequence[Parsed], folds: int) -> list[tuple[str, float, int, bool]]:
    """Out-of-fold (pair type, probability, label, found by rules) over ``docs``."""
    out = []
    for k in range(folds):
        train_docs = [p for i, p in enumerate(docs) if i % folds != k]
        model = RelationModel(train(_examples(train_docs)), {})
        for i, p in enumerate(docs):
            if i % folds == k:
                for c, y in zip(p.candidates, p.labels, strict=True):
                    out.append((c.pair_type, model.probability(c.pair_type, c.features), y,
                                c.by_rules))
    return out


def choose_thresholds(scored: Sequence[tuple[str, float, int, bool]]) -> dict[str, float]:
    """Per pair type, the threshold that maximises candidate-level F1 of rules + additions,
    among those whose additions are at least `MIN_ADDED_PRECISION` right and hold at least
    `MIN_ADDED_HITS` true pairs; where none qualifies, `NEVER` (the type adds nothing)."""
    out = {}
    for pt in PAIR_TYPES:
        rows = [r for r in scored if r[0] == pt.name]
        gold = sum(y for _, _, y, _ in rows)
        rule_tp = sum(1 for _, _, y, r in rows if r and y)
        rule_n = sum(1 for _, _, _, r in rows if r)
        best = (2 * rule_tp / (rule_n + gold) if gold else 0.0, NEVER)  # adding nothing
        for t in THRESHOLDS:
            add = [y for _, p, y, r in rows if not r and p >= t]
            if sum(add) < MIN_ADDED_HITS or sum(add) < MIN_ADDED_PRECISION * len(add):
                continue
            f1 = 2 * (rule_tp + sum(add)) / (rule_n + len(add) + gold)
            if f1 > best[0] + 1e-9:
                best = (f1, t)
        out[pt.name] = best[1]
    return out


def fit(docs: Sequence[Parsed], inner: int = 4) -> RelationModel:
    """Weights from all of ``docs``; thresholds from an inner CV over them."""
    return RelationModel(train(_examples(docs)), choose_thresholds(_oof(docs, inner)))


# --------------------------------------------------------------------------- evaluation


def score(docs: Sequence[Parsed], extra: Mapping[str, Sequence[RelationMention]] | None = None,
          instead: Mapping[str, Sequence[RelationMention]] | None = None) -> EvalReport:
    """kg's strict evaluator over ``docs``: rules only, or rules plus ``extra`` per document,
    or ``instead`` of the rules' relation mentions."""
    from kg.extract.gazetteer import default_gazetteer, default_relation_rules
    from kg.graph.resolve import Resolver

    resolver = Resolver(default_gazetteer())
    for p in docs:
        ex = p.extraction
        more = tuple((extra or {}).get(p.name, ()))
        rels = tuple(instead[p.name]) if instead is not None else ex.relations
        resolver.add(replace(ex, relations=rels + more))
    relations = resolver.finish(default_relation_rules())
    result = SimpleNamespace(documents=[p.extraction.doc for p in docs],
                             entities=resolver.entities, relations=relations, model="")
    return evaluate(result, {p.name: p.gold for p in docs}, strict=True)


def _fixed(model: RelationModel, threshold: float) -> RelationModel:
    return RelationModel(model.weights, {pt.name: threshold for pt in PAIR_TYPES})


def _oracle(p: Parsed) -> list[RelationMention]:
    """Every true candidate pair the rules missed: what a perfect classifier could add."""
    return accepted([c for c, y in zip(p.candidates, p.labels, strict=True) if y],
                    RelationModel({}, {pt.name: -1.0 for pt in PAIR_TYPES}))


def compare(test: Sequence[Parsed], models: Mapping[str, RelationModel],
            fixed: Sequence[float]) -> dict[str, EvalReport]:
    """Strict reports over ``test``: rules only, rules + each document's model (its chosen
    thresholds, then each of ``fixed``), and the oracle ceiling."""
    out = {"rules only": score(test)}
    out["rules + learned (chosen thresholds)"] = score(
        test, {p.name: accepted(p.candidates, models[p.name]) for p in test})
    for t in fixed:
        out[f"rules + learned (all thresholds {t:g})"] = score(
            test, {p.name: accepted(p.candidates, _fixed(models[p.name], t)) for p in test})
    out["rules + oracle (ceiling)"] = score(test, {p.name: _oracle(p) for p in test})
    return out


def cross_validate(dev: Sequence[Parsed], seeds: Sequence[Parsed], folds: int
                   ) -> dict[str, RelationModel]:
    """Document-level k-fold CV on ``dev`` (``seeds`` always train): each dev document's model,
    trained without its fold."""
    models = {}
    for k in range(folds):
        model = fit([p for i, p in enumerate(dev) if i % folds != k] + list(seeds))
        print(f"fold {k}: thresholds {model.thresholds}", file=sys.stderr)
        models.update({p.name: model for i, p in enumerate(dev) if i % folds == k})
    return models


def format_pairs(reports: Mapping[str, EvalReport]) -> str:
    """A Markdown table of strict pair P / R / F1 (and tp / fp) per relation, per report."""
    lines = ["| | " + " | ".join([*RELATIONS, "all"]) + " |",
             "|---|" + "---:|" * (len(RELATIONS) + 1)]
    for name, r in reports.items():
        cells = [*(r.relations[rel] for rel in RELATIONS), r.relation_total]
        lines.append(f"| {name} | " + " | ".join(
            f"{s.precision:.3f} / {s.recall:.3f} / **{s.f1:.3f}** ({s.tp}/{s.fp})"
            for s in cells) + " |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- precision filter

# 0: drop nothing. The rules' pairs are ~95 % right on dev, so a pair's probability is rarely
# low: the grid runs up to .95.
FILTER_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
FILTER_FOLDS = 5


def _filter_examples(docs: Iterable[Parsed]) -> list[tuple[str, tuple[str, ...], int]]:
    return [(c.pair_type, c.features, y)
            for p in docs for c, y in zip(p.rule_pairs, p.rule_labels, strict=True)]


def _filter_oof(docs: Sequence[Parsed], folds: int) -> dict[str, list[float]]:
    """Out-of-fold probability of each document's rule pairs (document-level folds)."""
    out: dict[str, list[float]] = {}
    for k in range(folds):
        model = RelationModel(train(_filter_examples(
            p for i, p in enumerate(docs) if i % folds != k)), {})
        for i, p in enumerate(docs):
            if i % folds == k:
                out[p.name] = [model.probability(c.pair_type, c.features) for c in p.rule_pairs]
    return out


def _probabilities(docs: Sequence[Parsed], model: RelationModel) -> dict[str, list[float]]:
    return {p.name: [model.probability(c.pair_type, c.features) for c in p.rule_pairs]
            for p in docs}


def _kept(docs: Sequence[Parsed], probs: Mapping[str, Sequence[float]],
          thresholds: Mapping[str, float]) -> dict[str, list[RelationMention]]:
    """Each document's relation mentions without the pairs below their relation's threshold."""
    out = {}
    for p in docs:
        low = {id(c) for c, pr in zip(p.rule_pairs, probs[p.name], strict=True)
               if pr < thresholds.get(c.pair_type.split(":")[0], 0.0)}
        out[p.name] = filtered(p.extraction.relations, p.rule_pairs,
                               lambda c, low=low: id(c) in low)
    return out


def choose_filter_thresholds(docs: Sequence[Parsed], probs: Mapping[str, Sequence[float]]
                             ) -> dict[str, float]:
    """Per relation, the threshold of `FILTER_GRID` whose filtered pairs score the best strict
    F1 on ``docs`` (by out-of-fold ``probs``); ties keep the lower one (0: drop nothing)."""
    best = {rel: (-1.0, 0.0) for rel in FILTER_TYPES}
    for t in FILTER_GRID:
        report = score(docs, instead=_kept(docs, probs, dict.fromkeys(FILTER_TYPES, t)))
        for rel in FILTER_TYPES:
            f1 = report.relations[rel].f1
            print(f"inner CV: {rel} threshold {t:g}: F1 {f1:.4f} "
                  f"({report.relations[rel].tp}/{report.relations[rel].fp}/"
                  f"{report.relations[rel].fn})", file=sys.stderr)
            if f1 > best[rel][0] + 1e-9:
                best[rel] = (f1, t)
    return {rel: t for rel, (_, t) in best.items()}


def ranking(docs: Sequence[Parsed], probs: Mapping[str, Sequence[float]]) -> str:
    """Per pair type: rule pairs, false ones, and how well ``probs`` rank the false ones first
    (AUC: the chance a random false pair scores below a random true one), plus the pairs
    below .5 / .8 / .9 (false among them)."""
    rows: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for p in docs:
        for c, y, pr in zip(p.rule_pairs, p.rule_labels, probs[p.name], strict=True):
            rows[c.pair_type].append((pr, y))
    lines = []
    for pt, r in sorted(rows.items()):
        neg = sorted(pr for pr, y in r if not y)
        pos = sorted(pr for pr, y in r if y)
        wins = sum(sum(1 for q in pos if q > n) + 0.5 * sum(1 for q in pos if q == n)
                   for n in neg)
        auc = wins / (len(neg) * len(pos)) if neg and pos else float("nan")
        below = "; ".join(f"< {t:g}: {sum(1 for pr, _ in r if pr < t)} "
                          f"({sum(1 for pr, y in r if pr < t and not y)} false)"
                          for t in (0.5, 0.8, 0.9))
        lines.append(f"{pt}: {len(r)} pairs, {len(neg)} false, AUC {auc:.3f}; {below}")
    return "\n".join(lines)


def fit_filter(docs: Sequence[Parsed], folds: int = FILTER_FOLDS) -> RelationModel:
    """Filter weights from all of ``docs`` (per pair type); thresholds (per relation) from an
    inner CV over them."""
    oof = _filter_oof(docs, folds)
    print("inner CV, out-of-fold ranking of the rule pairs:\n" + ranking(docs, oof),
          file=sys.stderr)
    return RelationModel(train(_filter_examples(docs)), choose_filter_thresholds(docs, oof))


def compare_filter(test: Sequence[Parsed], model: RelationModel, fixed: Sequence[float]
                   ) -> dict[str, EvalReport]:
    """Strict reports over ``test``: rules only, rules + the filter (its thresholds, then
    each of ``fixed`` for every relation), and dropping every false rule pair (ceiling)."""
    probs = _probabilities(test, model)
    chosen = ", ".join(f"{k} {v:g}" for k, v in sorted(model.thresholds.items()))
    out = {"rules only": score(test),
           f"rules + filter ({chosen})": score(test, instead=_kept(test, probs,
                                                                    model.thresholds))}
    for t in fixed:
        out[f"rules + filter (every threshold {t:g})"] = score(
            test, instead=_kept(test, probs, dict.fromkeys(FILTER_TYPES, t)))
    truth = {p.name: [float(y) for y in p.rule_labels] for p in test}
    out["drop every rule pair not in the gold (ceiling)"] = score(
        test, instead=_kept(test, truth, dict.fromkeys(FILTER_TYPES, 0.5)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.extract.train_relations",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="report a K-fold document-level cross-validation on the dev split")
    ap.add_argument("--test", type=Path, default=None, metavar="FOLDER",
                    help="train on dev + seeds, report on FOLDER's articles and gold")
    ap.add_argument("--fixed", default="0.5,0.7,0.8", metavar="T,…",
                    help="also report these thresholds for every pair type (default: "
                         "0.5,0.7,0.8)")
    ap.add_argument("--train-docs", default=None, metavar="RANGE",
                    help="train (and cross-validate) on these dev documents only, e.g. "
                         "d01-d145 or d01-d145+d166-d306 (default: all of dev); the seed gold "
                         "always trains")
    ap.add_argument("--test-docs", default=None, metavar="RANGE",
                    help="score only these documents of --test's folder, e.g. d146-d165")
    ap.add_argument("--out", type=Path, default=None, metavar="FILE",
                    help="write the model trained on dev + seeds to FILE (JSON)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: kg's default)")
    ap.add_argument("--filter", action="store_true",
                    help="the precision filter instead: score the rules' own pairs and drop the "
                         "unlikely ones (trained on dev only)")
    args = ap.parse_args(argv)
    fixed = [float(t) for t in args.fixed.split(",") if t.strip()]
    try:
        train_keep = doc_range(args.train_docs) if args.train_docs else None
        test_keep = doc_range(args.test_docs) if args.test_docs else None
    except ValueError as e:
        ap.error(str(e))
    if args.test and (ROOT / CORPORA[0][0]).resolve() == args.test.resolve() and (
            test_keep is None or train_keep is None):
        ap.error("--test names the dev folder: give --train-docs and --test-docs (disjoint)")
    if args.filter:
        return _main_filter(args, train_keep, test_keep, fixed)
    docs = parse_corpora([(ROOT / a, ROOT / b) for a, b in CORPORA], args.model,
                         lambda stem: not stem.startswith("d") or train_keep is None
                         or train_keep(stem))
    dev = [p for p in docs if p.name.startswith("d")]
    seeds = [p for p in docs if not p.name.startswith("d")]
    if args.cv:
        models = cross_validate(dev, seeds, args.cv)
        print(f"## {args.cv}-fold document-level CV on dev ({len(dev)} documents), strict pairs "
              "P / R / F1 (tp/fp)\n")
        print(format_pairs(compare(dev, models, fixed)))
    if args.test or args.out:
        final = fit(docs)
        print(f"final model: thresholds {final.thresholds}", file=sys.stderr)
        if args.out:
            args.out.write_text(final.to_json(), encoding="utf-8")
        if args.test:
            test = _test_docs(args, test_keep, dev, ap.error)
            print(f"## {args.test} ({len(test)} documents), model trained on dev + seeds, "
                  "strict pairs P / R / F1 (tp/fp)\n")
            print(format_pairs(compare(test, {p.name: final for p in test}, fixed)))
    return 0


def _test_docs(args: argparse.Namespace, test_keep: Callable[[str], bool] | None,
               trained: Sequence[Parsed], fail: Callable[[str], NoReturn]) -> list[Parsed]:
    """The ``--test`` documents, parsed; ``fail`` is called when one of them was trained on."""
    test = parse_corpora([(args.test, args.test)], args.model, test_keep)
    if {p.name for p in test} & {p.name for p in trained}:
        fail("--test-docs and --train-docs overlap: a model is not scored on documents it was "
             "trained on")
    return test


def _exit(message: str) -> NoReturn:
    raise SystemExit(message)


def _main_filter(args: argparse.Namespace, train_keep: Callable[[str], bool] | None,
                 test_keep: Callable[[str], bool] | None, fixed: Sequence[float]) -> int:
    """``--filter``: train the precision filter on dev, write it and / or score ``--test``."""
    dev = parse_corpora([(ROOT / CORPORA[0][0], ROOT / CORPORA[0][1])], args.model, train_keep)
    label_rule_pairs(dev)
    model = fit_filter(dev)
    print(f"filter: thresholds {model.thresholds}", file=sys.stderr)
    if args.out:
        args.out.write_text(model.to_json(), encoding="utf-8")
    if args.test:
        test = _test_docs(args, test_keep, dev, _exit)
        label_rule_pairs(test)
        print(f"## {args.test} ({len(test)} documents), filter trained on {len(dev)} dev "
              "documents, strict pairs P / R / F1 (tp/fp)\n")
        print(format_pairs(compare_filter(test, model, fixed)))
        print("Ranking of the test documents' rule pairs by the filter:\n\n"
              + ranking(test, _probabilities(test, model)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
