"""A learned relation classifier over candidate pairs: the experiment of issue 12.

Candidates are pairs of entity mentions in one sentence whose classes fit a relation's roles
(`PAIR_TYPES`); each is described by sparse string features (`pair_features`: the dependency
path between the two heads, the words between them, the verbs governing them, trigger-word
kinds, negation and modal markers, whether the rules found that relation in the sentence) and
scored by one logistic regression per pair type (`RelationModel`, plain Python, JSON weights).
`accepted` turns the pairs above their type's threshold that the rules did not state into
`RelationMention`s with the sentence as evidence.

The other direction (stop 40): `rule_pairs` describes each (subject, object) pair of the
supplies / deploys / signed mentions the rules produced (`pair_features` plus how the rule
fired), and `filtered` drops the pairs a model rejects.

Not part of ``kg build``: trained and measured by ``python -m kg.extract.train_relations``
(``--filter`` for the precision filter); neither beat the rules on documents it was not trained
on (README, "Learned relations").
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.model import Mention, RelationMention, Span

ACTORS = frozenset({"Country", "Agency", "Company", "Person"})


@dataclass(frozen=True)
class PairType:
    """One binary pair of the evaluator's graph model: relation, subject role, object role."""

    name: str
    relation: str
    subject_role: str
    object_role: str
    subject_classes: frozenset[str]
    object_classes: frozenset[str]


PAIR_TYPES: tuple[PairType, ...] = (
    PairType("supplies:recipient", "supplies", "supplier", "recipient", ACTORS, ACTORS),
    PairType("supplies:item", "supplies", "supplier", "item", ACTORS, frozenset({"Weapon"})),
    PairType("deploys:destination", "deploys", "deployer", "destination", ACTORS,
             frozenset({"Country", "Region"})),
    PairType("signed:agreement", "signed", "party", "agreement", ACTORS,
             frozenset({"Agreement"})),
)
# Words that make a stated relation not hold, or not yet: the model sees them as features.
NEGATIONS = frozenset({"not", "no", "never", "n't", "neither", "nor", "without"})
MODALS = frozenset({"would", "could", "may", "might", "will", "should", "shall", "can",
                    "must"})
MAX_BETWEEN = 12  # the words between two heads are features only when this close
MAX_PATH = 7  # longer dependency paths are described by their ends only


def identity(m: Mention) -> str:
    """What two mentions of one entity share: the canonical key, else the lemma."""
    return m.key or m.lemma or m.span.text


@dataclass(frozen=True)
class Candidate:
    """One candidate pair in one sentence, with its features."""

    pair_type: str
    subject: Mention
    object: Mention
    sentence: Span
    trigger: str  # the token joining the two heads (their lowest common ancestor)
    features: tuple[str, ...]
    by_rules: bool  # the rules already state this pair in this sentence


def _path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]]:
    """(a → up to the common ancestor, the ancestor, ancestor → down to b), ends excluded."""
    up_a = [a, *a.ancestors]
    ids = {t.i: k for k, t in enumerate(up_a)}
    down: list[Token] = []
    t = b
    while t.i not in ids:
        down.append(t)
        if t.head.i == t.i:  # different roots (cannot happen within one sentence's tree)
            return up_a[1:], up_a[-1], list(reversed(down[1:]))
        t = t.head
    lca = t
    return up_a[1:ids[lca.i]], lca, list(reversed(down[1:]))


def _markers(tok: Token) -> Iterator[str]:
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or low in NEGATIONS:
            yield "neg"
        elif c.dep_ == "aux" and low in MODALS:
            yield f"modal={low}"


