"""Issue 12, stop 38 (s44 h-rep42): who the claimant is (sentences written for these tests,
none taken from a corpus; real spaCy parse). A body's name set off after a description ("the
UN mission, MONUSCO, said"; "the UN mission in Chad, MINUSMA, said", the name hung on the
place) is the claimant, not the organisation in the description; a relative clause the parser
reads as an apposition ("A and B, which border C, said") adds no claimant; the agent of a
participle on the subject ("Reporters taken to the town by the army reported") does not report;
a participle of saying with an infinitive ("fighters believed to be Russian") is said of the
noun, not by it. Each text opens with a headline line."""

from __future__ import annotations


def test_named_peace_mission_in_apposition(claims):
    found = claims("Rebels advance\n\nThe United Nations stabilisation mission, MONUSCO, said "
                   "its patrols had seen no fighting near the lake.")
    assert [who for who, _ in found] == ["MONUSCO"], found


def test_named_mission_hung_on_its_place(claims):
    found = claims("Town cut off\n\nThe United Nations mission in Chad, MINUSMA, said the road "
                   "to the town had been closed for a week.")
    assert [who for who, _ in found] == ["MINUSMA"], found


def test_relative_clause_read_as_apposition(claims):
    found = claims("Missiles moved\n\nLatvia and Estonia, which border Russia, said the move "
                   "threatened the whole region.")
    assert sorted(who for who, _ in found) == ["Estonia", "Latvia"], found


def test_agent_of_a_participle_on_the_subject(claims):
    found = claims("Town retaken\n\nReporters taken into Kadugli by the Sudanese army "
                   "reported seeing burned houses and empty streets.")
    assert found == [], found


def test_participle_of_belief_is_no_claim_of_its_noun(claims):
    found = claims("Farmers killed\n\nAmnesty International said on Monday that Sudanese "
                   "soldiers and foreign fighters believed to be Chadian had killed about 40 "
                   "farmers in the northern town of Tine last week.")
    assert [who for who, _ in found] == ["Amnesty International"], found
    found = claims("Herders shot\n\nWitnesses said Nigerien troops and foreign fighters "
                   "believed to be Malian had shot 20 herders.")
    assert found == [], found


def test_subject_of_an_apposition_with_a_participle(claims):
    found = claims("Border quiet\n\nBrigadier Tomas Ruiz, commander of the Andes command set "
                   "up in Cuzco to run the operation, has said that a much larger force is "
                   "ready.")
    assert [who for who, _ in found] == ["Tomas Ruiz"], found
