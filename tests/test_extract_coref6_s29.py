"""Issue 12, stop 29 (h-coref6). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "<leader>'s government says" where the article gives the leader no state: a head of
# state or government in a story filed from the capital of the state its headline names
# heads that state ------------------------------------------------------------------------
LEAD = "OSLO, May 2 (2004) - Norway signed a contract on Friday to buy four submarines.\n\n"
LEADERS_HOME = [
    ("chancellor_home",
     "Norway orders four submarines\n\n" + LEAD +
     "Chancellor Erik Lundby's government says the boats will cost 4 billion crowns.",
     "Norway", "the boats will cost 4 billion crowns"),
    ("president_argues",
     "Norway orders four submarines\n\n" + LEAD +
     "President Erik Lundby's government argues that the navy must patrol the northern coast.",
     "Norway", "the navy must patrol the northern coast"),
    # the headline names another state: the story need not be about the leader's own
    ("headline_other_state",
     "Germany wins submarine order\n\n" + LEAD +
     "Chancellor Erik Lundby's government says the boats will cost 4 billion crowns.",
     "Norway", None),
    # no title of a head of state or government: no state
    ("no_leader_title",
     "Norway orders four submarines\n\n" + LEAD +
     "General Erik Lundby's government says the boats will cost 4 billion crowns.",
     "Norway", None),
    # a leader the article affiliates keeps his own state
    ("affiliated_elsewhere",
     "Norway orders four submarines\n\n" + LEAD +
     "Swedish Prime Minister Erik Lundby's government says the boats will cost 4 billion "
     "crowns.", "Sweden", "the boats will cost 4 billion crowns"),
    ("affiliated_elsewhere_not_home",
     "Norway orders four submarines\n\n" + LEAD +
     "Swedish Prime Minister Erik Lundby's government says the boats will cost 4 billion "
     "crowns.", "Norway", None),
]


@pytest.mark.parametrize(("name", "text", "claimant", "fragment"), LEADERS_HOME,
                         ids=[c[0] for c in LEADERS_HOME])
def test_leaders_government_is_the_home_state(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


# --- "the two governments concluded …", "… that both panels signed": a pair as the subject of
# a signing verb, with no pair named just before it, is the two parties of the lead's signing -
def _signers(run, text: str, fragment: str) -> set[str]:
    """The parties of the signings found in the sentence that holds ``fragment``."""
    _, rels = run(text)
    return {m.key or m.span.text for r in rels if r.relation == "signed"
            and fragment in r.sentence.text for m in r.role("party")}


FILLER = ("The first boats will arrive in 2009. Officials said the price was fair. The navy "
          "had asked for six boats. The opposition called the deal too costly.\n\n")


def test_two_governments_are_the_leads_signers(run):
    text = ("Chile orders frigates from Spain\n\nSANTIAGO, May 2 (2004) - Chile signed a contract "
            "with Spain's Navantia on Friday for four frigates.\n\n" + FILLER +
            "The two governments also concluded a memorandum of understanding on ship repair.")
    assert _signers(run, text, "memorandum") == {"Chile", "Spain"}


def test_both_panels_are_the_leads_state_and_movement(run):
    text = ("Manila and rebels sign accord\n\nCOTABATO, May 2 (2004) - Negotiators for the "
            "Philippine government and the Moro National Liberation Front signed a peace "
            "agreement on Friday.\n\n" + FILLER + "It builds on the Jolo Framework Agreement "
            "that both panels signed in 2001.")
    assert _signers(run, text, "both panels") == {"Philippines", "Moro National Liberation Front"}


def _pairs(nlp, rules, gazetteer, text: str) -> dict[str, list[str]]:
    """Counted plural word → the actors ``plural_coreference`` resolves it to."""
    from kg.extract import extract_mentions
    from kg.extract.relations.coreference import plural_coreference

    doc = nlp(text)
    starts = {m.span.start: m for m in extract_mentions(doc, "d", ignore=gazetteer.not_entities)}
    by_token = {t.i: m for ent in doc.ents if (m := starts.get(ent.start_char)) for t in ent}
    return {doc[i].text: [m.key or m.lemma for m in ms]
            for i, ms in plural_coreference(doc, rules, by_token).items()}


def test_the_pair_resolved_from_the_lead(nlp, rules, gazetteer):
    text = ("Chile orders frigates from Spain\n\nSANTIAGO, May 2 (2004) - Chile signed a contract "
            "with Spain's Navantia on Friday for four frigates.\n\n" + FILLER +
            "The two governments also concluded a memorandum of understanding on ship repair.")
    assert sorted(_pairs(nlp, rules, gazetteer, text).get("governments", [])) == ["Chile", "Spain"]


@pytest.mark.parametrize("lead", [
    # the lead signs nothing
    "Chile is buying four frigates from Spain's Navantia.",
    # the lead names three states
    "Chile signed a contract with Spain's Navantia and Italy's Fincantieri on Friday.",
])
def test_no_pair_from_the_lead(nlp, rules, gazetteer, lead):
    text = ("Chile orders frigates\n\nSANTIAGO, May 2 (2004) - " + lead + "\n\n" + FILLER +
            "The two governments also concluded a memorandum of understanding on ship repair.")
    assert "governments" not in _pairs(nlp, rules, gazetteer, text)


def test_no_pair_where_not_signing(nlp, rules, gazetteer):
    text = ("Chile orders frigates from Spain\n\nSANTIAGO, May 2 (2004) - Chile signed a contract "
            "with Spain's Navantia on Friday for four frigates.\n\n" + FILLER +
            "The two governments have long disagreed over fishing rights.")
    assert "governments" not in _pairs(nlp, rules, gazetteer, text)
