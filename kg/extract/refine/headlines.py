"""Rules for headlines and datelines: the names and labels a headline takes from the lines
below it, and the places, agencies and agreements a dateline or a line's opening names."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.dateline import first_city
from kg.extract.gazetteer import Gazetteer, Roles, surface_form
from kg.extract.places import fold
from kg.extract.refine.spans import (
    DASH,
    DATELINE_TOKENS,
    NAME_LINKS,
    NER_CLASSES,
    _headline,
    _headline_line,
    _replace,
    _set_id,
    _span_key,
    _taken,
    _text,
)
from kg.extract.tokens import line_bounds, where, without_the
from kg.model import ENTITY_CLASSES


def _line_openers_named_below(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Lebed and Maskhadov sign Chechen truce", "SWAPO gave a very different account.": the
    small model often leaves untagged a name that opens a line (the headline, a paragraph):
    a run of capitalised words there, untagged, that is exactly the words of a name tagged
    elsewhere in the document, or a person's surname ("Carter" after "Jimmy Carter"), is a
    mention of that name (its label and key). One-word organisations only as acronyms
    ("SWAPO", not "Liberal"), and no run before a common noun it modifies ("Sikh groups"): a
    capitalised common word opens lines too (issue 12, s39 h-ent50)."""
    taken = _taken(ents)
    names: dict[str, SpacySpan] = {}
    for e in ents:
        if e.label_ in ("PERSON", "Person") and len(e) > 1 and e[-1].is_title:
            names.setdefault(e[-1].text, e)  # the surname alone names the person
    for e in ents:
        if e.label_ in ("PERSON", "Person") or (len(e) > 1 or e[0].is_upper and len(e[0]) > 2) \
                and (e.label_ in NER_CLASSES or e.label_ in ENTITY_CLASSES):
            names[_text(e)] = e  # (a whole name wins over another's surname; no dates)
    if not names:
        return ents
    made: list[SpacySpan] = []
    first_at: dict[int, SpacySpan] = {}
    for e in ents:
        first_at.setdefault(e.start, e)
    for start in line_bounds(doc)[0].tolist():
        tagged = first_at.get(start)
        end = start if tagged is None else tagged.end  # ("Sadat and Begin": Sadat tagged)
        while end < len(doc) and end not in taken and (doc[end].is_title or doc[end].is_upper) \
                and doc[end].is_alpha:
            end += 1
        if end == start:
            continue
        # the run itself, and one coordinated after it ("Lebed and Maskhadov sign …")
        runs = [(start, end)] if tagged is None else []
        if end + 1 < len(doc) and doc[end].lower_ == "and":
            after = end + 1
            while after < len(doc) and after not in taken and doc[after].is_title \
                    and doc[after].is_alpha:
                after += 1
            runs.append((end + 1, after))
        for a, b in runs:
            named = names.get(doc[a:b].text)
            if named is None or b == a or named.start <= a < named.end or b < len(doc) \
                    and doc[b].tag_ in ("NN", "NNS") and doc[b].is_lower \
                    and doc[b].dep_ != "compound":
                continue  # "Sikh organisations dispute …": a word that modifies a noun (not
                # a headline's verb read as a noun: "Kovacs and Ndlovu sign border truce")
            made.append(_set_id(SpacySpan(doc, a, b, label=named.label_, span_id=named.id_)))
    return _replace(ents, made) if made else ents


