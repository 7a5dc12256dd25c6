"""Issue 12, stop 37 (s43 h-rep41): who the claimant is (sentences written for these tests,
none taken from a corpus; real spaCy parse). A government described by a relative clause
after "In <capital>," is that capital's state; a plural proper name kg does not list,
qualified by a nationality, is a body and not the state; officials qualified by a body's
name are the body's, not the place's they speak in; "it" after an unnamed body that spoke
is that body, not a state named beside it; a joint statement is the word of the sides it
speaks of. Each text opens with a headline line."""

from __future__ import annotations


def test_placed_government_with_relative_clause(claims):
    found = claims("Pact worries neighbours\n\nPeru and Bolivia signed a defence pact on "
                   "Monday. In Santiago, the government that took office in March said the "
                   "pact threatened the peace of the region.")
    assert ("Chile", "the pact threatened the peace of the region") in found, found
    assert all(who not in ("Peru", "Bolivia") for who, statement in found
               if "threatened the peace" in statement), found


def test_it_after_an_unnamed_body(claims):
    found = claims("Border clash\n\nThe Syrian army command said its gunners had destroyed "
                   "twelve Turkish tanks. It admitted that nine of its soldiers had died.")
    assert all(who not in ("Turkey", "Syria") for who, statement in found
               if "nine of its soldiers" in statement), found


def test_unlisted_plural_body_is_not_its_state(claims):
    found = claims("Ships sail\n\nThe Canadian Liberals said the frigates should not have "
                   "been sent without a vote.")
    # the party speaks, not its state (a party named by its plural: h-rep50, stop 43)
    assert [who for who, _ in found] == ["Liberals (Canada)"], found


def test_named_body_officials_in_a_city(claims):
    found = claims("Camp raided\n\nHamas officials in Cairo said the talks had failed "
                   "because of new demands.")
    assert [who for who, _ in found] == ["Hamas"], found
    found = claims("Camp raided\n\nFRELIMO officials in Lusaka said the camp sheltered only "
                   "refugees.")
    assert all(who != "Zambia" for who, _ in found), found


def test_joint_statement_is_the_sides(claims):
    found = claims("Leaders meet\n\nThe Egyptian president ended a visit to India on "
                   "Friday. A joint communique said the two countries had agreed to widen "
                   "their cooperation in trade and defence.")
    whos = {who for who, statement in found if "widen their cooperation" in statement}
    assert whos == {"Egypt", "India"}, found
