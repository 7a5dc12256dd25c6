"""Stop 45, h-rep59: `reports` claimants named wrongly, on sentences written for this test
(invented or generic participants, not taken from any article or corpus)."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver, untitled_office
from kg.inputs.years import latest_year
from kg.model import DocExtraction, Document


def _claimants(run, text: str) -> set[str]:
    """The claimant mentions' texts of every claim of ``text``."""
    _, relations = run(text)
    return {m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


def _entities(run, gazetteer, text: str) -> dict[str, set[str]]:
    """Key → aliases of every entity ``text`` resolves to as one document."""
    mentions, relations = run(text)
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text))
    resolver = Resolver(gazetteer)
    resolver.add(DocExtraction(doc, tuple(mentions), tuple(relations)))
    return {e.key: set(e.aliases) for e in resolver.entities.values()}


# --- a state's national Red Cross or Red Crescent society ------------------------------------

@pytest.mark.parametrize(("text", "society"), [
    ("The Ghanaian Red Cross said it had treated 40 wounded people.", "Ghanaian Red Cross"),
    ("A Kenya Red Cross official told reporters that 12 people had died.", "Kenya Red Cross"),
    ("The Iranian Red Crescent said it had sent 300 tents to the camps.",
     "Iranian Red Crescent"),
])
def test_national_society_speaks_for_itself(run, text, society):
    assert _claimants(run, text) == {society}


@pytest.mark.parametrize("text", [
    "The Ghanaian Red Cross said it had treated 40 wounded people.",
    "A Kenya Red Cross official told reporters that 12 people had died.",
])
def test_national_society_is_not_the_committee(run, gazetteer, text):
    keys = _entities(run, gazetteer, text)
    assert "International Committee of the Red Cross" not in keys, keys
    assert not {"Ghana", "Kenya"} & set(keys), keys


def test_bare_red_cross_stays_the_committee(run, gazetteer):
    text = "The Red Cross said it had treated 40 wounded people."
    assert "International Committee of the Red Cross" in _entities(run, gazetteer, text)


# --- an office named by its holder with or without the holder's title ----------------------

@pytest.mark.parametrize(("form", "bare"), [
    ("Prime Minister Kofi Mensah's office", "Kofi Mensah's office"),
    ("President Amara Diallo Keita's office", "Amara Diallo Keita's office"),
    ("Mr Otieno's office", "Otieno's office"),
    ("Otieno's office", None),  # no title: nothing to drop
    ("Prime Minister's office", None),  # a title alone names no holder
    ("Kofi Mensah's house", None),
])
def test_untitled_office(gazetteer, form, bare):
    assert untitled_office(form, gazetteer.roles) == bare


def test_office_known_by_its_holder_alone(run, gazetteer):
    text = "Prime Minister Kofi Mensah's office said the troops would stay until June."
    offices = {k: a for k, a in _entities(run, gazetteer, text).items()
               if k.endswith("office")}
    assert offices and all("Kofi Mensah's office" in a for a in offices.values()), offices
