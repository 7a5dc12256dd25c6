"""Issue 12, stop 66 (h-res1): a government named by a party's word alone ("The Socialist
government says …", "delivered to the <party word> government") stands for its state, the
party filling no role (dev R8, stop 66). Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

from kg.extract.relations.party_governments import party_words

PERONIST = ("Argentina receives patrol boats\n\nBUENOS AIRES, June 2 - Argentina has received "
            "four patrol boats from France, the navy said. President Carlos Rivas of Uruguay and "
            "President Jorge Salas said the region was at peace.\n\nThe boats replace gunboats "
            "that Britain delivered to the Peronist government in the 1950s.")


def test_untyped_party_word_government_is_the_story_state(relations):
    # the party word names no rival head: the two presidents named before do not block it
    found = [roles for rel, roles in relations(PERONIST)
             if rel == "supplies" and roles.get("supplier") == ["United Kingdom"]]
    assert found and found[0].get("recipient") == ["Argentina"]


def test_typed_party_word_government_speaks_for_the_party_state(relations):
    text = ("Portugal orders two frigates\n\nLISBON, May 4 - Portugal will buy two frigates "
            "from the Netherlands, the defence ministry said on Monday.\n\nThe Socialist "
            "government says the ships are needed to patrol the Atlantic.")
    claimants = [roles["claimant"] for rel, roles in relations(text) if rel == "reports"]
    assert ["Portugal"] in claimants
    assert not any("Socialist" in k for c in claimants for k in c)


def test_no_state_where_the_headline_does_not_name_the_dateline_state(relations):
    # (guard) a story whose headline names no state: which state's party is unsure
    text = PERONIST.replace("Argentina receives patrol boats", "Old gunboats retired")
    found = [roles for rel, roles in relations(text)
             if rel == "supplies" and roles.get("supplier") == ["United Kingdom"]]
    assert found and "recipient" not in found[0]


def test_party_words_shape(nlp, rules):
    def words(text: str) -> list[str]:
        doc = nlp(text)
        gov = next(t for t in doc if t.lemma_ == "government")
        return [w.text for w in party_words(gov, rules, {})]

    assert words("Britain delivered the gunboats to the Peronist government.") == ["Peronist"]
    # (guard) a leader named by "of" is the leader's government (``_led_government``)
    assert words("Britain delivered the gunboats to the Peronist government of Juan "
                 "Rivas.") == []
    # (guard) no "the": "a Peronist government" is no one government
    assert words("Britain would never arm a Peronist government.") == []
