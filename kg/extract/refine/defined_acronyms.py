"""Acronyms an article defines in running text after a body's name: "<Name>, or <ACR>,",
"<Name>, known as <ACR>", "<Name>, known by its Spanish initials <ACR>" (the bracketed
"<Name> (<ACR>)" is ``names._bracketed_acronyms``). The acronym is the body's other name, in
whatever language its letters are; ``names._acronyms`` gives its every use the name's key."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.refine.spans import named_body

ACRONYM_ENDS = frozenset({",", ")", ".", ";", ":"})  # "…, or ELN, which": the acronym ends
# at most this many words between "known" and the acronym noun: "known by its Spanish initials"
KNOWN_GAP = 4


def acronym(tok: Token) -> bool:
    """An upper-case word of two to six letters that is no upper-cased small word ("IT", "US",
    "AS": a headline's or a shout's ordinary words keep their reading)."""
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6 \
        and not tok.vocab[tok.lower_].is_stop


def _comma_before(doc: Doc, tok: Token, roles: Roles) -> int | None:
    """The index of the comma that opens a definition ending in ``tok``, or None: ", or
    [the] ACR", ", [also] known as [the] ACR", ", known by its <…> initials ACR"."""
    i = tok.i - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i > 1 and doc[i].lower_ == "or":
        return i - 1 if doc[i - 1].text == "," else None
    if i > 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 1
    elif doc[i].lower_ in roles.acronym_nouns:
        i = next((j for j in range(i - 1, max(0, i - 1 - KNOWN_GAP), -1)
                  if doc[j].lower_ == "known"), 0)
    else:
        return None
    if i > 1 and doc[i - 1].lower_ == "also":
        i -= 1
    return i - 1 if i > 0 and doc[i - 1].text == "," else None


def _body_before(doc: Doc, comma: int, ents: list[SpacySpan]) -> SpacySpan | None:
    """The named body whose name ends at ``comma``; for "the movement, known as …", the one
    named body of the article whose name ends in that lower-case head ("the Free Aceh
    Movement"); else None."""
    by_end = {e.end: e for e in ents}
    e = by_end.get(comma)
    if e is not None:
        return e if named_body(e) else None
    head = doc[comma - 1]
    if comma < 2 or not (head.is_lower and head.pos_ == "NOUN") or doc[comma - 2].lower_ != "the":
        return None
    named = {e.text.lower().removeprefix("the "): e for e in ents
             if named_body(e) and e[-1].lower_ == head.lower_}
    return next(iter(named.values())) if len(named) == 1 else None


def acronyms_defined_after_names(doc: Doc, ents: list[SpacySpan], roles: Roles
                                 ) -> dict[str, tuple[int, int] | None]:
    """{acronym: (start, end) of the body's name} for each acronym the text defines after a
    named body ("the National Liberation Army, or ELN,"); None for one it defines for two
    bodies, which names neither."""
    found: dict[str, set[tuple[int, int]]] = {}
    names: dict[str, set[str]] = {}
    for tok in doc:
        if not acronym(tok):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.text not in ACRONYM_ENDS and not after.is_space:
            continue  # "…, or FOO units": the letters qualify a noun, no definition
        comma = _comma_before(doc, tok, roles)
        body = None if comma is None else _body_before(doc, comma, ents)
        if body is not None:
            found.setdefault(tok.text, set()).add((body.start, body.end))
            names.setdefault(tok.text, set()).add(body.text.lower().removeprefix("the "))
    return {a: min(spans) if len(names[a]) == 1 else None for a, spans in found.items()}
