"""Bodies NER took for places: a name no place list holds that the article states to be an
organised body ("Vorn, the guerrilla movement", "the national parliament, the Landting") or
makes it speak ("Vorn said") is an Agency in every mention, not a Region
(issue 12, h-org1)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, Roles
from kg.extract.places import fold, listed_place
from kg.extract.tokens import without_the

# NER's place labels and the class rules give an unlisted place
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "Region"})


def _organised(word: Token, roles: Roles) -> bool:
    """A lower-case noun of an organised body ("movement", "parliament", "guerrillas")."""
    return word.pos_ == "NOUN" and word.is_lower and word.lemma_.lower() in roles.organised_nouns


def stated_body(e: SpacySpan, roles: Roles) -> bool:
    """Whether the words around one mention state it a body: an organised noun in apposition
    ("Vorn, the movement"; "the parliament, the Landting"), or a verb of speech it is the
    subject of ("Vorn said": a place that speaks is a listed capital, not an unknown name)."""
    words = without_the(e)
    root = words.root
    if root.dep_ == "appos" and root.head.i < words.start:
        return _organised(root.head, roles)
    if any(c.dep_ == "appos" and c.i >= words.end and _organised(c, roles)
           for c in root.children):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in roles.speech_verbs


def organised_names(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """Every place-labelled mention of a name that neither the gazetteer nor a place list
    holds, relabelled an organisation (NER's ORG) when any of its mentions is stated a body
    (``stated_body``); a known place stays one ("Gaza, the government said")."""
    by_name: dict[str, list[SpacySpan]] = {}
    for e in ents:
        if e.label_ in PLACE_LABELS and e.ent_id_ in ("", e.text):
            by_name.setdefault(without_the(e).text, []).append(e)
    relabel: set[tuple[int, int]] = set()
    for name, spans in by_name.items():
        if gaz.lookup(name) is not None or listed_place(fold(name)) \
                or not any(stated_body(e, gaz.roles) for e in spans):
            continue
        relabel.update((e.start, e.end) for e in spans)
    if not relabel:
        return ents
    return [SpacySpan(doc, e.start, e.end, label="ORG") if (e.start, e.end) in relabel else e
            for e in ents]