def pair_features(a: Token, b: Token, a_cls: str, b_cls: str, sent: SpacySpan,
                  between_classes: Sequence[str] = (),
                  triggers: Mapping[str, frozenset[str]] | None = None) -> list[str]:
    """Sparse features of the pair whose heads are ``a`` (subject side) and ``b`` (object);
    ``triggers`` (relation → trigger lemmas, from relations.yaml) name the word kinds."""
    up, lca, down = _path(a, b)
    triggers = triggers or {}
    order = "ab" if a.i < b.i else "ba"
    f = ["bias", f"cls={a_cls}>{b_cls}", f"order={order}"]
    gap = abs(a.i - b.i)
    f.append(f"dist={min(gap, 10) if gap < 10 else '10+'}")
    deps = [f"{t.dep_}^" for t in [a, *up]] + [f"{t.dep_}v" for t in [*down, b]]
    if len(deps) <= MAX_PATH:
        f.append("path=" + "|".join(deps))
        f.append(f"lpath={lca.lemma_.lower()}|" + "|".join(deps))
    f.append(f"lca={lca.lemma_.lower()}")
    f.append(f"lcapos={lca.pos_}")
    f.append(f"da={a.dep_}")
    f.append(f"db={b.dep_}")
    f.append(f"da_lca={a.dep_}|{lca.lemma_.lower()}" if a.head.i == lca.i else "da_far")
    bprep = b.head.lower_ if b.head.pos_ == "ADP" else "-"
    lemma = lca.lemma_.lower()
    f.append(f"frame={a.dep_}|{lemma}|{b.dep_}|{bprep}")
    kinds = [r for r, words in triggers.items() if lemma in words]
    for r in kinds:
        f.append(f"lca_trig={r}")
        f.append(f"frame_trig={a.dep_}|{r}|{b.dep_}|{bprep}")
    for t in [*up, *down]:
        for r, words in triggers.items():
            if t.lemma_.lower() in words:
                f.append(f"path_trig={r}")
        f.append(f"pw={t.lemma_.lower()}")
        if t.pos_ in ("VERB", "NOUN"):
            f.append(f"pv={t.lemma_.lower()}")
    if b.head.pos_ == "ADP":
        f.append(f"bprep={b.head.lower_}")
        f.append(f"bprep={b.head.lower_}|{b.head.head.lemma_.lower()}")
    if a.head.pos_ == "ADP":
        f.append(f"aprep={a.head.lower_}")
    for tok in (lca, *up, *down):
        if tok.pos_ in ("VERB", "AUX"):
            f.extend(_markers(tok))
    if gap <= MAX_BETWEEN:
        lo, hi = sorted((a.i, b.i))
        for t in sent.doc[lo + 1:hi]:
            if not t.is_punct:
                f.append(f"bw={t.lemma_.lower()}")
    else:
        f.append("bw=far")
    for cls in between_classes:
        f.append(f"between_cls={cls}")
    return f


def _spans(doc: Doc, mentions: Iterable[Mention], offset: int
           ) -> list[tuple[Mention, SpacySpan]]:
    out = []
    for m in mentions:
        span = doc.char_span(m.span.start - offset, m.span.end - offset,
                             alignment_mode="expand")
        if span is not None and len(span):
            out.append((m, span))
    return out


def candidates(doc: Doc, mentions: Iterable[Mention], rules_found: Iterable[RelationMention],
               offset: int = 0, triggers: Mapping[str, frozenset[str]] | None = None
               ) -> list[Candidate]:
    """Every candidate pair of ``doc`` (a parsed chunk at ``offset``), with its features."""
    spans = _spans(doc, mentions, offset)
    by_sentence: dict[int, list[tuple[Mention, SpacySpan]]] = {}
    for m, span in spans:
        by_sentence.setdefault(span.root.sent.start, []).append((m, span))
    stated: dict[int, set[tuple[str, str, str]]] = {}  # sentence start char → rule pairs
    for rel in rules_found:
        roles = dict(rel.roles)
        for pt in PAIR_TYPES:
            if pt.relation != rel.relation:
                continue
            for s in roles.get(pt.subject_role, ()):
                for o in roles.get(pt.object_role, ()):
                    stated.setdefault(rel.sentence.start, set()).add(
                        (pt.name, identity(s), identity(o)))
    out: list[Candidate] = []
    for sent in doc.sents:
        here = by_sentence.get(sent.start, [])
        if len(here) < 2:
            continue
        start = offset + sent.start_char
        found = stated.get(start, set())
        evidence = Span(here[0][0].span.doc_id, start, offset + sent.end_char, sent.text)
        for pt in PAIR_TYPES:
            rule_subjects = {s for name, s, _ in found if name == pt.name}
            for ma, sa in here:
                if ma.cls not in pt.subject_classes:
                    continue
                for mb, sb in here:
                    if mb.cls not in pt.object_classes or identity(ma) == identity(mb) \
                            or sa.start < sb.end and sb.start < sa.end:
                        continue
                    a, b = sa.root, sb.root
                    lo, hi = sorted((sa.start, sb.start))
                    between = [m.cls for m, s in here if lo < s.start < hi]
                    feats = pair_features(a, b, ma.cls, mb.cls, sent, between, triggers)
                    key = (pt.name, identity(ma), identity(mb))
                    by_rules = key in found  # such a pair is never added: not a feature
                    feats.append(f"rule_subject={identity(ma) in rule_subjects}")
                    feats.append(f"rule_any={bool(rule_subjects)}")
                    lca = _path(a, b)[1]
                    out.append(Candidate(pt.name, ma, mb, evidence, lca.text, tuple(feats),
                                         by_rules))
    return out


