"""Issue 12, stop 51 (h-svc1): a bare service noun ("navy", "air force", "coast guard") is a
state's service that the document decides: the state of a service it is listed with ("the
army and the air force", "army, navy and air force", a gapped "and the navy 1,000 marines"), and
for a coast guard that goods are given to, the buyer's (sentences written for this
file, real spaCy parse)."""

from __future__ import annotations


def _keys(run, text: str, words: str) -> set[str]:
    """The keys of the Agency mentions of ``text`` whose words are ``words``."""
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency" and m.span.text == words}


LISTED = ("Ghana signs deal for Italian helicopters\n\nACCRA, May 2 - Ghana's defence "
          "ministry said on Monday that it had ordered twelve helicopters from Italy. Italy "
          "will sell six trainers to the army and the air force, with the first due next year.")


def test_service_listed_after_a_keyed_service_is_that_states(run):
    assert _keys(run, LISTED, "air force") == {"Air Force (Ghana)"}


def test_services_listed_after_a_possessed_one_share_its_state(run):
    text = ("The chiefs of Ghana's army, navy and air force met the president in Accra on "
            "Monday to discuss the budget.")
    assert _keys(run, text, "navy") == {"Navy (Ghana)"}
    assert _keys(run, text, "air force") == {"Air Force (Ghana)"}


def test_gapped_service_takes_the_state_of_the_verbs_subject(run):
    text = ("ACCRA, May 2 - Ghana has sent more troops to its northern border. The army has "
            "flown about 3,000 soldiers to Bawku, and the navy about 800 marines, who will "
            "guard the river crossings.")
    assert _keys(run, text, "navy") == {"Navy (Ghana)"}


def test_service_of_another_state_is_not_listed_with_it(run):
    text = ("Talks between the Indian army and the Pakistani air force ended on Monday "
            "without agreement, officials said.")
    assert "Air Force (India)" not in _keys(run, text, "air force")


def test_coast_guard_given_goods_is_the_buyers(run):
    clause = "Japan has supplied patrol boats to the coast guard"
    text = ("Vietnam receives cutters from United States\n\nHANOI, March 3 - Vietnam has "
            "received two former US Coast Guard cutters from Washington. " + clause + ", "
            "officials said.")
    assert _keys(run, text, "coast guard") == {"Coast Guard (Vietnam)"}
