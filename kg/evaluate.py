"""Measure a build against hand-made gold annotations: ``kg eval``.

The gold format is described in ``tests/gold/README.md``: one JSONL file per article, matched
to the built document by file stem, with ``entity`` and ``relation`` lines.

What is compared (sets, so a fact stated several times counts once per document):

- entities: (document, entity, class);
- relations: the binary pairs of the graph model, (document, relation, subject, object):
  supplier→recipient and supplier→each item, deployer→destination, each party→agreement, and
  for ``reports`` (document, claimant) with object ``None``;
- the same pairs once per sentence that states them (a system sentence matches a gold one when
  either contains the other), which also counts facts found in one sentence but not another.

A system entity is the gold entity whose canonical name or one of whose mentions equals its
key after `normalise_name`; this lets entities the gazetteer does not know ("Wagner Group")
match whatever surface form the system chose as key. Everything else is compared exactly.

``evaluate(..., strict=True)`` applies the stricter rules of issue 12 (see ``tests/gold/README.md``,
"What is scored"): a system node matches a gold entity of its own class by its key, label or
any alias; two nodes for one gold entity are one hit and one false positive (a split); so a
relation pair counts only when its arguments have the right class; and a ``reports`` claim
counts only when its statement overlaps the gold statement (`statement_overlap`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.model import ENTITY_CLASSES, RELATIONS

DEFAULT_GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"

# Roles a gold line may use, per relation (those of the graph model's event nodes).
ROLES: dict[str, tuple[str, ...]] = {
    "supplies": ("supplier", "recipient", "item"),
    "deploys": ("deployer", "destination"),
    "signed": ("party", "agreement"),
    "reports": ("claimant", "about"),
}
# (subject role, object roles) of the binary pairs; reports has no object.
PAIR_ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "supplies": ("supplier", ("recipient", "item")),
    "deploys": ("deployer", ("destination",)),
    "signed": ("party", ("agreement",)),
    "reports": ("claimant", ()),
}

# Strict scoring: a system claim matches a gold one when its statement holds at least this
# share of the gold statement's content words (`statement_overlap`). A system clause that runs
# on into its elaboration or a second claim still counts; a truncated clause ("a discrepancy"
# for "a discrepancy regarding casualty figures …") or another clause of the same speaker
# does not.
STATEMENT_OVERLAP = 0.5
# Gold files without a built document are named one by one up to this many, else counted.
UNBUILT_NAMED = 5

# Object of a strict `reports` pair whose statement matches no gold statement of its claimant.
OTHER_STATEMENT = "(another statement)"

Pair = tuple[str, str | None]
PairKey = tuple[str, str, str, str | None]  # (document, relation, subject, object)
EntityKey = tuple[str, str, str]  # (document, entity, class)


class GoldError(ValueError):
    """A gold file is malformed; the message names the file and line."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    canonical: str
    cls: str
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class GoldRelation:
    relation: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]
    sentence: str
    statement: str | None = None
    asserted: bool = True  # False: negated, denied, intended — stated not to hold
    note: str | None = None

    def pairs(self) -> set[Pair]:
        return binary_pairs(self.relation, dict(self.roles))


@dataclass(frozen=True)
class GoldDocument:
    name: str  # file stem, e.g. "000_76ef6d1dfa1e6e91"
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]

    def name_index(self) -> dict[str, str]:
        """Normalised canonical name or mention → canonical name."""
        index: dict[str, str] = {}
        for e in self.entities:
            for form in (e.canonical, *e.mentions):
                index.setdefault(normalise_name(form), e.canonical)
        return index


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GoldError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return tuple(value)


def _entity(d: dict[str, Any], where: str) -> GoldEntity:
    canonical, cls = d.get("canonical"), d.get("class")
    if not isinstance(canonical, str) or not canonical.strip():
        raise GoldError(f"{where}: entity without a canonical name")
    if cls not in ENTITY_CLASSES:
        raise GoldError(f"{where}: class {cls!r} is not one of {', '.join(ENTITY_CLASSES)}")
    return GoldEntity(canonical, cls, _strings(d.get("mentions", []), where))


