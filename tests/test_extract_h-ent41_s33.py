"""Issue 12, stop 33 (h-ent41): a full name NER left untagged, with a title noun in
apposition right after it ("and Guillaume Kigbafori, leader of the rebel New Forces,
signed"), is a person and signs (sentences written for this file, real spaCy parse; dev
d428). Negative cases say what must stay as it is."""

from __future__ import annotations

from tests.test_extract_entities_s26 import _classes

LEADER = ("Ivory Coast's President Laurent Gbagbo and Guillaume Kigbafori, leader of the rebel "
          "New Forces, signed an agreement in the Burkinabe capital on Sunday.")


def _parties(run, text):
    _, rels = run(text)
    return {a.key or a.lemma for r in rels if r.relation == "signed" for a in r.role("party")}


def test_untagged_name_with_a_post_in_apposition_is_a_person(run):
    found = _classes(run, LEADER)
    assert found.get("Guillaume Kigbafori") == "Person", found
    assert found.get("New Forces") == "Agency", found


def test_untagged_name_with_a_post_in_apposition_signs(run):
    assert {"Laurent Gbagbo", "Guillaume Kigbafori"} <= _parties(run, LEADER)


def test_place_described_by_no_title_noun_stays_a_place(run):
    # "the capital" is no post: the name before it is no person
    found = _classes(run, "The convoy reached Fort Lamy, the capital, on Monday.")
    assert found.get("Fort Lamy") == "Region", found
