"""Issue 12, stop 50 (s57 h-sup68): a state body named by "whose" ("Chile, whose navy is to
receive two boats") is that state's body where the relative clause takes in goods, so it can
be the recipient of a participle supply ("whose navy is modernising with frigates bought from
Britain"); elsewhere ("whose navy has no carrier") it names no body. Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _agencies(run, text):
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency"}


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key or s.span.text, r.key or r.span.text) for rel in relations
            if rel.relation == "supplies"
            for s in rel.role("supplier") for r in rel.role("recipient")}


def test_whose_navy_modernising_with_bought_frigates_receives_them(run):
    pairs = _supplies(run, "Analysts pointed to Brazil, whose navy is modernising with "
                           "submarines bought from France, as the likely rival.")
    assert ("France", "Navy (Brazil)") in pairs, pairs


def test_whose_service_after_a_capital_is_that_states(run):
    pairs = _supplies(run, "The news was watched closely in Lima, whose air force is "
                           "modernising with jets bought from Russia and Belarus.")
    assert {("Russia", "Air Force (Peru)"), ("Belarus", "Air Force (Peru)")} <= pairs, pairs


def test_whose_navy_that_is_to_receive_boats_is_a_body(run):
    assert "Navy (Argentina)" in _agencies(
        run, "The design has also been chosen by Argentina, whose navy is to receive three "
             "boats from the same yard.")


def test_whose_navy_that_holds_nothing_bought_is_no_body(run):
    assert "Navy (Greece)" not in _agencies(
        run, "Greece, whose navy has no aircraft carrier, said the plan was a threat.")


def test_whose_army_relying_on_equipment_is_no_body(run):
    assert "Army (Syria)" not in _agencies(
        run, "Syria, whose army has relied on Soviet equipment, is expected to order more.")
