"""Issue 12 (h-sig6): signing recall on readable dev's recurring misses, each construction
tested on sentences written for this file (real spaCy parse), with negatives. Names are
compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _people(run, text):
    mentions, _ = run(text)
    return {_norm(m.span.text): m.cls for m in mentions}


# --- people listed with "of" and their state: a name NER called an organisation (d227, d257)
def test_person_listed_with_state_is_a_person(run):
    text = ("Tomas Verhoeven of Belgium, Anders Lindqvist of Sweden and Fuat Koprulu of Turkey "
            "put their names to the Treaty of Northern Cooperation on Monday.")
    people = _people(run, text)
    assert people.get(_norm("Fuat Koprulu")) == "Person"
    _, signed, _ = _observe(run, text)
    assert (_norm("Fuat Koprulu"), _norm("Treaty of Northern Cooperation")) in signed


def test_organisation_of_a_state_stays_one(run):
    """A body named with "of" and a state beside a listed person keeps its class."""
    people = _people(run, "Anders Lindqvist of Sweden and the Ministry of Defence of Norway "
                          "signed the Treaty of Northern Cooperation.")
    assert people.get(_norm("Ministry of Defence of Norway"), "Agency") != "Person"
