"""A state's possessive before an unlisted name in a seller's slot ("will buy jets from Italy's
Alenia Aermacchi", "signed a contract with Britain's GEC-Marconi"): the name is a firm.

spaCy may tag such a name a facility or a place, or not at all; the state before it is then
taken for the seller. In a purchase's "from" or a contract's "with", what a state owns and
sells is a business, so the name is a Company and the state only its home (dev conventions
E1, E9, SU1) (issue 12, h-sup79).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles

POSSESSIVE = frozenset({"'s", "\u2019s"})
# NER's labels for a name that is not yet one of kg's own classes (a place or an organisation
# NER guessed; a person's name in a seller's slot is a firm's too, as "Piriou")
GUESSED = ("FAC", "LOC", "GPE", "ORG", "PERSON")
CLAUSE_EDGES = ("relcl", "ccomp", "advcl", "acl", "parataxis")
HOPS = 5  # heads walked from the preposition to its purchase or contract (nouns in between)


def state_sellers(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Each "<Country>'s <name>" whose name, unlisted, is the object of a purchase's "from" or
    of a contract's "with" becomes a Company span (the name only, the state kept)."""
    starts = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    made: list[SpacySpan] = []
    for state in ents:
        if state.label_ != "Country" or state.end + 1 >= len(doc) \
                or doc[state.end].text not in POSSESSIVE:
            continue
        name = _name_after(doc, state.end + 1, starts, taken)
        if name is not None and _sold_from(name.root, roles):
            end = name.end - (name[-1].is_space and len(name) > 1)  # NER's trailing line break
            made.append(SpacySpan(doc, name.start, end, label="Company"))
    if not made:
        return ents
    replaced = {(s.start, s.end) for s in made}
    kept = [e for e in ents if not any(a <= e.start < b for a, b in replaced)]
    return sorted([*kept, *made], key=lambda e: e.start)


def _name_after(doc: Doc, start: int, starts: dict[int, SpacySpan], taken: set[int]
                ) -> SpacySpan | None:
    """The unlisted name that begins at ``start``: an entity NER guessed (no gazetteer id), or
    capitalised proper nouns no entity covers ("GEC-Marconi"); else None."""
    ent = starts.get(start)
    if ent is not None:
        return ent if ent.label_ in GUESSED and not ent.ent_id_ else None
    if start in taken:
        return None
    end = start
    while end < len(doc) and end not in taken and (
            doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
            or doc[end].text in ("-", "&") and end > start):
        end += 1
    if end == start or doc[end - 1].pos_ != "PROPN":
        return None
    span = doc[start:end]
    return span if span.root.dep_ == "pobj" else None


def _sold_from(root: Token, roles: Roles) -> bool:
    """The name is the object of "from" under a purchase ("will buy … from", "taking delivery
    of … from") or of "with" under a contract or deal ("signed a contract worth … with"), the
    parser's attachment of the preposition to a noun in between notwithstanding."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "with"):
        return False
    buying = roles.bought_verbs | roles.paying_verbs
    deals = roles.order_nouns | roles.signed_deal_nouns | roles.seller_with_words
    tok = prep
    for _ in range(HOPS):
        if tok.dep_ in CLAUSE_EDGES or tok.head.i == tok.i:
            return False
        tok = tok.head
        lemma = tok.lemma_.lower()
        if prep.lower_ == "from" and (lemma in buying or _heads(tok, roles.purchase_nouns)):
            return True  # ("will buy … from", "took delivery of … from")
        if prep.lower_ == "with" and _heads(tok, deals):
            return True  # ("signed a contract … with", "a contract worth … with")
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "conj":
            return False  # another verb's clause (a verb the tagger took a name for, as
            # "C-27J", is a conjunct: the walk goes on to its head)
    return False


def _heads(tok: Token, words: frozenset[str]) -> bool:
    """The word is one of ``words``, or a verb whose object is ("took delivery of")."""
    return tok.lemma_.lower() in words or bool(_children(tok, "dobj", words))


def _children(tok: Token, dep: str, words: frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ == dep and c.lemma_.lower() in words]
