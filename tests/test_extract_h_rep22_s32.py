"""Issue 12, stop 32 (h-rep22): "<leader>'s government", "the <leader> regime", "the government
of <leader>" as an actor, where the article affiliates the leader with no state: the story's
own state (its dateline's, named by its headline too) when he is its head (a leader's title,
no other titled head named before), none where its clause names another place or another
head was named first. Sentences written for these tests, none taken from a corpus; real spaCy
parse. Positive and negative cases."""

from __future__ import annotations

import pytest

GABON_HEAD = "Gabon says rebels routed near Oyem\n\n"
GABON_LEAD = ("LIBREVILLE, June 4 (1991) - Soldiers loyal to President Pierre Mbeki drove rebels "
              "out of two villages near Oyem on Sunday, the information ministry said.\n\n")


def test_regime_of_story_head_is_the_story_state(role_pairs):
    text = GABON_HEAD + GABON_LEAD + ("The rebel radio accused Cameroon and Nigeria of arming "
                                      "the Mbeki regime.")
    assert ("Nigeria", "Gabon") in role_pairs(text)


def test_possessive_government_of_story_head_sends(role_pairs):
    text = GABON_HEAD + GABON_LEAD + "Mbeki's government sent more troops to Oyem on Monday."
    found = role_pairs(text, "deploys")
    assert {d for d, _ in found} == {"Gabon"}, found


def test_government_of_a_name_ner_took_for_a_body_sends(role_pairs):
    # NER tags the unlisted name an organisation: a government "of" a name is its head's
    text = ("Thai court jails students\n\nBANGKOK, June 4 (1991) - A court jailed ten students "
            "on Monday, a lawyer said.\n\nThe government of Chuan Leekpai sent police units to "
            "Chiang Mai on Sunday.")
    assert role_pairs(text, "deploys") == {
        ("Thailand", "Chiang Mai")}


def test_other_head_named_first_gives_no_state(role_pairs):
    # a foreign head of government after the story's own head: not the story's state
    text = (GABON_HEAD + GABON_LEAD + "Prime Minister Jean Okoro of Cameroon called for talks."
            "\n\nThe rebel radio accused Nigeria of arming the Okoro government.")
    assert ("Nigeria", "Gabon") not in role_pairs(text)


def test_untitled_leader_gives_no_state(role_pairs):
    # "Colonel" is no head's title: his government may be another state's
    text = ("Gabon says rebels routed near Oyem\n\nLIBREVILLE, June 4 (1991) - Troops drove "
            "rebels out of two villages on Sunday, the ministry said.\n\nCuba has shipped rifles "
            "to the government of Colonel Tomas Abebe, diplomats said.")
    assert ("Cuba", "Gabon") not in role_pairs(text)


@pytest.mark.parametrize("text", [
    # the headline does not name the dateline's state: no story of its own state
    "Rebels routed near Oyem\n\nLIBREVILLE, June 4 (1991) - Soldiers loyal to President Pierre "
    "Mbeki drove rebels out of two villages on Sunday, the ministry said.\n\nThe rebel radio "
    "accused Nigeria of arming the Mbeki regime.",
])
def test_headline_without_story_state_gives_no_state(role_pairs, text):
    assert ("Nigeria", "Gabon") not in role_pairs(text)


def test_clause_placed_elsewhere_is_not_the_story_state(run):
    text = ("Gabon and Cameroon trade claims over border raid\n\nLIBREVILLE, June 4 (1991) - "
            "Gabon said its troops had repelled a raid near Bitam.\n\nIn Yaounde, the "
            "government of President Paul Ngono said its soldiers had never crossed the border.")
    _, rels = run(text)
    said = {m.key or m.lemma for r in rels if r.relation == "reports"
            and "never crossed" in (r.attr("statement") or "") for m in r.role("claimant")}
    assert "Gabon" not in said, said
