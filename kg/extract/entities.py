"""Entity mentions from a parsed document: gazetteer matches first, then spaCy's NER."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer, Roles, surface_form
from kg.model import ENTITY_CLASSES, Mention, Span

# spaCy's OntoNotes labels that name things kg models; the rest (dates, numbers, NORP without a
# gazetteer country, products…) are not entities here.
NER_CLASSES = {"PERSON": "Person", "ORG": "Agency", "GPE": "Region", "LOC": "Region"}
MAX_NAME_CHARS = 80
_LETTER = re.compile(r"[^\W\d_]")


def _keep_case(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.is_upper or any(c.isdigit() for c in tok.text)


def _lemma(ent: SpacySpan) -> str:
    """A pattern-found weapon's canonical form: common words lower case, last word singular."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words:
        return surface_form(ent.text)
    head = "".join((t.text if _keep_case(t) else t.lower_) + t.whitespace_ for t in words[:-1])
    return " ".join((head + words[-1].lemma_.lower()).split())


def _usable(text: str) -> bool:
    return (
        bool(_LETTER.search(text))
        and "\n" not in text
        and len(text) <= MAX_NAME_CHARS
        and not text.islower()
    )


def _headline(sent: SpacySpan) -> bool:
    """A title-case line without final punctuation: NER invents organisations there."""
    words = [t for t in sent if t.is_alpha]
    if not words or sent[-1].text in {".", "!", "?", "\u201d", '"'}:
        return False
    return sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


# --------------------------------------------------------------------------- refinement
# A pipeline component after spaCy's NER (kg/nlp.py adds it) corrects entity spans with rules
# that need the gazetteer: agencies of a state, titles before names, bare title words, and
# generic agreement phrases resolved against the states the sentence names.

POSSESSIVE = {"'s", "\u2019s", "\u2018s", "'", "\u2019"}
DASH = "\u2013"  # en dash between an agreement's parties
NAME_LABELS = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC", "PERSON"}


def _title_before(doc: Doc, end: int, roles: Roles) -> int | None:
    """Start of the longest title phrase that ends just before token ``end``, if any."""
    for size, titles in roles.title_sizes:  # longest first
        start = end - size
        if start >= 0 and tuple(t.lower_ for t in doc[start:end]) in titles:
            return start
    return None


def _agency_noun(doc: Doc, start: int, roles: Roles) -> tuple[int, str] | None:
    """(end, canonical name) of the longest agency noun phrase starting at token ``start``."""
    for size, nouns in roles.agency_noun_sizes:  # longest first
        end = start + size
        words = tuple(t.lower_ for t in doc[start:end]) if end <= len(doc) else None
        if words in nouns:
            return end, roles.agency_nouns[words]
    return None


def _state_agencies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Russia's Defence Ministry", "Ukraine's air force", "the German Defence Ministry",
    "the Ministry of Defence of Russia" → one Agency "<name> (<Country>)"."""
    by_start = {e.start: e for e in ents}
    out: list[SpacySpan] = []
    for country in ents:
        if country.label_ != "Country" or not country.ent_id_:
            continue
        pos = country.end
        if pos < len(doc) and doc[pos].lower_ in POSSESSIVE:
            pos += 1
        found = _agency_noun(doc, pos, roles) if pos < len(doc) else None
        org = by_start.get(pos)
        if (found is None and org is not None and not org.ent_id_ and org.label_ == "ORG"
                and not _headline(org.sent)):  # NER invents organisations in headlines
            words = tuple(t.lower_ for t in org)
            name = roles.agency_nouns.get(words) or surface_form(org.text)
            found = (org.end, name)
        if found is not None:
            end, name = found
            out.append(SpacySpan(doc, country.start, end, label="Agency",
                                 span_id=f"{name} ({country.ent_id_})"))
            continue
        # "the Ministry of Defence of Russia"
        if country.start >= 2 and doc[country.start - 1].lower_ == "of":
            for start in range(max(0, country.start - 6), country.start - 1):
                hit = _agency_noun(doc, start, roles)
                if hit is not None and hit[0] == country.start - 1:
                    out.append(SpacySpan(doc, start, country.end, label="Agency",
                                         span_id=f"{hit[1]} ({country.ent_id_})"))
                    break
    made = filter_spans(out)  # the rule's spans replace what they overlap
    taken = {i for e in made for i in range(e.start, e.end)}
    return sorted([*made, *(e for e in ents if not taken & set(range(e.start, e.end)))],
                  key=lambda e: e.start)


def _people_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name that NER took for an organisation or place after a title is a person
    ("Chancellor Olaf Scholz"), one after "the town of" a place; a title word alone is no
    organisation ("Secretary of State")."""
    out = []
    for e in ents:
        if e.ent_id_ or e.label_ not in NAME_LABELS:
            out.append(e)
            continue
        if len(e) == 1 and e.label_ == "ORG" and e[0].lower_ in roles.not_names:
            continue
        names = all(t.is_title and t.pos_ == "PROPN" for t in e)
        root = e.root
        if names and len(e) >= 2 and _title_before(doc, e.start, roles) is not None:
            out.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
        elif (root.dep_ == "pobj" and root.head.lower_ == "of"
              and root.head.head.lemma_.lower() in roles.place_nouns):  # "the town of Moura"
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))
        else:
            out.append(e)
    return out


