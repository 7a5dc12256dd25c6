"""Counted plural agreements whose members the article tells apart: "A and B signed two
treaties … Under the land treaty … while the maritime treaty …" are two agreements, each
signed by the plural's signers (dev conventions: d127, d976, d1046) (issue 12, h-sig16)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.refine.spans import NUMERIC_TYPES

# Doc.user_data key: the character offset of each plural mention's head → the keys of the
# agreements it stands for (kg.extract.relations.member_agreements signs each)
PLURAL_MEMBERS = "kg_plural_members"
MEMBER_REACH = 4  # sentences after the counted plural's own where its members are told apart


def plural_members(doc: Doc, spans: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """The counted plural's members, each a span with its telling words ("land treaty",
    "first accord", "accord on electoral guarantees") keyed by them and the plural's parties
    ("land treaty (Estonia–Russia)"); the plural's mentions take the first member's key, and
    ``doc.user_data[PLURAL_MEMBERS]`` lists all members for the signing lines. Only where the
    plural's key names parties and exactly as many members as its count are told apart."""
    found = _counted(spans, roles)
    if found is None:
        return spans
    plural, count = found
    key = plural.id_
    sents = list(doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= plural.start < s.end)
    end = sents[min(at + MEMBER_REACH, len(sents) - 1)].end
    members: dict[int, SpacySpan] = {}  # index in spans → the member's grown span
    for n, x in enumerate(spans):
        if x.label_ != "Agreement" or not plural.sent.end <= x.start < end:
            continue
        grown = _telling(x, key, roles)
        if grown is not None and _stem(grown) not in {_stem(y) for y in members.values()}:
            members[n] = grown
    if len(members) != count:
        return spans
    parties = key[key.index(" (") :]
    keys = {n: f"{_stem(y)}{parties}" for n, y in members.items()}
    first = next(iter(keys.values()))
    heads: dict[int, tuple[str, ...]] = {}
    out = []
    for n, x in enumerate(spans):
        if n in members:
            out.append(SpacySpan(doc, members[n].start, members[n].end, label="Agreement",
                                 span_id=keys[n]))
        elif x.label_ == "Agreement" and x.id_ == key and x.root.tag_ == "NNS":
            heads[x.root.idx] = tuple(keys.values())
            out.append(SpacySpan(doc, x.start, x.end, label="Agreement", span_id=first))
        else:
            out.append(x)
    taken = {i for y in members.values() for i in range(y.start, y.end)}
    doc.user_data[PLURAL_MEMBERS] = heads
    return [x for x in out if not (x.label_ in (*NUMERIC_TYPES, "ORDINAL")
                                   and x.start in taken)]


def _counted(spans: list[SpacySpan], roles: Roles) -> tuple[SpacySpan, int] | None:
    """The first unnamed agreement of named parties written as a counted plural ("two
    treaties") and its count."""
    for x in spans:
        if x.label_ != "Agreement" or not x.id_.endswith(")") or " (" not in x.id_:
            continue
        root = x.root
        if root.tag_ != "NNS":
            continue
        count = next((roles.member_counts[c.lower_] for c in root.children
                      if c.dep_ == "nummod" and c.lower_ in roles.member_counts), None)
        if count is not None:
            return x, count
    return None


def _stem(x: SpacySpan) -> str:
    return x.text.lower()


def _telling(x: SpacySpan, key: str, roles: Roles) -> SpacySpan | None:
    """A singular agreement phrase of the plural's set (its key, or an ordinal's "a second
    accord") grown over the words that tell it apart: an ordinal or a noun or adjective right
    before its head ("the first accord", "the maritime treaty"), or an "on" phrase after it
    ("the accord on electoral guarantees")."""
    root = x.root
    if root.tag_ != "NN" or root.i != x.end - 1:
        return None
    before = [c for c in root.lefts if c.dep_ in ("amod", "compound") and c.is_lower
              and c.i == root.i - 1]
    ordinal = bool(before) and before[0].lower_ in roles.member_ordinals
    if x.id_ != key and not (ordinal and x.id_.endswith(")")):
        return None
    doc = x.doc
    if before and (ordinal or before[0].lower_ not in roles.prior_marks):
        return SpacySpan(doc, before[0].i, root.i + 1)
    if (on := _on_phrase(root)) is not None:
        return SpacySpan(doc, root.i, on.right_edge.i + 1)
    return None


def _on_phrase(root: Token) -> Token | None:
    """The "on" preposition right after a deal word, with its object ("accord on …")."""
    return next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "on"
                 and c.i == root.i + 1 and any(g.dep_ == "pobj" for g in c.children)), None)