@dataclass(frozen=True)
class RelationModel:
    """Per pair type: feature weights and the probability a pair must pass to be added."""

    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float]

    def probability(self, pair_type: str, features: Iterable[str]) -> float:
        w = self.weights.get(pair_type, {})
        z = sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        data = {"format": 1, "thresholds": self.thresholds,
                "weights": {k: {f: round(v, 6) for f, v in sorted(w.items()) if abs(v) >= 1e-6}
                            for k, w in sorted(self.weights.items())}}
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RelationModel:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != 1:
            raise ValueError("not a kg relation model (format 1)")
        return cls({k: dict(v) for k, v in data["weights"].items()},
                   {k: float(v) for k, v in data["thresholds"].items()})


def accepted(found: Iterable[Candidate], model: RelationModel) -> list[RelationMention]:
    """Relation mentions for the candidates the model accepts and the rules did not state."""
    types = {pt.name: pt for pt in PAIR_TYPES}
    out = []
    for c in found:
        if c.by_rules or c.pair_type not in model.thresholds:
            continue
        if model.probability(c.pair_type, c.features) < model.thresholds[c.pair_type]:
            continue
        pt = types[c.pair_type]
        out.append(RelationMention(
            relation=pt.relation,
            roles=((pt.subject_role, (c.subject,)), (pt.object_role, (c.object,))),
            sentence=c.sentence, trigger=c.trigger, attrs=(("extractor", "learned"),)))
    return out


# --------------------------------------------------------------------------- precision filter
# The other direction (stop 40): score each pair the rules produced and drop the unlikely ones.

# pair type of a rule pair: relation and object role (the subject role is the relation's one)
FILTER_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "supplies": ("supplier", ("recipient", "item")),
    "deploys": ("deployer", ("destination",)),
    "signed": ("party", ("agreement",)),
}
# Dependencies that open another clause: an argument reached across one is less often the
# trigger's own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp",
                         "csubj", "pcomp"})
# relations.yaml word lists whose presence near the trigger says the event may not hold
NEAR_LISTS = ("negators", "modals", "hedge_adverbs", "hedging_heads", "planning_heads",
              "denying", "unrealised", "signing_not_done", "conditional_marks",
              "possibility_modals", "planning_nouns")
NEAR = 4  # tokens either side of the trigger


@dataclass(frozen=True)
class RulePair:
    """One (subject, object) pair of a relation mention the rules produced, with features."""

    pair_type: str  # "supplies:item", …
    index: int  # the relation mention's position among the document's
    subject: Mention
    object: Mention
    features: tuple[str, ...]


def _trigger_token(sent: SpacySpan, rel: RelationMention, heads: Sequence[Token]) -> Token | None:
    """The sentence's token written as the rule's trigger, the one nearest the arguments."""
    found = [t for t in sent if t.text == rel.trigger]
    if not found:
        return None
    return min(found, key=lambda t: sum(abs(t.i - h.i) for h in heads))


def _reach(trig: Token, arg: Token, tag: str) -> list[str]:
    """How the trigger reaches an argument: path length, labels, a clause crossed."""
    up, lca, down = _path(arg, trig)
    toks = [arg, *up, *down]
    deps = [t.dep_ for t in toks]
    f = [f"{tag}len={min(len(toks), 6)}", f"{tag}dep={arg.dep_}",
         f"{tag}lca_is_trig={lca.i == trig.i}"]
    if len(deps) <= 4:
        f.append(f"{tag}path=" + "|".join(deps))
    if any(d in CLAUSE_DEPS for d in deps[1:]):
        f.append(f"{tag}clause")
    if arg.head.pos_ == "ADP":
        f.append(f"{tag}prep={arg.head.lower_}")
    return f


