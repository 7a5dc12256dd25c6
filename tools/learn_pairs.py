"""Stop 55 experiment (h-learn1): can a learned pair classifier add the supplies / deploys /
signed pairs kg's rules miss, at a precision worth adding? Batch-wise CV over readable dev only.

    python tools/learn_pairs.py parse --out /tmp/learn.pkl     # parse the 889 readable articles
    python tools/learn_pairs.py cv --data /tmp/learn.pkl       # 5-fold batch CV, net effect

Candidates, features and labels are `kg.extract.learned` / `kg.extract.train_relations`'s (every
pair of kg's mentions in one sentence whose classes fit a pair type; a candidate is positive when
an asserted gold relation of that sentence names both). Folds are whole batches of twenty
(d01–d25, d26–d45, …, d126–d145, d166–d185, …, d746–d764, d765–d784, …, d905–d924: 45
batches, batch k in fold k mod 5).
Each held-out document's candidates are scored by a model trained on the other four folds; the
candidates the rules did not state whose probability passes a threshold are added to the rules'
relation mentions, and kg's strict evaluator (resolver + `kg eval` matching, all 889 documents
resolved together) scores rules-only against rules + additions. The hidden files (d146–d165,
d925+, the frozen-event files) are never opened: documents are selected by number.

Needs scikit-learn (installed into the shared venv for this experiment: 1.9.1 from PyPI, ~1 min;
not a kg dependency). `parse` took 480 s (one process, 2 shared cores); `cv` ~25 min.
Variants: ``kg`` (kg's own logistic regression, all candidates: the learner of stops 18–41),
``lr-missed`` (scikit-learn LogisticRegression trained on the candidates the rules did not
state), ``lr-novel`` (only candidates whose pair the rules state nowhere in the document),
``lr-novel-ids`` (that plus the entities' identities), ``rf-novel`` (a random forest).

Figures at 1d70d921 (stop 55), readable dev, 889 articles, 137,837 candidates:
rules only (identical to `tools/gates.py readable`): supplies 2155/151/398, deploys 770/44/123,
signed 1475/47/206 (tp/fp/fn). Ceiling, every true candidate the rules missed added: supplies
+205 tp +4 fp, deploys +52/+1, signed +45/+0 (pairs F1 .9292 -> .9446); the rest of the misses
are not candidates (an entity or its mention is missing, or the pair crosses sentences).
Net effect of the out-of-fold additions (tp / fp gained, pairs):

    variant       >= .5                                  >= .7                  >= .8 / .9
    kg            sup +21/+331 dep +5/+70 sig +0/+48     sup +8/+75 dep +2/+6   sup +6/+34 .. +0/+8
                                                         sig +0/+35             sig +0/+21 .. +0/+6
    lr-missed     sup +5/+13  dep +1/+4  sig +0/+0       sup +1/+4 dep +0/+1    sup +0/+3 .. nothing
    lr-novel      sup +2/+8   dep +1/+1  sig +0/+0       sup +0/+5              sup +0/+2 .. nothing
    lr-novel-ids  sup +0/+8                              nothing                nothing
    (lr-missed at .3: sup +10/+65 dep +2/+14 sig +2/+10; every row lowers pairs F1 but
    lr-novel's deploys at .5, .9022 -> .9023)

Out-of-fold average precision of the true pairs among the non-rule candidates (lr-missed):
supplies:recipient .056, supplies:item .121, deploys .037, signed .283 (base rates .005, .013,
.003, .026). No variant and no threshold adds pairs at the .85 precision asked for.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "dev"
FROZEN_EVENTS = frozenset({307, 308, 310, 312, 313, 314, 315, 316, 317, 318, 326, 333, 495, 655,
                           680})
LAST_READABLE = 924
FOLDS = 5


def number(stem: str) -> int:
    return int(re.match(r"d(\d+)", stem).group(1))


def readable(stem: str) -> bool:
    """Readable dev by number only (no hidden file is ever opened)."""
    m = re.match(r"d(\d+)_", stem)
    if m is None:
        return False
    n = int(m.group(1))
    return (n < 146 or 165 < n <= LAST_READABLE) and n not in FROZEN_EVENTS


def batch(n: int) -> int:
    """The batch of twenty (the rule of two's): d01–d25 is 0, d26–d45 … d126–d145 are 1–6,
    d166–d185 … d726–d745 are 7–35, d746–d764 (nineteen) is 36, d765–d784 … d905–d924 are
    37–44."""
    if n <= 25:
        return 0
    if n <= 145:
        return 1 + (n - 26) // 20
    if n <= 764:
        return 7 + (n - 166) // 20
    return 37 + (n - 765) // 20


def parse(out: Path) -> None:
    """Parse every readable dev article with kg's pipeline; keep candidates, labels, extraction
    and gold (the spaCy parses are dropped after featurising)."""
    from kg.evaluate import read_gold_file
    from kg.extract.runner import Extractor
    from kg.extract.train_relations import parse_one
    from kg.inputs.ingest import iter_documents

    stems = sorted({p.stem for p in DEV.glob("d*.txt") if readable(p.stem)}, key=number)
    ex = Extractor.load(None)
    docs = []
    t0 = time.time()
    paths = [DEV / f"{s}.txt" for s in stems]
    for k, doc in enumerate(iter_documents(paths, on_skip=lambda s: None)):
        stem = Path(doc.name).stem
        p = parse_one(ex, doc, read_gold_file(DEV / f"{stem}.jsonl"))
        p.chunks = []
        p.rule_pairs = []
        docs.append(p)
        if k % 50 == 0:
            print(f"{k} {stem} {time.time() - t0:.0f}s", file=sys.stderr)
    out.write_bytes(pickle.dumps(docs))
    print(f"parsed {len(docs)} documents in {time.time() - t0:.0f}s", file=sys.stderr)


# --------------------------------------------------------------------------- the experiment

THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
PAIR_TYPE_NAMES = ("supplies:recipient", "supplies:item", "deploys:destination",
                   "signed:agreement")


def _stated(p) -> set[tuple[str, str, str]]:
    """(pair type, subject, object) identities of every pair the rules state in the document."""
    from kg.extract.learned import PAIR_TYPES, identity

    out = set()
    for rel in p.extraction.relations:
        for pt in PAIR_TYPES:
            if pt.relation == rel.relation:
                out |= {(pt.name, identity(s), identity(o)) for s in rel.role(pt.subject_role)
                        for o in rel.role(pt.object_role)}
    return out


def _rows(docs):
    """(doc index, candidate index, pair type, features, label, by rules, fold, novel) per
    candidate; novel: the rules state that pair nowhere in the document (adding a pair the
    rules found in another sentence changes no pair score)."""
    from kg.extract.learned import identity

    out = []
    for i, p in enumerate(docs):
        fold = batch(number(p.name)) % FOLDS
        stated = _stated(p)
        for j, (c, y) in enumerate(zip(p.candidates, p.labels, strict=True)):
            novel = (c.pair_type, identity(c.subject), identity(c.object)) not in stated
            out.append((i, j, c.pair_type, c.features, y, c.by_rules, fold,
                        novel and not c.by_rules))
    return out


def _identity_features(c) -> tuple[str, ...]:
    """Which entities the pair joins (kg's key, else the lemma): a learner may know that the US
    supplies and Ukraine receives."""
    from kg.extract.learned import identity

    return (f"s={identity(c.subject)}", f"o={identity(c.object)}",
            f"so={identity(c.subject)}>{identity(c.object)}")


def oof_probabilities(docs, rows, variant: str) -> dict[tuple[int, int], float]:
    """Out-of-fold probability of every candidate the rules did not state, per variant:
    ``kg``: kg's own logistic regression (train_relations.train), all candidates;
    ``lr``: scikit-learn LogisticRegression, all candidates;
    ``lr-missed``: the same, trained only on candidates the rules did not state (the population
    it adds from); ``lr-missed-ids``: that plus the entities' identities."""
    import numpy as np
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    from kg.extract.train_relations import train

    out: dict[tuple[int, int], float] = {}
    for pt in PAIR_TYPE_NAMES:
        here = [r for r in rows if r[2] == pt]
        for k in range(FOLDS):
            tr = [r for r in here if r[6] != k]
            te = [r for r in here if r[6] == k and not r[5]]
            if variant.startswith("lr-missed"):
                tr = [r for r in tr if not r[5]]
            if "-novel" in variant:
                tr = [r for r in tr if r[7]]
                te = [r for r in te if r[7]]
            if not te:
                continue
            if variant == "kg":
                from kg.extract.learned import RelationModel

                model = RelationModel(train([(pt, r[3], r[4]) for r in tr]), {})
                for r in te:
                    out[(r[0], r[1])] = model.probability(pt, r[3])
                continue
            ids = variant.endswith("-ids")

            def feats(r, ids=ids):
                f = list(r[3])
                if ids:
                    f += _identity_features(docs[r[0]].candidates[r[1]])
                return f

            width = 2**18 if variant.startswith("rf") else 2**20
            hasher = FeatureHasher(n_features=width, input_type="string", alternate_sign=False)
            x_tr = hasher.transform(feats(r) for r in tr)
            y_tr = np.array([r[4] for r in tr])
            if y_tr.sum() == 0:
                for r in te:
                    out[(r[0], r[1])] = 0.0
                continue
            if variant.startswith("rf"):
                from sklearn.ensemble import RandomForestClassifier

                clf = RandomForestClassifier(n_estimators=150, min_samples_leaf=2,
                                             max_features="sqrt", n_jobs=1, random_state=0)
            else:
                clf = LogisticRegression(C=1.0, solver="liblinear", max_iter=1000)
            clf.fit(x_tr, y_tr)
            prob = clf.predict_proba(hasher.transform(feats(r) for r in te))[:, 1]
            for r, pr in zip(te, prob, strict=True):
                out[(r[0], r[1])] = float(pr)
        print(f"  {variant} {pt} done", file=sys.stderr)
    return out


def candidate_table(rows, probs) -> str:
    """Per pair type: candidates, stated by rules, positives, positives the rules missed, average
    precision of the missed ones among the non-rule candidates, and added true / added at each
    threshold (candidate level, out of fold)."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    lines = []
    for pt in PAIR_TYPE_NAMES:
        here = [r for r in rows if r[2] == pt]
        rest = [r for r in here if not r[5]]
        scored = [r for r in rest if (r[0], r[1]) in probs]
        ys = [r[4] for r in scored]
        ps = [probs[(r[0], r[1])] for r in scored]
        ap = average_precision_score(ys, ps) if sum(ys) else float("nan")
        auc = roc_auc_score(ys, ps) if 0 < sum(ys) < len(ys) else float("nan")
        at = "; ".join(f">={t:g}: {sum(1 for y, p in zip(ys, ps, strict=True) if p >= t and y)}"
                       f"/{sum(1 for p in ps if p >= t)}" for t in THRESHOLDS)
        novel = [r for r in rest if r[7] and (r[0], r[1]) in probs]
        ranked = sorted(((probs[(r[0], r[1])], r[4]) for r in novel), reverse=True)
        best = {}
        hits = 0
        for k, (_, y) in enumerate(ranked, 1):
            hits += y
            for bar in (0.85, 0.7):
                if hits >= bar * k and hits > best.get(bar, (0, 0))[0]:
                    best[bar] = (hits, k)
        most = "; ".join(f"P>={bar:g}: {best.get(bar, (0, 0))[0]}/{best.get(bar, (0, 0))[1]}"
                         for bar in (0.85, 0.7))
        lines.append(f"{pt}: {len(here)} candidates, {len(here) - len(rest)} stated by rules "
                     f"({sum(r[4] for r in here if r[5])} true), {len(rest)} not "
                     f"({sum(ys)} true; novel in the document {sum(1 for r in rest if r[7])}, "
                     f"{sum(r[4] for r in rest if r[7])} true); AP {ap:.3f} AUC {auc:.3f}; "
                     f"added true/added {at}; most novel true at a precision (threshold chosen "
                     f"on the held-out scores, optimistic) {most}")
    return "\n".join(lines)


def additions(docs, probs, threshold: float) -> dict[str, list]:
    """Relation mentions for the non-rule candidates at or above ``threshold``, per document."""
    from kg.extract.learned import PAIR_TYPES
    from kg.model import RelationMention

    types = {pt.name: pt for pt in PAIR_TYPES}
    out: dict[str, list] = defaultdict(list)
    for (i, j), pr in probs.items():
        if pr < threshold:
            continue
        p = docs[i]
        c = p.candidates[j]
        pt = types[c.pair_type]
        out[p.name].append(RelationMention(
            relation=pt.relation, roles=((pt.subject_role, (c.subject,)),
                                         (pt.object_role, (c.object,))),
            sentence=c.sentence, trigger=c.trigger, attrs=(("extractor", "learned"),)))
    return out


def _counts(report) -> str:
    return "  ".join(f"{rel} {s.tp}/{s.fp}/{s.fn}" for rel, s in report.relations.items()) + \
        f"  all {report.relation_total.tp}/{report.relation_total.fp}/{report.relation_total.fn}"


def net(base, report, label: str) -> str:
    """tp / fp gained per relation against rules only, and the added pairs' precision."""
    parts = []
    for rel in ("supplies", "deploys", "signed"):
        b, r = base.relations[rel], report.relations[rel]
        dtp, dfp = r.tp - b.tp, r.fp - b.fp
        prec = dtp / (dtp + dfp) if dtp + dfp > 0 else float("nan")
        parts.append(f"{rel} +{dtp} tp +{dfp} fp (P {prec:.2f}, F1 {b.f1:.4f}->{r.f1:.4f})")
    bt, rt = base.relation_total, report.relation_total
    return f"{label}: " + "; ".join(parts) + f"; all pairs F1 {bt.f1:.4f}->{rt.f1:.4f}"


def changed_docs(base, report) -> str:
    """The documents whose pairs change, with the pairs gained (+) and the false ones added."""
    def keyset(items):
        return {(i.document, i.relation, i.subject, i.object) for i in items}

    fixed = keyset(base.relation_misses) - keyset(report.relation_misses)
    broke = keyset(report.relation_false_positives) - keyset(base.relation_false_positives)
    lines = [f"  + {d[:5]} {rel} {s} -> {o}" for d, rel, s, o in sorted(fixed)]
    lines += [f"  - {d[:5]} {rel} {s} -> {o}" for d, rel, s, o in sorted(broke)]
    return "\n".join(lines)


def cv(data: Path, variants: Sequence[str], net_variants: Sequence[str], show: float,
       ceiling: bool = True) -> None:
    from kg.extract.train_relations import score

    docs = pickle.loads(data.read_bytes())
    rows = _rows(docs)
    print(f"{len(docs)} documents, {len(rows)} candidates")
    t = time.time()
    base = score(docs)
    print(f"rules only (strict, {time.time() - t:.0f}s): {_counts(base)}")
    if ceiling:
        oracle = {(r[0], r[1]): 1.0 for r in rows if r[4] and not r[5]}
        rep = score(docs, additions(docs, oracle, 0.5))
        print(net(base, rep, "ceiling (every true non-rule candidate added)"))
    for v in variants:
        probs = oof_probabilities(docs, rows, v)
        print(f"\n## {v}\n" + candidate_table(rows, probs))
        if v not in net_variants:
            continue
        for th in THRESHOLDS:
            rep = score(docs, additions(docs, probs, th))
            print(net(base, rep, f"{v} >= {th:g}"))
            if th == show:
                print(changed_docs(base, rep))
        sys.stdout.flush()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["parse", "cv"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--data", type=Path)
    ap.add_argument("--variants", default="kg,lr,lr-missed,lr-missed-ids")
    ap.add_argument("--net", default="kg,lr,lr-missed,lr-missed-ids",
                    help="variants whose net effect is scored with kg's evaluator")
    ap.add_argument("--no-ceiling", action="store_true")
    ap.add_argument("--show", type=float, default=0.9,
                    help="list the pairs gained and the false ones added at this threshold")
    a = ap.parse_args()
    if a.step == "parse":
        parse(a.out)
    else:
        cv(a.data, a.variants.split(","), a.net.split(","), a.show, not a.no_ceiling)
