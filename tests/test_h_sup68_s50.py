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


# A described supplier: "the <nationality> <company noun> <Name>" names the company; the
# nationality says where it is from, not who supplies.

def _companies(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Company"}


def test_a_name_with_a_plus_after_a_shipbuilder_is_the_company(run):
    assert "Kessel+Brandt" in _companies(
        run, "The navy commissioned a corvette from the Dutch shipbuilder Kessel+Brandt, "
             "which built her in two years.")


def test_the_described_company_supplies_not_its_nationality(run):
    _, relations = run("The Ghanaian Navy took delivery today of the patrol ship Anzone from "
                       "the Danish shipbuilder Kessel+Brandt, which built her.")
    suppliers = {s.key or s.span.text for rel in relations if rel.relation == "supplies"
                 for s in rel.role("supplier")}
    assert "Kessel+Brandt" in suppliers and "Denmark" not in suppliers, suppliers


def test_a_month_after_a_company_noun_is_no_company(run):
    assert not _companies(run, "The company March results were weak, analysts said.") \
        & {"March"}
