"""Issue 12, stop 69 (h-ent34): long names that a title word or "Alternative" opens.

A title word at the front of a name that ends in a body's, a firm's or a place's head word
("the General Water Authority", "the Prince Edward Islands") opens that name: no titled
person is cut out of it. "Alternative" ends a party's or bloc's name, which goes on through
"for <place>" ("the Civic Alternative for Moldova"). Sentences written for these tests, none
taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _mentions(run, text: str) -> list[tuple[str, str]]:
    mentions, _ = run(text)
    return [(m.span.text, m.cls) for m in mentions]


def test_title_word_opening_a_body_keeps_the_body(run):
    text = ("Jordan rations water\n\nAMMAN, July 3 - The kingdom's General Water Authority said "
            "on Monday that it would cut supplies to farms for a month.")
    found = _mentions(run, text)
    assert any(t.endswith("General Water Authority") and c == "Agency" for t, c in found)
    assert not any(c == "Person" for _, c in found)


def test_body_opened_by_a_title_word_keeps_its_claim(claims):
    text = ("Jordan rations water\n\nAMMAN, July 3 - The kingdom's General Water Authority said "
            "on Monday that it would cut supplies to farms for a month.")
    assert any("General Water Authority" in claimant for claimant, _ in claims(text))


def test_title_word_opening_islands_keeps_the_place(run):
    text = ("Survey ship sails south\n\nThe survey ship will call at South Africa's Prince Edward "
            "Islands before it sails on to the ice shelf, officials said on Monday.")
    found = _mentions(run, text)
    assert ("Prince Edward Islands", "Region") in found
    assert not any(t == "Edward Islands" for t, _ in found)


def test_titled_person_is_still_cut_from_the_title(run):
    """Guard: a title before a person's names still leaves the person alone."""
    text = ("Army chief speaks\n\nLUANDA, June 2 - General Joao Mendes said on Friday that the "
            "army would stay in the north until the end of the year.")
    assert ("Joao Mendes", "Person") in _mentions(run, text)


def test_alternative_for_a_place_is_one_name(run):
    text = ("Vote held\n\nCHISINAU, Oct 4 - Ion Rusu, leader of the Civic Alternative for "
            "Moldova, said on Sunday the vote had been free.")
    found = _mentions(run, text)
    assert any(t == "Civic Alternative for Moldova" and c == "Agency" for t, c in found)
    assert ("Moldova", "Country") not in found


def test_lower_case_alternative_leaves_the_state(run):
    """Guard: "no alternative for Germany" names the state, no body."""
    text = ("Berlin signs\n\nBERLIN, Oct 4 - The minister said there was no alternative for "
            "Germany but to sign the accord.")
    assert ("Germany", "Country") in _mentions(run, text)
