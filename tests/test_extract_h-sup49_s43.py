"""A state's service that holds weapons bought or supplied, named by "its" after another body
of the same state in the sentence, or by "the <description>'s (own)" in a story whose
headline is about another state (issue 12, stop 43, h-sup49), on sentences written for this
test: the service, not its state, received them (E17)."""

from __future__ import annotations


def test_second_its_service_is_the_first_ones_state(supply_keys):
    found = supply_keys("Morocco wants new tanks. Its navy relies on old frigates, and its "
                        "air force flies Mirage jets supplied by France.")
    assert any(s == "France" and r == "Air Force (Morocco)" for s, r, _ in found), found
    assert not any(r == "Morocco" for _, r, _ in found), found


def test_own_service_of_dateline_kingdom(supply_keys):
    text = ("France to sell trainers to Morocco\n\nRABAT, May 3 (2004) - France will sell ten "
            "trainer aircraft to Morocco, officials said.\n\nThe kingdom's own air force "
            "flies about 40 F-5 jets bought from the United States.")
    found = supply_keys(text)
    assert any(s == "United States" and r == "Air Force (Morocco)" for s, r, _ in found), found
    assert not any(s == "United States" and r in ("Morocco", "France") for s, r, _ in found)
