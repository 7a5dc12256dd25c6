"""Figures in reported statements: value, qualifier, unit and what the number counts.

Only numbers whose unit can be read off the parse are kept ("approximately 1,100 casualties",
"killed 77 North Korean soldiers", "$2,000 for each soldier"); "two main factors" or
"83 annual wages" carry no claim kg models. Rules come from ``kg/data/claims.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.tokens import text_of
from kg.model import Figure
from kg.yaml_loader import load_yaml

CLAIMS_FILE = Path(__file__).resolve().parent.parent / "data" / "claims.yaml"
NUMBER_LABELS = {"CARDINAL", "MONEY", "QUANTITY"}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "hundred": 100}
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
WORDS = {w: i for i, w in enumerate(_NUMBER_WORDS.split())}
CURRENCIES = (("$", "USD"), ("dollar", "USD"), ("€", "EUR"), ("euro", "EUR"), ("won", "KRW"))
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
# each scale word as a whole word, with its factor (compiled once, not per number read)
_SCALE_WORDS = tuple((re.compile(rf"\b{word}\b"), scale) for word, scale in SCALES.items())


@dataclass(frozen=True)
class ClaimRules:
    noun_units: dict[str, str]
    verb_units: dict[str, str]
    combined: tuple[tuple[str, str, str], ...]
    person_nouns: frozenset[str]
    measures: dict[str, str]
    qualifiers: tuple[str, ...]  # longest first


@lru_cache(maxsize=1)
def claim_rules(path: Path = CLAIMS_FILE) -> ClaimRules:
    data = load_yaml(path)
    quals = sorted((str(q).lower() for q in data.get("qualifiers") or ()), key=len, reverse=True)
    return ClaimRules(
        noun_units={str(k).lower(): str(v) for k, v in (data.get("noun_units") or {}).items()},
        verb_units={str(k).lower(): str(v) for k, v in (data.get("verb_units") or {}).items()},
        combined=tuple(tuple(c) for c in data.get("combined_units") or ()),
        person_nouns=frozenset(str(n).lower() for n in data.get("person_nouns") or ()),
        measures={str(k): str(v) for k, v in (data.get("measures") or {}).items()},
        qualifiers=tuple(quals),
    )


def parse_number(text: str) -> int | float | None:
    """1,100 → 1100; "1.1 billion" → 1100000000; "twelve" → 12; None when not a number."""
    low = text.lower().replace("\u00a0", " ")
    m = _NUM.search(low)
    if m:
        value = float(m.group().replace(",", ""))
    else:
        words = [w for w in re.findall(r"[a-z]+", low) if w in WORDS]
        if not words:
            return None
        value = float(WORDS[words[0]])
    for word, scale in _SCALE_WORDS:
        if word.search(low):
            value *= scale
    return int(value) if value.is_integer() else value


def _qualifier(ent: SpacySpan, rules: ClaimRules) -> str | None:
    """A qualifier inside the entity ("approximately 1,100") or just before it ("some 100")."""
    # (cut from the document's text: ``Span.text`` makes a Token per word, issue 13)
    before = text_of(SpacySpan(ent.doc, max(ent.sent.start, ent.start - 3), ent.start)).lower()
    inside = text_of(ent).lower()
    for q in rules.qualifiers:
        if inside.startswith(q + " ") or _ends_with_word(before, q):
            return q
    return None


def _ends_with_word(text: str, word: str) -> bool:
    r"""``re.search(rf"(^|\s){re.escape(word)}$", text)`` without a pattern per qualifier and
    figure (``$`` also matches before a final newline)."""
    for end in (text, text[:-1] if text.endswith("\n") else None):
        if end is not None and end.endswith(word):
            k = len(end) - len(word)
            if k == 0 or end[k - 1].isspace():
                return True
    return False


def _anchor(ent: SpacySpan) -> Token:
    """The number token itself (the entity root may be a qualifier word)."""
    nums = [t for t in ent if t.like_num]
    return nums[-1] if nums else ent.root


def _counted(tok: Token) -> tuple[Token, bool]:
    """(the noun a number counts, whether the number stands alone as that noun)."""
    if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod", "nmod") and (
        tok.head.pos_ in ("NOUN", "PROPN", "ADJ")  # ADJ: "100 dead"
    ):
        return tok.head, False
    for prep in tok.children:  # "1,000 of the 11,000 troops", "47 out of 72 drones"
        if prep.dep_ == "prep" and prep.lower_ in ("of", "out"):
            inner = prep if prep.lower_ == "of" else next(
                (c for c in prep.children if c.lower_ == "of"), None)
            pobj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else None
            if pobj is not None:
                return pobj, True
    return tok, True


def _verb_unit(verb: Token, rules: ClaimRules, shared: bool) -> list[str]:
    """Units from the verb a counted noun depends on; ``shared``: its subject, so coordinated
    verbs count too ("had been killed or wounded"), unlike an object ("killed 77 and injured 40").
    """
    units = []
    for v in (verb, *verb.conjuncts) if shared else (verb,):
        lemma = v.lemma_.lower()
        if lemma in rules.verb_units:
            units.append(rules.verb_units[lemma])
        for c in v.children:  # "have sustained injuries"
            if c.dep_ == "dobj" and c.lemma_.lower() in rules.noun_units and lemma == "sustain":
                units.append(rules.noun_units[c.lemma_.lower()])
    return units


def _combine(units: Iterable[str], rules: ClaimRules) -> str | None:
    found = list(dict.fromkeys(units))
    for a, b, both in rules.combined:
        if a in found and b in found:
            return both
    return found[0] if found else None


def _verb_units_of(tok: Token, rules: ClaimRules) -> list[str]:
    units: list[str] = []
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and tok.head.pos_ in (
        "VERB", "AUX"
    ):
        units += _verb_unit(tok.head, rules, shared=tok.dep_ in ("nsubj", "nsubjpass"))
    for c in tok.children:  # "1,000 wounded", "troops deployed"
        if c.dep_ in ("amod", "acl", "relcl") and c.lemma_.lower() in rules.verb_units:
            units.append(rules.verb_units[c.lemma_.lower()])
    return units


def _unit(
    ent: SpacySpan, anchor: Token, noun: Token, alone: bool, rules: ClaimRules
) -> str | None:
    text = text_of(ent).lower()
    if ent.label_ == "MONEY" or "$" in text:
        return next((code for sym, code in CURRENCIES if sym in text), "USD")
    noun_unit = rules.noun_units.get(noun.lemma_.lower()) if noun is not anchor else None
    if alone:  # "47 out of 72 drones had been shot down": the verb says what the 47 are
        return _combine(_verb_units_of(anchor, rules), rules) or noun_unit
    if noun_unit:
        return noun_unit
    return _combine(_verb_units_of(noun, rules), rules) or rules.noun_units.get(
        noun.lemma_.lower())


def figures(tokens: Iterable[Token], rules: ClaimRules | None = None,
            ents: Iterable[SpacySpan] | None = None) -> list[Figure]:
    """The figures among ``tokens`` (a claim's statement), in text order. ``ents``: the
    entities of the tokens' sentence, when the caller has them (``Doc.ents`` rebuilds every
    span of the document on each call)."""
    rules = rules or claim_rules()
    toks = list(tokens)
    if not toks:
        return []
    ids = {t.i for t in toks}
    out = []
    for ent in toks[0].doc.ents if ents is None else ents:
        if ent.label_ not in NUMBER_LABELS or ent.start not in ids:
            continue
        text = text_of(ent)  # (``ent.text`` makes a Token per word, issue 13)
        value = parse_number(text)
        if value is None:
            continue
        anchor = _anchor(ent)
        noun, alone = _counted(anchor)
        unit = _unit(ent, anchor, noun, alone, rules)
        if unit is None:
            continue
        counted = None
        if noun is not anchor and noun.lemma_.lower() in rules.person_nouns | {"drone"}:
            start = anchor.i + 1 if anchor.i < noun.i and not alone else noun.left_edge.i
            counted = noun.doc[start : noun.i + 1].text or None
        elif ent.label_ == "MONEY":  # "$2,000 for each soldier"
            preps = [c for t in (anchor, anchor.head) for c in t.children
                     if c.dep_ == "prep" and c.lower_ in ("for", "per")]
            for p in preps:
                pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    counted = f"{p.text} {pobj.doc[pobj.left_edge.i : pobj.i + 1].text}"
                    break
        out.append(Figure(
            value=value,
            text=text,
            qualifier=_qualifier(ent, rules),
            unit=unit,
            measure=rules.measures.get(unit),
            counted=counted,
        ))
    return out
