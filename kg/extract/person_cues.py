"""What in its sentence shows that a name NER took for a person is one: a title or a first
name before it, a surname after it, a word of a person's full name elsewhere in the article,
"he"/"she" after it or "who" on it. A place's name that a person also bears ("Chad",
"Jordan", "Georgia", a town's name) is a person only where such a cue stands (issue 12,
h-typ1)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.gazetteer import Roles
from kg.extract.places import fold

# words only a person is referred back to by (a state is "it"); grammar, not domain knowledge
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def full_name_words(ents: list[Span]) -> dict[str, set[int]]:
    """Folded word → starts of the names of two words or more NER or kg took for a person
    that hold it ("Michael Jordan" makes "jordan" a surname in the article)."""
    out: dict[str, set[int]] = {}
    for e in ents:
        if e.label_ in ("PERSON", "Person") and len(e) > 1:
            for t in e:  # (tokens: "Charles Taylor's" holds "Taylor")
                if t.is_alpha:
                    out.setdefault(fold(t.text), set()).add(e.start)
    return out


def person_cued(e: Span, people: dict[str, set[int]], roles: Roles,
                acting: bool = False) -> bool:
    """Whether ``e`` reads as a person's name: a title, honorific or capitalised first name
    right before it, a capitalised surname right after it, one of its words in another
    person's full name (``full_name_words``), "who" on it or "he"/"his"/"she"/"her" later in
    its sentence; with ``acting``, also the subject of a verb, alone or in a list ("Obama
    orders troops to …": a town neither speaks nor acts; a state, in news, does)."""
    doc = e.doc
    if any(starts - {e.start} for t in e if (starts := people.get(fold(t.text)))):
        return True
    if e.start > 0:
        before = doc[e.start - 1]
        if before.is_title and (before.pos_ == "PROPN" or before.lower_ in roles.honorifics
                                or before.lower_ in roles.title_words):
            return True
    if e.end < len(doc):
        after = doc[e.end]
        if after.is_title and after.pos_ == "PROPN":
            return True
        if after.text == "," and e.end + 1 < len(doc) \
                and doc[e.end + 1].lower_ in PERSON_RELATIVES:
            return True
    if any(c.lower_ in PERSON_RELATIVES for t in e for c in t.subtree if c.i >= e.end):
        return True
    if any(t.lower_ in PERSONAL_PRONOUNS for t in doc[e.end:e.sent.end]):
        return True
    root = e.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Obama, Medvedev sign …"
        root = root.head
    return acting and root.dep_ == "nsubj"


def subject_verb(e: Span) -> Token | None:
    """The verb ``e`` (or the list it heads or ends) is the subject of, else None."""
    root = e.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:  # "A, B and C signed"
        root = root.head
    return root.head if root.dep_ in ("nsubj", "nsubjpass") else None


def referred_back(e: Span) -> bool:
    """Whether ``e`` is the subject of a verb whose clause refers back to it as a person ("A B
    put his name to it", "A B, whose party won, said he …"): "he"/"his"/"she"/"her" in the
    verb's words after the name, or "whose" on it (a body is "it"/"its", "which")."""
    verb = subject_verb(e)
    return verb is not None and any(
        t.i >= e.end and (t.lower_ in PERSONAL_PRONOUNS
                          or t.lower_ == "whose" and t.head.head.i == e.root.i)
        for t in verb.subtree)


def person_marked(e: Span, roles: Roles) -> bool:
    """Whether the sentence marks ``e``, a name NER took for a person, as a person even where
    it stands in a list of places or its last word is a feature's ("Defence Minister X San Y
    said", "X Ridge, the security director"): a capitalised title or honorific right before
    it, or a post's noun in apposition after it. The place rules leave such a name a person;
    "the Minister of X" (a title, then "of") marks nothing (issue 12, s71 h-ent42)."""
    doc = e.doc
    if e.start > 0:
        before = doc[e.start - 1]
        if before.is_title and before.pos_ in ("PROPN", "NOUN") and (
                before.lower_ in roles.title_words or before.lower_ in roles.honorifics):
            return True
    return any(c.dep_ == "appos" and c.i >= e.end and c.pos_ == "NOUN" and c.is_lower
               and c.lemma_.lower() in roles.post_kind_nouns for c in e.root.children)
