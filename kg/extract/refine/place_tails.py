"""An unlisted place's name that NER cut before capitalised words it left untagged ("near
<Town> West High School", "on <Isle> Oshima", "at the <Jebel> Abu <Peak>"): the parse makes
the place's last word a compound modifier of the last untagged word, so the words name one
place, not a place and a stray name (issue 12, s70 h-ent37).

A listed place ("in Kabul Ahmad said"), a tail that opens a clause ("… Ahmad said": a verb
right after it), holds a title ("President"), a month or a demonym, or ends in a body's head
word ("<Town> Police", "<Town> Herald") keeps the place as NER cut it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer
from kg.extract.refine.spans import _replace, _taken

# NER's labels of a place; kg's Region is a listed one (its ``ent_id_`` set)
PLACE_NER_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _tail_word(t: Token, gaz: Gazetteer) -> bool:
    """A capitalised proper-noun word that may go on a place's name: no title, month, weekday
    or demonym ("in <Town> President X", "in <Town> May 3", "<Town> Ukrainian troops")."""
    roles = gaz.roles
    lower = t.lower_
    return (t.pos_ == "PROPN" and t.is_title and t.is_alpha
            and lower not in roles.title_words and lower not in roles.month_words
            and lower not in roles.weekday_words and lower not in gaz.demonym_set)


def _tail_end(doc: Doc, place: SpacySpan, taken: set[int], gaz: Gazetteer) -> int | None:
    """End of the untagged words that the place's last word modifies, when each is a name
    word and compounds into that head, and no verb follows the head; else None."""
    last = place[-1]
    head = last.head.i
    if last.dep_ != "compound" or head < place.end or head - place.end > 3:
        return None
    for i in range(place.end, head + 1):
        t = doc[i]
        if i in taken or not _tail_word(t, gaz) or t.is_sent_start \
                or (i < head and (t.dep_ != "compound" or t.head.i != head)):
            return None
    roles = gaz.roles
    word = doc[head].text
    if word in roles.org_heads or word in roles.media_heads or word in roles.company_suffixes:
        return None  # "<Town> Police", "<Town> Herald": a body named after its place
    after = doc[head + 1] if head + 1 < len(doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX"):  # "in <Town> Ahmad said"
        return None
    return head + 1


def places_run_on(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """``ents`` with each unlisted place that NER cut before its untagged last words (see the
    module's docstring) run on through them, under the place's label."""
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.label_ not in PLACE_NER_LABELS or any(t.ent_id_ for t in e):
            continue
        end = _tail_end(doc, e, taken, gaz)
        if end is not None:
            made.append(SpacySpan(doc, e.start, end, label=e.label_))
    return _replace(ents, made) if made else ents
