"""Entity mentions from a parsed document: gazetteer matches first, then spaCy's NER."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.gazetteer import surface_form
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


def mention_of(
    ent: SpacySpan, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset()
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
    return Mention(
        span=Span(doc_id, offset + span.start_char, offset + span.end_char, text),
        cls=cls,
        key=key,
        lemma=lemma,
    )


def extract_mentions(
    doc: Doc, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset()
) -> list[Mention]:
    """All entity mentions of ``doc``, in text order; offsets shifted by ``offset``.

    ``ignore``: lower-case names that are never entities (web furniture, platforms).
    """
    out = []
    for ent in doc.ents:
        m = mention_of(ent, doc_id, offset, ignore)
        if m is not None:
            out.append(m)
    return out
