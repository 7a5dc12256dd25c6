"""Issue 12, stop 35 (h-rep35): who speaks for a subject phrase with a relative clause on a
noun inside it (sentences written for these tests, none taken from a corpus; real spaCy
parse). "A coalition led by the X Movement, which includes the former minister Y, said …": the
relative clause describes the noun it hangs on, and a person named in it is not the voice of
the phrase (dev d523). Each text opens with a headline line (a first sentence is read as a
headline)."""

from __future__ import annotations


def test_person_in_deeper_relative_clause_is_no_claimant(claims):
    found = claims("Vote boycotted\n\nThe alliance of parties led by the Movement for Change, "
                   "which includes the former minister Ali Musa, said it would boycott the vote.")
    assert all(who != "Ali Musa" for who, _ in found), found


def test_unnamed_group_with_member_in_relative_clause_has_no_claimant(claims):
    found = claims("Inquiry demanded\n\nA circle of retired officers known as the Group of "
                   "Twelve, which includes the former mayor Tomas Berg, said it would publish "
                   "its own report.")
    assert all(who != "Tomas Berg" for who, _ in found), found


def test_person_as_head_of_subject_still_speaks(claims):
    # negative control: the relative clause on the speaker himself leaves him the claimant
    found = claims("Vote boycotted\n\nFormer minister Ali Musa, who leads the Movement for "
                   "Change, said the party would boycott the vote.")
    assert any(who == "Ali Musa" and "boycott the vote" in statement
               for who, statement in found), found
