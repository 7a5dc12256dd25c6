"""Issue 12, coreference round 4 (h-coref4): a definite plural armed group noun ("the rebels",
"the militants", "the Islamists") means the armed group named before, and "them"/"they" after
such a subject means it too. Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the group the text called rebels / militants / an insurgency before
    ("Yemen's Houthi rebels seized the port in March. Iran has supplied the rebels with drones "
     "and missiles, the report said.", ("Iran", "Houthis")),
    ("Al-Shabaab militants attacked a base near Mogadishu on Monday. Officials said Eritrea had "
     "shipped rifles to the militants.", ("Eritrea", "al-Shabaab")),
    ("Officials in Kabul say the Taliban insurgency has grown. Pakistan, which denies the "
     "charge, is accused of sending rockets to the insurgents.", ("Pakistan", "Taliban")),
    # a noun its name fits: "the Islamists" after an Islamic front
    ("The Islamic Salvation Front called for a boycott of the vote. Officials say Sudan sent "
     "weapons to the Islamists last year.", ("Sudan", "Islamic Salvation Front")),
])
def test_an_armed_group_noun_means_the_group_named_before(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_them_after_a_group_noun_subject_with_its_apposition(role_pairs):
    text = ("The guerrillas, former soldiers of the Free Aceh Movement, crossed the border in "
            "May. A UN panel accused Libya of training and arming them.")
    assert ("Libya", "Free Aceh Movement") in role_pairs(text)


def test_the_rebels_who_speak_are_the_group(run):
    text = ("Houthi rebels seized the port in March. The rebels said on Monday that Iran had "
            "never sent them missiles.")
    _, rels = run(text)
    claimants = {c.key or c.lemma for r in rels if r.relation == "reports"
                 for c in r.role("claimant")}
    assert "Houthis" in claimants


@pytest.mark.parametrize("text, supplier", [
    # two groups named together: which of them is not said
    ("Houthi rebels and al-Shabaab militants attacked ships in the Red Sea last year. Iran has "
     "supplied the rebels with drones.", "Iran"),
    ("Rebel leaders from the Free Aceh Movement and the Papua Freedom Movement met in May. "
     "Libya is accused of arming the rebels.", "Libya"),
    # no organisation called an armed group before (the UN is none; a state's army is none)
    ("The United Nations sent observers in May. Officials said Uganda had supplied the rebels "
     "with rifles.", "Uganda"),
    ("The Sudanese army and the rebels fought for the capital in April. Russia has sold the "
     "militias rifles, the report said.", "Russia"),
    # a counted plural is no anaphor
    ("Al-Shabaab militants attacked a base near Mogadishu on Monday. Kenya has sold the two "
     "militants rifles.", "Kenya"),
    # "them" after coordinated states that are its clause's subjects is not the group
    ("Houthi rebels seized the port in March. Saudi Arabia and the UAE have asked Washington "
     "to keep supplying them.", "United States"),
])
def test_no_armed_group_is_guessed(role_pairs, text, supplier):
    assert not {r for s, r in role_pairs(text) if s == supplier}