def rule_pair_features(rel: RelationMention, s: Mention, o: Mention, sent: SpacySpan,
                       spans: Mapping[Span, SpacySpan], text: str, rules_words:
                       Mapping[str, frozenset[str]], triggers: Mapping[str, frozenset[str]]
                       ) -> list[str]:
    """Features of one rule pair: `pair_features` where both arguments are in the sentence,
    plus how the rule fired (trigger and its kind, paths, clauses crossed, coreference,
    headline, hedges / negation / modals near the trigger, sentence length, attributes)."""
    sa, so = spans.get(s.span), spans.get(o.span)
    in_a = sa is not None and sent.start <= sa.start < sent.end
    in_b = so is not None and sent.start <= so.start < sent.end
    heads = [x.root for x, inside in ((sa, in_a), (so, in_b)) if inside and x is not None]
    trig = _trigger_token(sent, rel, heads)
    f = ["bias", f"cls={s.cls}>{o.cls}", f"S_coref={not in_a}", f"O_coref={not in_b}",
         f"slen={min(len(sent) // 10, 6)}", f"S_known={s.key is not None}",
         f"O_known={o.key is not None}", f"S_title={s.title is not None}"]
    first_line = text.find("\n")
    if rel.sentence.start < (first_line if first_line >= 0 else len(text)):
        f.append("headline")
    if not rel.sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        f.append("no_final_stop")
    roles = dict(rel.roles)
    subj_role, obj_roles = FILTER_TYPES[rel.relation]
    f.append(f"nsubj={min(len(roles.get(subj_role, ())), 3)}")
    f.append(f"nobj={min(sum(len(roles.get(r, ())) for r in obj_roles), 4)}")
    for k, v in rel.attrs:
        f.append(f"attr={k}" if k in ("date", "force") else f"attr={k}={v}")
    if trig is None:
        f.append("trig=?")
    else:
        lemma = trig.lemma_.lower()
        kinds = [r for r, words in triggers.items() if lemma in words]
        f += [f"trig={lemma}", f"trigpos={trig.pos_}", f"trigdep={trig.dep_}",
              f"trig_own={rel.relation in kinds}", *(f"trigkind={k}" for k in kinds)]
        window = sent.doc[max(sent.start, trig.i - NEAR):min(sent.end, trig.i + NEAR + 1)]
        near = {t.lemma_.lower() for t in window if t.i != trig.i}
        near |= {t.lemma_.lower() for t in [*trig.children, trig.head] if t.i != trig.i}
        for name in NEAR_LISTS:
            if near & rules_words.get(name, frozenset()):
                f.append(f"near_{name}")
        if near & NEGATIONS:
            f.append("near_neg")
        f += _markers(trig)
        if in_a and sa is not None:
            f += _reach(trig, sa.root, "S")
        if in_b and so is not None:
            f += _reach(trig, so.root, "O")
    if in_a and in_b and sa is not None and so is not None:
        f += ["p:" + x for x in pair_features(sa.root, so.root, s.cls, o.cls, sent, (),
                                                triggers)]
    return f


def rule_pairs(doc: Doc, mentions: Iterable[Mention], rels: Sequence[RelationMention],
               first: int, text: str, offset: int = 0,
               rules_words: Mapping[str, frozenset[str]] | None = None,
               triggers: Mapping[str, frozenset[str]] | None = None) -> list[RulePair]:
    """Every (subject, object) pair of the rules' supplies / deploys / signed mentions ``rels``
    of ``doc`` (a parsed chunk at ``offset`` of ``text``; ``first`` is the index of ``rels[0]``
    among the document's relation mentions), with its features."""
    spans = {m.span: sp for m, sp in _spans(doc, mentions, offset)}
    out = []
    for k, rel in enumerate(rels):
        if rel.relation not in FILTER_TYPES:
            continue
        sent_span = doc.char_span(rel.sentence.start - offset, rel.sentence.end - offset,
                                  alignment_mode="expand")
        if sent_span is None:
            continue
        roles = dict(rel.roles)
        subj_role, obj_roles = FILTER_TYPES[rel.relation]
        for s in roles.get(subj_role, ()):
            for r in obj_roles:
                for o in roles.get(r, ()):
                    feats = rule_pair_features(rel, s, o, sent_span, spans, text,
                                               rules_words or {}, triggers or {})
                    out.append(RulePair(f"{rel.relation}:{r}", first + k, s, o, tuple(feats)))
    return out


def filtered(rels: Sequence[RelationMention], pairs: Iterable[RulePair],
             drop: Callable[[RulePair], bool]) -> list[RelationMention]:
    """``rels`` without the pairs ``drop`` rejects: an argument all of whose pairs are dropped
    leaves its role, and a mention left without pairs is dropped."""
    kept: dict[int, set[tuple[int, int]]] = {}  # mention index → (subject, object) starts
    scored: dict[int, set[tuple[int, int]]] = {}
    for p in pairs:
        key = (p.subject.span.start, p.object.span.start)
        scored.setdefault(p.index, set()).add(key)
        if not drop(p):
            kept.setdefault(p.index, set()).add(key)
    out = []
    for i, rel in enumerate(rels):
        if i not in scored:
            out.append(rel)
            continue
        here = kept.get(i, set())
        if not here:
            continue
        subj_role, obj_roles = FILTER_TYPES[rel.relation]
        subjects = {s for s, _ in here}
        objects = {o for _, o in here}
        roles = []
        for name, ms in rel.roles:
            if name == subj_role:
                ms = tuple(m for m in ms if m.span.start in subjects)
            elif name in obj_roles:
                ms = tuple(m for m in ms if m.span.start in objects)
            if ms:
                roles.append((name, ms))
        out.append(RelationMention(rel.relation, tuple(roles), rel.sentence, rel.trigger,
                                   rel.attrs, rel.figures))
    return out
