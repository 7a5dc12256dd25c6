"""Issue 13, stop 48 (h-perf31): three rules that walked every token of a document with a
``Token`` per word (coreference's ``weapon_groups``, the refiner's ``_movements_by_description``
and ``_speaking_police``) read the lemma or lower-case column first and make a Token only for
the few words that can start them; their answers are the Token walks' answers."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from kg.extract import extract_mentions
from kg.extract.refine.forces import _movements_by_description, _speaking_police
from kg.extract.refine.spans import _roles
from kg.extract.relations.coreference import weapon_groups
from kg.extract.tokens import lemmas, where

TEXTS = [
    "The frigates HMAS Anzac and HMAS Arunta sailed to Darwin. Both frigates were bought from "
    "the United States, and the frigates later visited Manila.",
    "Officials said Maoist rebels had attacked a post. The Communist Party of Zembla (Maoist) "
    "denied it. Southern rebels were quiet.",
    "Two shops were set on fire overnight, and Karachi police said nine men had been held. "
    "Afghan police will patrol the road, and the Punjab police reported four arrests.",
]


def _by_token(doc: Doc, gazetteer) -> dict:
    mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    by_start = {m.span.start: m for m in mentions}
    return {t.i: m for ent in doc.ents if (m := by_start.get(ent.start_char)) is not None
            for t in ent}


def test_the_columns_list_the_words_the_token_walks_tested(nlp):
    roles = _roles()
    for doc in nlp.pipe(TEXTS):
        assert lemmas(doc) == [t.lemma_.lower() for t in doc]
        assert where(doc, LOWER, roles.police_nouns) == \
            [t.i for t in doc if t.lower_ in roles.police_nouns]


def test_the_rules_answer_as_before(nlp, rules, gazetteer):
    roles = _roles()
    found = {"groups": 0, "police": 0, "movements": 0}
    for doc in nlp.pipe(TEXTS):
        groups = weapon_groups(doc, rules, _by_token(doc, gazetteer))
        found["groups"] += len(groups)
        ents = list(doc.ents)
        police = _speaking_police(doc, ents, roles)
        found["police"] += sum(e.label_ == "Agency" and e.ent_id_.endswith(" Police")
                               for e in police)
        moved = _movements_by_description(doc, ents, roles)
        found["movements"] += len(moved) != len(ents) or moved != ents
    # the frigates' group at "Both frigates" and "the frigates", the Karachi and Punjab forces;
    # the refined entities are a fixed point of the description rule (the Maoists are named)
    assert found == {"groups": 2, "police": 2, "movements": 0}
