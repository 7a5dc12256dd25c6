"""Combat aircraft or warships sent to a place abroad are a deployment, a supply only where the
text says they pass to the recipient (issue 12, stop 77, h-dep120; dev conventions D1's stop 77
clause): "sent warplanes / <named fighters> / attack helicopters to X" deploys; a hand-over verb
in the sentence, or one elsewhere in the article by the sender with craft for its object, keeps
the supply, and so does a dative ("sent X twelve jets"). Never both lines. Sentences written
for this test."""

from __future__ import annotations


def _pairs(relations, text: str, relation: str, first: str, second: str
           ) -> set[tuple[str, str]]:
    return {(a, b) for rel, r in relations(text) if rel == relation
            for a in r.get(first, []) for b in r.get(second, [])}


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return _pairs(relations, text, "deploys", "deployer", "destination")


def _supplies(relations, text: str) -> set[tuple[str, str]]:
    return _pairs(relations, text, "supplies", "supplier", "recipient") | \
        _pairs(relations, text, "supplies", "supplier", "item")


def test_warplanes_sent_to_a_state_deploy(relations):
    text = "Officials in Accra said on Friday that Chad had sent warplanes to Cameroon."
    assert ("Chad", "Cameroon") in _deploys(relations, text)
    assert not _supplies(relations, text)


def test_named_fighters_sent_to_a_state_deploy(relations):
    text = "Chile has sent six F-16s to Bolivia, the defence ministry in Santiago said."
    assert ("Chile", "Bolivia") in _deploys(relations, text)
    assert not _supplies(relations, text)


def test_attack_helicopters_sent_abroad_deploy(relations):
    text = "Belgium sends Apache helicopters to Niger"
    assert ("Belgium", "Niger") in _deploys(relations, text)
    assert not _supplies(relations, text)


def test_a_hand_over_in_the_sentence_keeps_the_supply(relations):
    # (guard: "handed over" says the jets pass to the recipient, D1)
    text = ("Portugal has handed over three F-16 fighter jets to Romania, making it the first "
            "ally to send warplanes to Bucharest, officials said.")
    assert ("Portugal", "Romania") in _supplies(relations, text)
    assert ("Portugal", "Romania") not in _deploys(relations, text)


def test_a_hand_over_by_the_sender_elsewhere_keeps_the_supply(relations):
    # (guard: the article's next sentence says the sender supplied the aircraft, as d320)
    text = ("Kenya has sent four F-16 fighter jets to Uganda, diplomats said. "
            "Nairobi denied supplying any aircraft.")
    assert ("Kenya", "Uganda") in _supplies(relations, text)
    assert not _deploys(relations, text)


def test_a_hand_over_by_another_state_is_no_word_for_these_craft(relations):
    # (guard: a delivery of jets by a third state says nothing of the jets the sender sent)
    text = ("Senegal sent warplanes to Guinea last month. "
            "Morocco has delivered jets to the Senegalese air force since 2019.")
    assert ("Senegal", "Guinea") in _deploys(relations, text)
    assert ("Senegal", "Guinea") not in _supplies(relations, text)


def test_a_dative_keeps_the_supply(relations):
    # (guard: "sent X twelve jets", the recipient as indirect object, D1)
    text = "Russia has sent Algeria twelve MiG-29 fighters, a Russian official said."
    assert ("Russia", "Algeria") in _supplies(relations, text)
    assert not _deploys(relations, text)
