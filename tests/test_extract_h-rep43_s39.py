"""Issue 12, stop 39 (s45 h-rep43): trailing attributions and denials that the parser misreads
(sentences written for these tests, none taken from a corpus; real spaCy parse). A speaker set
off after the reported clause that the parser hangs as a relative clause on the clause's last
noun ("…, the air force's ageing Alouettes, Defence Minister X announced") reports the clause;
a sentence ending on ", a charge/claim <actor> has denied / rejects as …", however the verb was
tagged, is the actor's denial of the clause before the comma, unless the tail negates it; an
adjunct between a reported clause and its trailing speaker that the parser hangs on the reporting
verb is the clause's. Each text opens with a headline line."""

from __future__ import annotations


def test_trailing_minister_read_as_relative_clause(claims):
    found = claims("Kenya buys helicopters\n\nNAIROBI, May 4 (2011) - Kenya has agreed to buy 12 "
                   "Puma helicopters from France to replace the air force's ageing Alouettes, "
                   "Defence Minister Yusuf Haji announced on Monday.")
    assert [who for who, _ in found] == ["Yusuf Haji"], found
    assert found[0][1].startswith("Kenya has agreed to buy 12 Puma helicopters"), found
    assert "Haji" not in found[0][1], found


def test_true_relative_clause_after_a_comma_says_nothing(claims):
    found = claims("Jets arrive\n\nPeru received the first six jets on Friday, which Lima "
                   "announced on Monday.")
    assert found == [], found


def test_charge_always_denied_by_a_capital(claims):
    found = claims("Rebels armed\n\nNepal has long accused India of arming and sheltering the "
                   "Maoist fighters, a charge New Delhi has always denied.")
    said = dict(found)
    assert set(said) == {"Nepal", "India"}, found
    assert "arming and sheltering the Maoist fighters" in said["India"], found
    # Belize's capital is Belmopan: "Belize City" is a listed city that holds a state's name, a
    # Region since stop 55 (h-reg2), and a Region denies nothing (E12: capitals stand for states).
    found = claims("Rebels armed\n\nGuatemala has long accused Belize of arming and sheltering "
                   "the guerrillas, a charge Belmopan has always denied.")
    assert "Belize" in dict(found), found


def test_claim_rejected_as_something(claims):
    found = claims("Toll disputed\n\nCambodia says 40 of its soldiers died in the clashes along "
                   "the border, a claim Hanoi rejects as propaganda.")
    said = dict(found)
    assert set(said) == {"Cambodia", "Vietnam"}, found
    assert "40 of its soldiers died" in said["Vietnam"], found
    assert said["Vietnam"].endswith("propaganda"), found


def test_claim_not_denied_is_no_denial(claims):
    found = claims("Toll disputed\n\nCambodia says 40 of its soldiers died in the clashes along "
                   "the border, a claim Hanoi did not deny.")
    assert [who for who, _ in found] == ["Cambodia"], found


def test_adjunct_between_clause_and_trailing_speaker(claims):
    found = claims("Helicopters delivered\n\nPeru took delivery of six Mi-17 transport "
                   "helicopters from Russia on Friday, along with spare parts and training, "
                   "under a contract signed in March, Defence Minister Rafael Rey said at a "
                   "ceremony in Lima.")
    assert [who for who, _ in found] == ["Rafael Rey"], found
    said = found[0][1]
    assert said.endswith("under a contract signed in March"), found  # (not "at a ceremony")
