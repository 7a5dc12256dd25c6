"""A party's plural before a noun of its officers names the party ("Greens leader X said"), as its
adjective does; before another noun it names none. A lower-case listed body ("armasuisse") is
found as written (issue 12, stop 65, h-agy6). Sentences written for these tests."""

from __future__ import annotations


def _agencies(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.ent_id_) for e in nlp(text).ents if e.label_ == "Agency"]


LEAD = "CANBERRA, May 4 - Australia said on Monday it would buy six patrol boats. "


def test_a_party_plural_before_its_leader_is_the_party(nlp):
    text = LEAD + "Greens leader Mary Holt said the money should go to hospitals instead."
    assert ("Greens", "Greens (Australia)") in _agencies(nlp, text)


def test_a_party_plural_before_a_portfolio_and_its_spokeswoman_is_the_party(nlp):
    text = LEAD + "Greens defence spokeswoman Ann Reid called the purchase a waste."
    assert ("Greens", "Greens (Australia)") in _agencies(nlp, text)


def test_a_party_plural_before_another_noun_names_no_party(nlp):
    text = LEAD + "A Greens motion to delay the purchase failed in the Senate on Tuesday."
    assert all(e[0] != "Greens" for e in _agencies(nlp, text))


def test_the_lower_case_procurement_agency_is_found(nlp):
    text = ("BERN, May 4 - Switzerland signed the contract with armasuisse, the federal "
            "procurement agency, on Monday.")
    assert ("armasuisse", "armasuisse") in _agencies(nlp, text)