def _dateline_agreements(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"PEKING, March 2 - … signed a boundary agreement …" then "the Peking pact": an agreement
    the text calls by the dateline's city and a lower-case kind word is the one the report
    from that city is about, the first other agreement its body names, not a second node
    (d130, d526, d527, d547)."""
    city = first_city(doc, DATELINE_TOKENS)
    if city is None:
        return ents
    place = fold(doc[city[0]:city[1]].text).lower()
    heads = roles.named_lower_heads | roles.named_lower_kinds | roles.place_named_nouns \
        | {w.lower() for w in roles.agreement_title_heads}

    def city_named(name: str) -> bool:
        words = name.lower().split()
        return fold(name).lower().startswith(place + " ") and len(words) > 1 \
            and all(w.removesuffix("s") in heads or w in heads
                    for w in words[len(place.split()):])

    agreements = [e for e in ents if e.label_ == "Agreement"]
    # the kind in lower case, so a description of where it was made, not a listed or proper
    # name ("the Moscow treaty" of the gazetteer, "the Lahore Declaration", "the Noumea Accord")
    named = {_span_key(e) for e in agreements
             if not e.ent_id_ and e[-1].is_lower and city_named(surface_form(_text(e)))}
    lead = next((_span_key(e) for e in agreements if e.start >= city[1]), None)
    # the lead: not the city's agreement itself ("GENEVA - … signed the Geneva accords"), and
    # one the text names (a deal "(<A>–<B>)" of its parties, or its written name), not a
    # listed treaty that a bare "treaty" was only resolved to
    written = {surface_form(_text(e)).lower() for e in agreements}
    if not named or lead is None or lead in named or \
            DASH not in lead and lead.lower() not in written:
        return ents
    return [SpacySpan(doc, e.start, e.end, label="Agreement", span_id=lead)
            if e.label_ == "Agreement" and _span_key(e) in named else e for e in ents]


def _dateline_places(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"DUBAI, April 11 (Reuters) -", "ISTANBUL, July 23 (AFP) -": the upper-case place that
    opens a wire story's lead is a place, keyed by its usual spelling ("Istanbul") so that it
    and the body's "Istanbul" are one; a listed name (a capital: its state) is left to the
    gazetteer."""
    if (city := first_city(doc, DATELINE_TOKENS)) is None:
        return ents
    start, end = city
    span = doc[start:end]
    inside = [e for e in ents if e.start < end and e.end > start]
    if gaz.lookup(_text(span)) is not None or any(e.ent_id_ for e in inside):
        return ents
    name = " ".join(w.lower() if k and w.lower() in gaz.roles.name_particles | NAME_LINKS
                    else w.capitalize() if w.isalpha() else w.title()
                    for k, w in enumerate(_text(span).split()))  # "Rio de Janeiro"
    return _replace(ents, [_set_id(SpacySpan(doc, start, end, label="Region", span_id=name))])


def _government_seats(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"THE HAGUE, March 7 -", "the deal with The Hague", "the government in The Hague": a seat
    of government that is no capital (roles government_seats) is a mention of its state in a
    dateline, after "with" and after "the government in"; elsewhere ("a tribunal in The
    Hague", "signed in The Hague") it stays a place (dev E12; h-ent89, stop 83)."""
    seats = gaz.roles.government_seats
    city = first_city(doc, DATELINE_TOKENS)
    out = []
    for e in ents:
        start = e.start - 1 if e.start and e[0].lower_ != "the" \
            and doc[e.start - 1].lower_ == "the" else e.start
        state = seats.get(" ".join(_text(doc[start:e.end]).lower().split()))
        if state is None or not (city is not None and city[0] <= e.start < city[1]
                                 or _seat_acts(e.root, gaz.roles)):
            out.append(e)
            continue
        out.append(_set_id(SpacySpan(doc, start, e.end, label="Country", span_id=state)))
    return out


def _seat_acts(word: Token, roles: Roles) -> bool:
    """"the deal with The Hague", "the government in The Hague": the seat's word is the object
    of "with", or of "in" after a state noun. (Not a clause's subject: "Luns told parliament
    that The Hague would defend …" would make the state a claimant beside its minister.)"""
    head = word.head
    return word.dep_ == "pobj" and (
        head.lower_ == "with" or head.lower_ == "in" and head.head.lemma_ in roles.state_nouns)


DASHES = {"-", "\u2013", "\u2014", "--"}


def _dateline_agencies(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"WASHINGTON, May 17 (UP) -", "HONIARA, July 24 (AAP) -": the bracketed name between a
    wire dateline's date and its dash is the news agency that filed the story, listed or not
    (issue 12)."""
    for i in where(doc, ORTH, ("(",)):
        if i > DATELINE_TOKENS:
            break
        close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text not in DASHES \
                or not (doc[i - 1].like_num or doc[i - 1].ent_type_ == "DATE"):
            continue
        words = doc[i + 1:close]
        if not all(t.is_alpha and (t.is_upper or t.is_title) for t in words) or any(
                e.ent_id_ or e.label_ in ENTITY_CLASSES for e in ents
                if e.start < close and e.end > i + 1):
            return ents  # a listed agency ("(Reuters)"): the gazetteer has it
        return _replace(ents, [_set_id(SpacySpan(doc, i + 1, close, label="MediaOutlet",
                                                 span_id=_text(words)))])  # keyed: a dateline
        # line of its own reads as a title-case headline, whose unkeyed names are dropped
    return ents


HEADLINE_NAMES = "kg_headline_names"  # Doc.user_data key: headline names kept (their bounds)


def _headline_names_below(ents: Iterable[SpacySpan]) -> list[list[int]]:
    """"Truman orders Seventh Fleet into Formosa Strait": a name NER found in a title-case
    headline, where it drops names it invents (``mention_of``), is a real name when the lines
    below name it too: as the same words ("the Seventh Fleet"), or, for a person, as the end
    of a fuller name ("President Harry Truman"). Their bounds, for ``mention_of`` (lists:
    what a Doc's user data keeps through serialisation)."""
    marked = list(zip(ents, _headlines_of(ents), strict=True))
    named = [e for e, head in marked if head and not e.ent_id_ and e.label_ in NER_CLASSES]
    if not named:
        return []  # most documents: no headline name at all
    body = [e for e, head in marked if not head]
    people = {_text(e) for e in body if e.label_ == "PERSON"}
    surnames = {" ".join(t.text for t in e[i:]) for e in body
                if e.label_ == "PERSON" and len(e) > 1 for i in range(1, len(e))}
    others = {_text(without_the(e)) for e in body if e.label_ != "PERSON"}
    return [[e.start, e.end] for e in named
            if _text(without_the(e)) in (people | surnames if e.label_ == "PERSON" else others)]


def _headline_labels_from_body(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Australia, Indonesia put names to security treaty on Lombok" … "on the island of
    Lombok": NER invents organisations in the headline (the first line, without a final stop),
    so a name it takes there for an organisation, and the lines below all label otherwise,
    takes their label (the one node would otherwise take the class of its first mention, the
    headline's) (issue 12, h-ent57)."""
    if not ents:
        return ents
    first = next(ents[0].doc.sents)
    if not _headline_line(first):
        return ents
    marked = [(e, e.end <= first.end) for e in ents]
    below: dict[str, set[str]] = {}
    for e, head in marked:
        if not head and e.label_ in NER_CLASSES:
            below.setdefault(_text(without_the(e)), set()).add(
                e.label_ if not e.ent_id_ else "")
    out = []
    for e, head in marked:
        labels = below.get(_text(without_the(e)), set()) if head and not e.ent_id_ \
            and e.label_ == "ORG" else set()
        if len(labels) == 1 and "" not in labels and e.label_ not in labels:
            e = SpacySpan(e.doc, e.start, e.end, label=next(iter(labels)))
        out.append(e)
    return out


def _headlines_of(ents: Iterable[SpacySpan]) -> list[bool]:
    """``[_headline(e.sent) for e in ents]`` with each sentence's bounds read off the document's
    SENT_START column (``Span.sent`` builds a span per call) and each sentence tested once."""
    ents = list(ents)
    if not ents:
        return []
    doc = ents[0].doc
    if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or \
            not doc.has_annotation("SENT_START"):
        return [_headline(e.sent) for e in ents]  # (spaCy's own way, or its error)
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    seen: dict[tuple[int, int], bool] = {}
    out = []
    for e in ents:
        # as Span.sent: back from the span's first token to a sentence start (else the
        # document's first token), on from the token after it to the next (else the end)
        k = bisect_right(starts, e.start)
        bounds = (starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc))
        head = seen.get(bounds)
        if head is None:
            head = seen[bounds] = _headline(doc[bounds[0] : bounds[1]])
        out.append(head)
    return out
