"""Issue 12, stop 37 (h-sup37): supplies with gaps, passives and noun subjects (sentences
written for these tests, none taken from a corpus; real spaCy parse); the dev articles each
construction came from are named at its test."""

from __future__ import annotations

from tests.test_extract_carrying_s30 import _supplies


def _items(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, m.key or m.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for m in r.role("item")}


def test_gapped_purchase_with_its_from_on_the_first_from(run):
    # (dev d559) the parser hangs the second "from" on the first one; the first seller is a
    # firm
    text = "Malaysia has also bought Scorpion light tanks from Alvis and F-16 fighters from Russia."
    assert _supplies(run, text) == {("Alvis", "Malaysia"), ("Russia", "Malaysia")}
    found = _items(run, text)
    assert ("Russia", "F-16 fighter jet") in found
    assert ("Alvis", "Scorpion") in found
    assert ("Alvis", "F-16 fighter jet") not in found


def test_object_pronoun_of_a_coordinated_clause_takes_up_the_first_recipient(run):
    # (dev d550) "it" is the state the first clause delivered to, not its subject
    text = "Paris has delivered Caesar howitzers to Kyiv, and Rome has given it Ariete tanks."
    found = _supplies(run, text)
    assert ("Italy", "Ukraine") in found
    assert ("Italy", "France") not in found


def test_possessive_after_an_aid_subject_is_the_first_recipient(run):
    # (dev d547) "Soviet aid … equipped its army": the aid owns no army
    text = ("Japan has supplied Laos with rice for years, and American aid has equipped its "
            "army with tanks.")
    assert ("United States", "Laos") in _supplies(run, text)


def test_possessive_after_a_state_subject_stays_its_own(run):
    # negative control: a state subject equips its own army
    text = "Japan supplied Peru with rice, and Russia has equipped its army with tanks."
    found = _supplies(run, text)
    assert not any(s == "Russia" for s, _ in found), found

