"""A state's service after "its" that receives goods, as the object of a giving verb's "to"
or after "for" behind a verb of giving, making or buying, is the service of the one other
state its clause names, never the giver's (issue 12, stop 43, h-sup51), on sentences written
for this test: the service, not its state, received them (E17)."""

from __future__ import annotations


def test_its_service_given_to_is_the_other_states(supply_keys):
    found = supply_keys("Ecuador received two corvettes in 2015, along with four patrol boats "
                        "that Germany donated to its navy the same year.")
    assert any(s == "Germany" and r == "Navy (Ecuador)" for s, r, _ in found), found
    assert not any(r in ("Navy (Germany)", "Ecuador") and s == "Germany"
                   for s, r, _ in found), found


def test_its_service_a_firm_builds_for(run):
    mentions, _ = run("Peru bought ten trainers from Brazil, and Fincantieri is building two "
                      "corvettes for its navy.")
    assert any(m.key == "Navy (Peru)" and m.span.text == "navy" for m in mentions), mentions


def test_lender_is_not_the_owner(run):
    mentions, _ = run("Spain agreed to lend Ghana 200 million dollars to build four patrol "
                      "boats for its navy.")
    keys = {m.key for m in mentions}
    assert "Navy (Ghana)" in keys and "Navy (Spain)" not in keys, keys
