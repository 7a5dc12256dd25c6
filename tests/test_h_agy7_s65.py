"""Fighters who join a state's service under a deal join the body ("the rebels are to disarm and
join the army"): the service is mentioned, where a joining verb otherwise names a career
("she joined the army in 1990": none) (issue 12, stop 65, h-agy7). Sentences written for these
tests."""

from __future__ import annotations

LEAD = ("KAMPALA, May 4 - Uganda's government and the rebel movement signed a peace accord on "
        "Monday after two years of talks. ")


def _agencies(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.ent_id_) for e in nlp(text).ents if e.label_ == "Agency"]


def test_rebels_who_are_to_join_the_army_join_the_body(nlp):
    text = LEAD + "The rebels are to hand in their guns and join the army within six months."
    assert ("army", "Army (Uganda)") in _agencies(nlp, text)


def test_armed_men_who_join_the_army_join_the_body(nlp):
    text = LEAD + "Under the deal, the movement's armed men will join the army or go home."
    assert ("army", "Army (Uganda)") in _agencies(nlp, text)


def test_fighters_join_the_national_armed_forces_of_the_deals_state(nlp):
    text = ("GENEVA, May 4 - Uganda's government and two rebel groups signed a peace accord "
            "on Monday after two years of talks. The fighters are to disarm and join the "
            "national armed forces by the end of the year.")
    assert ("national armed forces", "Armed Forces (Uganda)") in _agencies(nlp, text)


def test_former_rebels_who_joined_the_army_join_the_one_named_before(nlp):
    text = ("NAIROBI, May 4 - Kenya hosted the talks. The Ugandan army and the rebels fought "
            "for two years. The war began when former rebels who had joined the army "
            "mutinied in the north.")
    agencies = _agencies(nlp, text)
    assert ("army", "Army (Uganda)") in agencies
    assert all(key != "Army (Kenya)" for _, key in agencies)


def test_a_person_who_joined_the_army_names_no_body(nlp):
    text = LEAD + "The minister, a lawyer, joined the army in 1990 and left it in 1998."
    assert all(span != "army" for span, _ in _agencies(nlp, text))
