"""Issue 12, stop 34 (h-ent43): the names a reader gives a state's armed service (sentences
written for these tests, none taken from a corpus; real spaCy parse). A service keyed
"<Service> (<State>)" ("Army (Kuwait)", also when reached only by a description: "the
emirate's army") is known by the state's adjective and by its name too ("Kuwaiti Army",
"Kuwait Army"), as the dev gold names services (dev d498 `Kuwaiti Army`, d221 `Jordanian
Army`)."""

from __future__ import annotations

import hashlib

import pytest

from kg.extract.runner import Extractor
from kg.graph.resolve import Resolver, resolve
from kg.model import Document


def _entities(text: str, nlp, gazetteer, rules):
    doc = Document("doc_" + hashlib.sha256(text.encode()).hexdigest()[:16], "a.txt", "a.txt",
                   text, hashlib.sha256(text.encode()).hexdigest(), "Report")
    ex = list(Extractor(nlp, rules, gazetteer.not_entities).extract([doc]))
    resolver = resolve(ex, gazetteer)
    resolver.finish(rules)
    return resolver.entities


def test_service_reached_by_a_description_has_the_adjective_name(nlp, gazetteer, rules):
    ents = _entities("Oman buys British tanks\n\nThe sultanate's army has flown Hawk jets for "
                     "two decades, officials said.", nlp, gazetteer, rules)
    army = ents.get("Army (Oman)")
    assert army is not None
    assert {"Omani Army", "Oman Army"} <= army.aliases


def test_named_state_service_has_the_adjective_name(nlp, gazetteer, rules):
    ents = _entities("Ghana said on Monday that its navy had bought two patrol boats from "
                     "Germany.", nlp, gazetteer, rules)
    assert any("Ghanaian Navy" in e.aliases for e in ents.values() if e.key.startswith("Navy ("))


def test_service_names_only_for_services_of_states(gazetteer):
    r = Resolver(gazetteer)
    assert r._service_names("Air Force (Nigeria)") == ["Nigerian Air Force",
                                                       "Nigeria Air Force"]
    # a ministry is no service; an unknown state gives no name
    assert r._service_names("Ministry of Defence (Kuwait)") == []
    assert r._service_names("Army (Narnia)") == []
    assert r._service_names("Army") == []


# A possessor NER took into a party's name that a lower-case head word closes ("Allende's
# Popular Unity coalition": dev d502) is cut off; "People's" stays a word of the name.
def _mentions(run, text):
    mentions, _ = run(text)
    return {(m.span.text, m.cls) for m in mentions}


@pytest.mark.parametrize("text, name", [
    ("The generals banned the parties of Herrera's Popular Renewal coalition and closed the "
     "newspapers.", "Popular Renewal"),
    ("Officials said Duarte's Democratic Action movement would boycott the vote.",
     "Democratic Action"),
])
def test_possessor_cut_before_a_lower_case_head(run, text, name):
    found = _mentions(run, text)
    assert (name, "Agency") in found
    assert not any("'s" in t for t, _ in found)


def test_peoples_stays_in_the_name(run):
    found = _mentions(run, "The People's Progressive Party coalition won the vote.")
    assert ("People's Progressive Party", "Agency") in found