def _relation(d: dict[str, Any], where: str, known: Mapping[str, GoldEntity]) -> GoldRelation:
    rel = d.get("relation")
    if rel not in ROLES:
        raise GoldError(f"{where}: relation {rel!r} is not one of {', '.join(RELATIONS)}")
    roles = d.get("roles")
    if not isinstance(roles, dict) or not roles:
        raise GoldError(f"{where}: relation without roles")
    out = []
    for role, names in roles.items():
        if role not in ROLES[rel]:
            raise GoldError(f"{where}: {rel} has no role {role!r} ({', '.join(ROLES[rel])})")
        names = _strings(names, f"{where}: role {role}")
        for n in names:
            if n not in known:  # catches typos: every role filler is an annotated entity
                raise GoldError(f"{where}: {role} {n!r} is not an entity line of this file")
        out.append((role, names))
    sentence = d.get("sentence")
    if not isinstance(sentence, str) or not sentence.strip():
        raise GoldError(f"{where}: relation without its sentence")
    asserted = d.get("asserted", True)
    if not isinstance(asserted, bool):
        raise GoldError(f"{where}: 'asserted' must be true or false")
    g = GoldRelation(rel, tuple(out), sentence, d.get("statement"), asserted, d.get("note"))
    if asserted and not g.pairs():
        raise GoldError(f"{where}: asserted {rel} yields no binary pair; check its roles")
    return g


def read_gold_file(path: Path) -> GoldDocument:
    """One gold JSONL file; raises `GoldError` on anything malformed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    entities: dict[str, GoldEntity] = {}
    relations: list[GoldRelation] = []
    pending: list[tuple[dict[str, Any], str]] = []  # relations may precede their entities
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{no}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not JSON: {exc.msg}") from exc
        kind = d.get("type") if isinstance(d, dict) else None
        if kind == "entity":
            e = _entity(d, where)
            if e.canonical in entities:
                raise GoldError(f"{where}: entity {e.canonical!r} listed twice")
            entities[e.canonical] = e
        elif kind == "relation":
            pending.append((d, where))
        else:
            raise GoldError(f"{where}: 'type' must be \"entity\" or \"relation\"")
    for d, where in pending:
        relations.append(_relation(d, where, entities))
    doc = GoldDocument(path.stem, tuple(entities.values()), tuple(relations))
    _check_names_unambiguous(doc, path)
    return doc


def _check_names_unambiguous(doc: GoldDocument, path: Path) -> None:
    """A normalised form must point at one entity, or system keys could match either."""
    owner: dict[str, str] = {}
    for e in doc.entities:
        for form in {normalise_name(f) for f in (e.canonical, *e.mentions)}:
            if owner.setdefault(form, e.canonical) != e.canonical:
                raise GoldError(f"{path}: {form!r} names both {owner[form]!r} and "
                                f"{e.canonical!r}")


def load_gold(gold_dir: str | Path) -> dict[str, GoldDocument]:
    """Every ``*.jsonl`` file of ``gold_dir``, by file stem."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: no such folder of gold annotations")
    files = sorted(gold_dir.glob("*.jsonl"))
    if not files:
        raise GoldError(f"{gold_dir}: no *.jsonl gold files")
    return {f.stem: read_gold_file(f) for f in files}


# --------------------------------------------------------------------------- matching

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"'})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_ARTICLE = re.compile(r"^(the|a|an) ")
_POSSESSIVE = re.compile(r"'s?$")


def normalise_name(name: str) -> str:
    """Case, space, quote, dash, leading-article, possessive and plural-insensitive form."""
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", name).translate(_QUOTES))
    text = " ".join(text.casefold().split())
    text = _POSSESSIVE.sub("", _ARTICLE.sub("", text))
    # Plural of the last word, naively ("Belarus" → "belaru"): harmless, as both sides of
    # every comparison go through the same rule.
    if len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        text = text[:-1]
    return text