def _countries(spans: Iterable[SpacySpan]) -> list[str]:
    return list(dict.fromkeys(e.ent_id_ for e in spans if e.label_ == "Country" and e.ent_id_))


def _agreements(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A generic agreement phrase ("a defense pact") names a known treaty only where its
    parties are named: in the sentence, or (when the sentence names at most one state) in the
    document; a sentence naming other states makes a new agreement "<kind> (<A>–<B>)";
    otherwise the phrase stays the generic kind."""
    out, in_doc = [], None
    for e in ents:
        entry = gaz.by_label.get(e.ent_id_) if e.label_ == "Agreement" else None
        if entry is None or not entry.generic:
            out.append(e)
            continue
        in_sent = _countries(e.sent.ents)
        known = gaz.agreements_of_kind(entry.label)
        if len(in_sent) >= 2:
            scope = in_sent
        else:
            in_doc = _countries(ents) if in_doc is None else in_doc
            scope = in_doc if set(in_sent) <= set(in_doc) else in_sent
        match = next((k for k in known if set(k.parties) <= set(scope)), None)
        if match is not None:
            key = match.label
        elif len(in_sent) >= 2:
            key = f"{entry.label} ({DASH.join(in_sent)})"
        else:
            key = entry.label
        out.append(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=key))
    return out


def refine_entities(doc: Doc, gaz: Gazetteer) -> Doc:
    """Apply the refinement rules to ``doc.ents`` in place (longer spans win)."""
    ents = list(doc.ents)
    if not ents:
        return doc
    ents = _people_after_titles(doc, ents, gaz.roles)
    ents = _state_agencies(doc, ents, gaz.roles)
    doc.ents = _agreements(doc, ents, gaz)
    return doc


class EntityRefiner:
    """The spaCy component: ``refine_entities`` with the gazetteer it was given."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        return refine_entities(doc, self.gazetteer) if self.gazetteer is not None else doc


# --------------------------------------------------------------------------- people's roles


def _title_text(tokens: Iterable) -> str:
    words = []
    for t in tokens:
        w = t.text
        if t.lower_ in ("of", "the", "in", "for"):
            words.append(t.lower_)
        elif t.is_upper and len(w) > 1:
            words.append(w)
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


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
    span = ent.doc[start : ent.end]
    text = span.text
    if key is None and cls != "Weapon" and (
        not _usable(text) or text.lower() in ignore or _headline(ent.sent)
    ):
        return None
    lemma = _lemma(span) if (cls == "Weapon" and key is None) else surface_form(text)
    title = affiliation = None
    if cls == "Person" and roles is not None:
        title, held = person_role(ent, roles)
        if held is not None:
            start = held.start + 1 if held[0].lower_ == "the" and len(held) > 1 else held.start
            h = held.doc[start : held.end]
            affiliation = Span(doc_id, offset + h.start_char, offset + h.end_char, h.text)
    return Mention(
        span=Span(doc_id, offset + span.start_char, offset + span.end_char, text),
        cls=cls,
        key=key,
        lemma=lemma,
        title=title,
        affiliation=affiliation,
    )


def extract_mentions(
    doc: Doc, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset()
) -> list[Mention]:
    """All entity mentions of ``doc``, in text order; offsets shifted by ``offset``.

    ``ignore``: lower-case names that are never entities (web furniture, platforms).
    """
    out = []
    roles = _roles()
    for ent in doc.ents:
        m = mention_of(ent, doc_id, offset, ignore, roles)
        if m is not None:
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _roles() -> Roles:
    from kg.gazetteer import load_roles

    return load_roles()
