"""Names whose first word NER left out: "the Greater | Romania Party", "the All | Africa
Conference of Churches", "the state aircraft maker PT | Dirgantara Indonesia". One capitalised
word inside a sentence, right before an unlisted name and itself no listed word, opens that
name: NER either left it untagged or made a name of it alone (issue 12, h-ent6)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer

# NER's and the rulers' labels of an organisation, place or system a word may open
NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "Company", "Agency", "Region", "Weapon"})
# the labels of a lone word NER split off a name ("The Greater", "the Islamic")
FRAGMENT_LABELS = frozenset({"ORG", "NORP"})
# words of grammar, never the first word of a name however written
GRAMMAR = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "NUM"})
SHORT_ACRONYM = 4  # "PT", "JSC": a legal form before a firm's name; longer runs are names


def _fragment(doc: Doc, at: int, e: SpacySpan, held: dict[int, SpacySpan]) -> bool:
    """Whether the word at ``at`` is untagged, or a name of its own (with its article) that NER
    split off the front of ``e``: "The Greater" before "Romania Party"."""
    other = held.get(at)
    if other is None:
        return True
    return (other.label_ in FRAGMENT_LABELS and not other.ent_id_ and other.end == e.start
            and all(t.pos_ == "DET" for t in doc[other.start:at]))


def _opening_word(word: Token, gaz: Gazetteer, weapon: bool) -> bool:
    """A capitalised word that can open a name: inside its sentence, no word of grammar, and
    no word the gazetteer or roles.yaml give another part (a demonym is its state's mention,
    a title its holder's, "Defence" a body's; "Soviet" before a weapon says whose it is, while
    "Islamic" or "Arab" before an organisation opens its name)."""
    roles = gaz.roles
    text = word.text
    if not word.is_alpha or word.is_sent_start or word.pos_ in GRAMMAR:
        return False
    if not (word.is_title or word.is_upper and len(text) <= SHORT_ACRONYM):
        return False
    lower = word.lower_
    return not (lower in gaz.demonym_set or lower in roles.title_words
                or text in roles.not_names or lower in roles.not_names
                or text in roles.org_heads or lower in roles.time_nouns
                or weapon and lower in roles.group_adjectives)


def _acronym(e: SpacySpan) -> bool:
    """"the Kurdish YPG": an acronym is a whole name; the word before it describes the body."""
    return len(e) == 1 and e[0].is_alpha and e[0].is_upper


def names_cut_at_the_front(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer,
                           headline: Callable[[SpacySpan], bool]) -> list[SpacySpan]:
    """The unlisted names of ``ents`` widened over the one capitalised word NER cut off their
    front (``_opening_word``); the spans to put in place of those they overlap. Not in a
    headline, where every word is capitalised, nor after another capitalised name word (a
    run of them is NER's to split)."""
    held = {i: e for e in ents for i in range(e.start, e.end)}
    made = []
    for e in ents:
        at = e.start - 1
        if e.label_ not in NAME_LABELS or e.ent_id_ or at < 1 or _acronym(e):
            continue
        word, before = doc[at], doc[at - 1]
        if not _opening_word(word, gaz, e.label_ == "Weapon") or not _fragment(doc, at, e, held) \
                or before.is_title and before.pos_ == "PROPN" and at - 1 not in held \
                or headline(e.sent):
            continue
        made.append(SpacySpan(doc, at, e.end, label=e.label_))
    return made