_WORD = re.compile(r"\w+")


def _all_words(text: str) -> set[str]:
    """Casefolded words of ``text`` (NFKC-normalised)."""
    return set(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _content_words(text: str) -> set[str]:
    """Casefolded words less spaCy's English stop words, so that two statements do not
    overlap on "the … of … that … was" alone."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list; loads no model

    return {w for w in _all_words(text) if w not in STOP_WORDS}


def statement_overlap(gold: str, found: str) -> float:
    """The share of the gold statement's content words (casefolded, stop words left out) that
    the system statement contains: 1.0 when it holds them all, 0.0 when none. A gold statement
    made of stop words only ("they were not") is compared on all its words instead: without
    that it could never be matched, however exactly it was found."""
    wg, wf = _content_words(gold), _content_words(found)
    if not wg:
        wg, wf = _all_words(gold), _all_words(found)
    if not wg or not wf:
        return 0.0
    return len(wg & wf) / len(wg)


def binary_pairs(relation: str, roles: Mapping[str, Sequence[str]]) -> set[Pair]:
    """The graph model's binary triples of one relation instance, as (subject, object)."""
    subject_role, object_roles = PAIR_ROLES[relation]
    subjects = roles.get(subject_role, ())
    if not object_roles:
        return {(s, None) for s in subjects}
    return {(s, o) for s in subjects for r in object_roles for o in roles.get(r, ()) if o != s}


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts of one comparison. A ratio with an empty denominator is 1.0 when the other side
    is empty too (nothing to find, nothing found) and 0.0 otherwise."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def found(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _total(scores: Iterable[Score]) -> Score:
    return sum(scores, Score())


@dataclass(frozen=True)
class EntityItem:
    """A missed or spurious entity; ``forms`` are the gold mentions or the system aliases."""

    document: str
    entity: str
    cls: str
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationItem:
    """A missed or spurious binary pair, with the sentences behind it."""

    document: str
    relation: str
    subject: str
    object: str | None
    sentences: tuple[str, ...] = ()
    gold_note: str | None = None  # for a false positive the gold marks as not asserted


@dataclass
class DocumentScores:
    """One document's scores: entities by class, relation pairs and sentences by relation."""

    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    sentences: dict[str, Score] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for c in ENTITY_CLASSES:
            self.entities.setdefault(c, Score())
        for r in RELATIONS:
            self.relations.setdefault(r, Score())
            self.sentences.setdefault(r, Score())


@dataclass
class EvalReport:
    """Scores per document and pooled, plus what was missed and what was spurious.

    ``relations`` scores the binary pairs (the headline number); ``sentences`` scores each
    pair per supporting sentence, which also counts a fact found in one sentence but missed
    in another.
    """

    per_document: dict[str, DocumentScores]
    entity_misses: list[EntityItem] = field(default_factory=list)
    entity_false_positives: list[EntityItem] = field(default_factory=list)
    relation_misses: list[RelationItem] = field(default_factory=list)
    relation_false_positives: list[RelationItem] = field(default_factory=list)
    sentence_misses: list[RelationItem] = field(default_factory=list)
    sentence_false_positives: list[RelationItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    model: str = ""
    strict: bool = False
    # Strict only: system nodes beyond the first for one gold entity (each a false positive);
    # ``forms`` are the node keys.
    entity_splits: list[EntityItem] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted(self.per_document)

    def _pooled(self, part: str, names: Sequence[str]) -> dict[str, Score]:
        return {n: _total(getattr(d, part)[n] for d in self.per_document.values()) for n in names}

    @property
    def entities(self) -> dict[str, Score]:
        return self._pooled("entities", ENTITY_CLASSES)

    @property
    def relations(self) -> dict[str, Score]:
        return self._pooled("relations", RELATIONS)

    @property
    def sentences(self) -> dict[str, Score]:
        return self._pooled("sentences", RELATIONS)

    @property
    def entity_total(self) -> Score:
        return _total(self.entities.values())

    @property
    def relation_total(self) -> Score:
        return _total(self.relations.values())

    @property
    def sentence_total(self) -> Score:
        return _total(self.sentences.values())

    def to_dict(self) -> dict[str, Any]:
        def table(scores: Mapping[str, Score]) -> dict[str, Any]:
            return {**{k: s.as_dict() for k, s in scores.items()},
                    "all": _total(scores.values()).as_dict()}

        return {
            "model": self.model,
            "mode": "strict" if self.strict else "lenient",
            "documents": self.documents,
            "entities": table(self.entities),
            "relations": table(self.relations),
            "relation_sentences": table(self.sentences),
            "per_document": {
                name: {"entities": table(d.entities), "relations": table(d.relations),
                       "relation_sentences": table(d.sentences)}
                for name, d in sorted(self.per_document.items())
            },
            "entity_misses": [asdict(i) for i in self.entity_misses],
            "entity_false_positives": [asdict(i) for i in self.entity_false_positives],
            "relation_misses": [asdict(i) for i in self.relation_misses],
            "relation_false_positives": [asdict(i) for i in self.relation_false_positives],
            "sentence_misses": [asdict(i) for i in self.sentence_misses],
            "sentence_false_positives": [asdict(i) for i in self.sentence_false_positives],
            "entity_splits": [asdict(i) for i in self.entity_splits],
            "warnings": list(self.warnings),
        }

    def format(self, sentences: bool = False) -> str:
        """A readable report: score tables, then the misses and false positives (of pairs;
        with ``sentences`` also of pairs per sentence)."""
        out = [f"documents  {len(self.per_document)} evaluated, "
               + ("strict" if self.strict else "lenient") + " scoring"
               + (f"  (model {self.model})" if self.model else ""), ""]
        out += _table("entities", self.entities, self.entity_total)
        out += _table("relation pairs", self.relations, self.relation_total)
        out += _table("per sentence", self.sentences, self.sentence_total)
        out.append(f"{'per document':<28}{'entities P / R / F1':>24}{'pairs P / R / F1':>24}")
        for name, d in sorted(self.per_document.items()):
            e, r = _total(d.entities.values()), _total(d.relations.values())
            out.append(f"  {name:<26}{_prf(e):>24}{_prf(r):>24}")
        out += _entity_list("missed entities (false negatives)", self.entity_misses)
        out += _entity_list("spurious entities (false positives)", self.entity_false_positives)
        if self.strict:
            out += _entity_list("split entities (a second node for one gold entity: false "
                                "positives)", self.entity_splits)
        out += _relation_list("missed relation pairs (false negatives)", self.relation_misses)
        out += _relation_list("spurious relation pairs (false positives)",
                              self.relation_false_positives)
        if sentences:
            out += _relation_list("missed pairs per sentence", self.sentence_misses)
            out += _relation_list("spurious pairs per sentence", self.sentence_false_positives)
        return "\n".join(out) + "\n"


def format_comparison(lenient: EvalReport, strict: EvalReport) -> str:
    """The lenient (name only) and strict figures of one build side by side."""
    out = [f"{'':<18}{'lenient P / R / F1':>24}{'strict P / R / F1':>24}"]
    for title, part, total in (("entities", "entities", "entity_total"),
                               ("relation pairs", "relations", "relation_total"),
                               ("per sentence", "sentences", "sentence_total")):
        out.append(title)
        rows_l, rows_s = getattr(lenient, part), getattr(strict, part)
        for name in rows_l:
            out.append(f"  {name:<16}{_prf(rows_l[name]):>24}{_prf(rows_s[name]):>24}")
        out.append(f"  {'all':<16}{_prf(getattr(lenient, total)):>24}"
                   f"{_prf(getattr(strict, total)):>24}")
    return "\n".join(out) + "\n"


def _prf(s: Score) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}"


def _table(title: str, rows: Mapping[str, Score], total: Score) -> list[str]:
    head = f"{title:<16}{'gold':>6}{'found':>7}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>7}{'F1':>7}"
    lines = [head]
    for name, s in [*rows.items(), ("all", total)]:
        lines.append(f"  {name:<14}{s.gold:>6}{s.found:>7}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                     f"{s.precision:>8.3f}{s.recall:>7.3f}{s.f1:>7.3f}")
    return [*lines, ""]


def _entity_list(title: str, items: Sequence[EntityItem]) -> list[str]:
    lines = ["", f"{title}: {len(items)}"]
    for i in items:
        forms = f"  ({', '.join(i.forms)})" if i.forms else ""
        lines.append(f"  {i.document}  {i.cls:<11} {i.entity}{forms}")
    return lines


def _relation_list(title: str, items: Sequence[RelationItem]) -> list[str]:
    lines = ["", f"{title}: {len(items)}"]
    for i in items:
        arrow = f" → {i.object}" if i.object is not None else ""
        lines.append(f"  {i.document}  {i.relation:<9} {i.subject}{arrow}")
        lines += [f"      “{_squash(s)}”" for s in i.sentences]
        if i.gold_note:
            lines.append(f"      gold: not asserted ({i.gold_note})")
    return lines


def _squash(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- evaluate


def _stems(build_result) -> tuple[dict[str, str], list[str]]:
    """doc_id → file stem of the built documents, and warnings for clashing stems."""
    stems: dict[str, str] = {}
    warnings = []
    seen: set[str] = set()
    for doc in build_result.documents:
        stem = Path(doc.name).stem
        if stem in seen:
            warnings.append(f"two documents named {stem!r}: only the first is evaluated")
            continue
        seen.add(stem)
        stems[doc.doc_id] = stem
    return stems, warnings


def _same_sentence(a: str, b: str) -> bool:
    """Containment either way: the parser may glue a headline to the line after it."""
    a, b = _squash(a), _squash(b)
    return a in b or b in a


def _match_sentences(gold: Sequence[str], found: Sequence[str]) -> list[tuple[str, str]]:
    """Greedy one-to-one pairing of gold and system sentences of one binary pair."""
    left = list(found)
    pairs = []
    for g in gold:
        s = next((s for s in left if _same_sentence(g, s)), None)
        if s is not None:
            left.remove(s)
            pairs.append((g, s))
    return pairs


def evaluate(build_result, gold: str | Path | Mapping[str, GoldDocument], *,
             strict: bool = False) -> EvalReport:
    """Compare a `kg.building.pipeline.BuildResult` with gold annotations (a folder or loaded ones).

    Only documents that have both a built article and a gold file are scored; the others are
    named in ``warnings``. ``strict`` applies issue 12's rules (module docstring).
    """
    golds = load_gold(gold) if isinstance(gold, (str, Path)) else dict(gold)
    stems, warnings = _stems(build_result)
    built = set(stems.values())
    warnings += [f"{s}: built, but no gold file" for s in sorted(built - golds.keys())]
    unbuilt = sorted(golds.keys() - built)
    docs = sorted(built & golds.keys())
    # Scoring a few articles against a whole gold folder is the usual case: a count, not a list.
    if len(unbuilt) <= UNBUILT_NAMED:
        warnings += [f"{s}: gold file, but no such document was built" for s in unbuilt]
    else:
        warnings.append(f"{len(unbuilt)} gold files have no built document "
                        f"(scored: the {len(docs)} with both)")
    names = _Names({d: golds[d] for d in docs}, build_result.entities, strict,
                   {d: doc_id for doc_id, d in stems.items()})

    # Gold sets; sentences in annotation order, each once per pair.
    gold_ents: dict[EntityKey, tuple[str, ...]] = {}
    gold_pairs: dict[PairKey, list[str]] = defaultdict(list)
    not_asserted: dict[PairKey, list[tuple[str, str]]] = defaultdict(list)
    for d in docs:
        for e in golds[d].entities:
            gold_ents[(d, e.canonical, e.cls)] = e.mentions
        for r in golds[d].relations:
            for s, o in r.pairs():
                key = (d, r.relation, s, o)
                if not r.asserted:
                    not_asserted[key].append((r.sentence, r.note or "no note"))
                elif r.sentence not in gold_pairs[key]:
                    gold_pairs[key].append(r.sentence)

    # System sets, with names mapped onto gold canonical names; per entity key, the system
    # nodes mapped onto it (node key → its surface forms).
    sys_ents: dict[EntityKey, dict[str, set[str]]] = defaultdict(dict)
    for ent in build_result.entities.values():
        for doc_id in ent.documents:
            d = stems.get(doc_id)
            if d in names.docs:
                nodes = sys_ents[(d, names.entity(d, ent), ent.cls)]
                nodes.setdefault(ent.key, set()).update(
                    {ent.key, *ent.aliases, *_descriptions(ent, doc_id)})
    sys_pairs: dict[PairKey, list[str]] = defaultdict(list)
    for rel in build_result.relations:
        d = stems.get(rel.evidence.doc_id)
        if d not in names.docs:
            continue
        roles = {role: [names.key(d, k) for k in keys] for role, keys in rel.roles}
        for s, o in binary_pairs(rel.relation, roles):
            if strict and rel.relation == "reports" and not names.claim_matches(d, s, rel):
                o = OTHER_STATEMENT
            sentences = sys_pairs[(d, rel.relation, s, o)]
            if rel.evidence.text not in sentences:
                sentences.append(rel.evidence.text)

    report = EvalReport({d: DocumentScores() for d in docs}, warnings=warnings,
                        model=getattr(build_result, "model", ""), strict=strict)
    for key in sorted(gold_ents.keys() | sys_ents.keys()):
        _score_entity(report, key, gold_ents.get(key), sys_ents.get(key, {}))
    for key in sorted(gold_pairs.keys() | sys_pairs.keys(), key=_pair_order):
        _score_pair(report, key, gold_pairs.get(key, []), sys_pairs.get(key, []),
                    not_asserted.get(key, []))
    return report


class _Names:
    """Maps system entity keys onto gold canonical names, per document.

    Lenient: the key itself is looked up among the gold names and mentions, whatever its
    class. Strict: the node's key, then its label, then its aliases and the descriptions it
    was mentioned by in that document ("the navy": `Entity.descriptions`, no aliases, as they
    would name any navy; the gold entity most of them name) are looked up, only among gold
    entities of the node's class; a node that
    matches none keeps its key, marked with its class where the bare key would pass for a gold
    name, so a pair with a wrong-class argument never equals a gold pair.
    """

    def __init__(self, golds: Mapping[str, GoldDocument], entities: Mapping[str, Any],
                 strict: bool, doc_ids: Mapping[str, str] | None = None) -> None:
        self.docs = set(golds)
        self._doc_ids = doc_ids or {}  # gold stem → the built document's doc_id
        self.strict = strict
        self._entities = entities
        self._index = {d: g.name_index() for d, g in golds.items()}
        self._classes = {d: {e.canonical: e.cls for e in g.entities} for d, g in golds.items()}
        self._statements: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
        for d, g in golds.items():
            for r in g.relations:
                if r.relation == "reports" and r.asserted:
                    for claimant, _ in r.pairs():
                        self._statements[(d, claimant)].append((r.sentence, r.statement))

    def _lookup(self, doc: str, form: str) -> str | None:
        return self._index[doc].get(normalise_name(form))

    def entity(self, doc: str, ent) -> str:
        """The name a system node is scored under in ``doc``."""
        if not self.strict:
            return self._lookup(doc, ent.key) or ent.key
        classes = self._classes[doc]
        for form in (ent.key, ent.label):
            name = self._lookup(doc, form)
            if name is not None and classes[name] == ent.cls:
                return name
        forms = (*ent.aliases, *_descriptions(ent, self._doc_ids.get(doc)))
        hits = Counter(n for a in forms if (n := self._lookup(doc, a)) is not None
                       and classes[n] == ent.cls)
        if hits:
            return min(hits, key=lambda n: (-hits[n], n))
        return f"{ent.key} [{ent.cls}]" if self._lookup(doc, ent.key) else ent.key

    def key(self, doc: str, key: str) -> str:
        """The name a relation argument (a system entity key) is scored under."""
        ent = self._entities.get(key)
        if ent is None:  # not a node of this build: compare the bare key
            return (self._lookup(doc, key) or key) if not self.strict else key
        return self.entity(doc, ent)

    def claim_matches(self, doc: str, claimant: str, rel) -> bool:
        """Whether a system claim's statement overlaps a gold statement of the same claimant
        in the same sentence (a gold line without a statement accepts any)."""
        statement = rel.attr("statement") or ""
        return any(_same_sentence(sentence, rel.evidence.text)
                   and (gold is None or statement_overlap(gold, statement) >= STATEMENT_OVERLAP)
                   for sentence, gold in self._statements.get((doc, claimant), ()))


def _descriptions(ent, doc_id: str | None) -> Iterable[str]:
    """The lower-case descriptions ``ent`` was mentioned by in ``doc_id`` (none for a node
    made without them, e.g. by a test)."""
    return sorted(getattr(ent, "descriptions", {}).get(doc_id, ()))


def _score_entity(report: EvalReport, key: EntityKey, gold: tuple[str, ...] | None,
                  nodes: Mapping[str, set[str]]) -> None:
    """Add one (document, entity, class)'s counts; strict: each node after the first is a
    false positive (a split)."""
    d, ent, cls = key
    tp, fp, fn = _counts(gold is not None, bool(nodes))
    extra = sorted(nodes)[1:] if report.strict and tp else []
    report.per_document[d].entities[cls] += Score(tp, fp + len(extra), fn)
    if fn:
        report.entity_misses.append(EntityItem(d, ent, cls, gold or ()))
    if fp:
        forms = set().union(*nodes.values()) - {ent}
        report.entity_false_positives.append(EntityItem(d, ent, cls, tuple(sorted(forms))))
    if extra:
        report.entity_splits.append(EntityItem(d, ent, cls, tuple(sorted(nodes))))


def _score_pair(report: EvalReport, key: PairKey, gold: Sequence[str], found: Sequence[str],
                negative: Sequence[tuple[str, str]]) -> None:
    """Add one binary pair's counts, as a pair and per sentence, with its misses/FPs."""
    d, rel, s, o = key
    scores = report.per_document[d]
    tp, fp, fn = _counts(bool(gold), bool(found))
    scores.relations[rel] += Score(tp, fp, fn)
    notes = [n for _, n in negative]
    if fn:
        report.relation_misses.append(RelationItem(d, rel, s, o, tuple(gold)))
    if fp:
        report.relation_false_positives.append(
            RelationItem(d, rel, s, o, tuple(found), notes[0] if notes else None))
    matched = _match_sentences(gold, found)
    scores.sentences[rel] += Score(len(matched), len(found) - len(matched),
                                   len(gold) - len(matched))
    hit_gold, hit_found = {g for g, _ in matched}, {f for _, f in matched}
    for g in gold:
        if g not in hit_gold:
            report.sentence_misses.append(RelationItem(d, rel, s, o, (g,)))
    for f in found:
        if f not in hit_found:
            note = next((n for g, n in negative if _same_sentence(g, f)), None)
            report.sentence_false_positives.append(RelationItem(d, rel, s, o, (f,), note))


def _counts(in_gold: bool, in_system: bool) -> tuple[int, int, int]:
    """(tp, fp, fn) of one item."""
    both = in_gold and in_system
    return int(both), int(in_system and not both), int(in_gold and not both)


def _pair_order(key: PairKey) -> tuple[str, int, str, str]:
    d, rel, s, o = key
    return d, RELATIONS.index(rel), s, o or ""
