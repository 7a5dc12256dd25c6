"""From an entity span to kg's Mention: whether the span is a name kg models, its class and
key, and a person's title and affiliation read off the words around it."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles, surface_form
from kg.extract.refine.forces import _unit_head
from kg.extract.refine.headlines import HEADLINE_NAMES
from kg.extract.refine.people import _title_text
from kg.extract.refine.spans import (
    NER_CLASSES,
    ORDINAL,
    POSSESSIVE,
    _headline,
    _lemma,
    _people_word,
    _roles,
    _text,
    _title_before,
)
from kg.model import ENTITY_CLASSES, Mention, Span

MAX_NAME_CHARS = 80
# A treaty's official title is longer ("Convention on the Prohibition of the Use, Stockpiling,
# Production and Transfer of Anti-Personnel Mines and on their Destruction": 127) (h-sign7).
MAX_TITLE_CHARS = 160
_LETTER = re.compile(r"[^\W\d_]")


def _usable(text: str, limit: int = MAX_NAME_CHARS) -> bool:
    return (
        bool(_LETTER.search(text))
        and "\n" not in text
        and len(text) <= limit
        and not text.islower()
    )


def _ent_at(tok) -> SpacySpan | None:
    """The Country/Agency entity span that covers ``tok``, if any."""
    if tok is None or tok.ent_type_ not in ("Country", "Agency", "MediaOutlet"):
        return None
    for e in tok.sent.ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _title_ending_at(tok, roles: Roles) -> tuple[int, int] | None:
    """(start, end) of the longest title phrase whose last token is ``tok``."""
    start = _title_before(tok.doc, tok.i + 1, roles)
    return (start, tok.i + 1) if start is not None else None


def _holder(head) -> SpacySpan | None:
    """The state or agency a title noun belongs to: "Iran's foreign minister", "the
    Iranian foreign minister", "head of the Center for Countering Disinformation"."""
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < head.i):
            found = _ent_at(c)
            if found is not None:
                return found
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
            for g in c.children:
                if g.dep_ == "pobj":
                    found = _ent_at(g)
                    if found is not None:
                        return found
    return None


def person_role(ent: SpacySpan, roles: Roles) -> tuple[str | None, SpacySpan | None]:
    """(title, affiliation span) of a person mention, read off its context."""
    doc = ent.doc
    start = _title_before(doc, ent.start, roles)
    if start is not None:  # "Russian President Vladimir Putin", "US Secretary of State …"
        title = _title_text(doc[start : ent.start])
        before = start - 1
        if before >= 0 and doc[before].lower_ in POSSESSIVE:
            before -= 1
        return title, (_ent_at(doc[before]) if before >= 0 else None)
    root = ent.root
    # "Iran's foreign minister, Hossein Amir-Abdollahian": the name is the title's appositive.
    heads = [root.head] if root.dep_ == "appos" else []
    # "Andrii Kovalenko, head of the …": the title is the name's appositive.
    heads += [c for c in root.children if c.dep_ == "appos"]
    for head in heads:
        span = _title_ending_at(head, roles)
        if span is not None:
            return _title_text(doc[span[0] : span[1]]), _holder(head)
    return None, None


def mention_of(
    ent: SpacySpan, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset(),
    roles: Roles | None = None,
) -> Mention | None:
    """The Mention for one spaCy entity span, or None when kg does not model it."""
    if ent.label_ in ENTITY_CLASSES:
        cls, key = ent.label_, (ent.ent_id_ or None)
    elif ent.label_ in NER_CLASSES:
        cls, key = NER_CLASSES[ent.label_], None
    else:
        return None
    # Drop a leading article so the span is the name itself.
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    span = SpacySpan(ent.doc, start, ent.end)  # ``doc[start:end]`` without normalising a slice
    text = _text(span)
    if key is None and cls != "Weapon" and (
        cls in ("Region", "Person") and _people_word(span, roles or _roles())  # "in Hausa":
        # later passes re-tag a people's word after "in" or from a headline (h-peo1)
        or not _usable(text, MAX_TITLE_CHARS if cls == "Agreement" else MAX_NAME_CHARS)
        and not _lower_case_unit(span, roles or _roles())
        or text.lower() in ignore
        or _headline(ent.sent) and not _headline_agreement(ent, roles or _roles())
        and [ent.start, ent.end] not in ent.doc.user_data.get(HEADLINE_NAMES, ())
    ):
        return None
    lemma = _lemma(span) if cls == "Weapon" else surface_form(text)
    title = affiliation = None
    if cls == "Person" and roles is not None:
        title, held = person_role(ent, roles)
        if held is not None:
            start = held.start + 1 if held[0].lower_ == "the" and len(held) > 1 else held.start
            h = SpacySpan(held.doc, start, held.end)
            affiliation = Span(doc_id, offset + h.start_char, offset + h.end_char, _text(h))
    return Mention(
        span=Span(doc_id, offset + span.start_char, offset + span.end_char, text),
        cls=cls,
        key=key,
        lemma=lemma,
        title=title,
        affiliation=affiliation,
    )


def _lower_case_unit(span: SpacySpan, roles: Roles) -> bool:
    """"the 201st division": an ordinal and a lower-case unit head name a unit
    (``_numbered_units``), a name though no word is capitalised."""
    return len(span) > 1 and bool(ORDINAL.match(span[0].text)) \
        and _unit_head(span[-1], True, roles) and len(_text(span)) <= MAX_NAME_CHARS


def _headline_agreement(ent: SpacySpan, roles: Roles) -> bool:
    """"Laos and Cambodia sign Mekong River Charter": a name ending in an agreement head after
    a lower-case word (the headline's verb) is a real name, not NER's guess at a title-case
    line (issue 12, h-agr3)."""
    return ent.label_ == "Agreement" \
        and ent[-1].text.removesuffix("s") in roles.agreement_title_heads \
        and ent.start > 0 and ent.doc[ent.start - 1].is_lower \
        and ent.doc[ent.start - 1].is_alpha
