"""Issue 12, stop 53 (h-dep72): an agentless passive whose force names no owner takes the owner
the article gave that very force or system before ("The F-35s were sent to …" after "Royal
Netherlands Air Force F-35 jets"; dev conventions D3, the force's nationality); "enforce" is a
force's duty (sending aircraft to enforce something deploys them).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def _relations(run, text):
    _, rels = run(text)
    return {(r.relation, a.key or a.lemma, b.key or b.lemma) for r in rels
            for a in r.role("deployer") or r.role("supplier")
            for b in r.role("destination") or r.role("recipient")}


def test_named_system_takes_the_owner_the_article_gave_it(run):
    found = _deploys(run, "Royal Netherlands Air Force F-35 jets intercepted two bombers over "
                          "the Baltic Sea on Monday, the ministry said. The F-35s were sent to "
                          "Siauliai air base in Lithuania in March to police the airspace.")
    assert ("Air Force (Netherlands)", "Lithuania") in found


def test_bare_noun_takes_the_owner_of_the_weapon_it_heads(run):
    found = _deploys(run, "The first American Tomahawk cruise missile arrived in Germany on "
                          "Friday. The missile was flown to Ramstein in a transport plane.")
    assert ("United States", "Ramstein") in found


def test_owner_named_before_a_sale_is_not_the_deployer(run):
    found = _deploys(run, "Egypt bought 24 Russian Su-35 fighters from Russia last year. "
                          "The Su-35s were sent to an air base near Aswan in May.")
    assert not any(d == "Russia" for d, _ in found)


def test_two_owners_named_before_leave_no_deployer(run):
    found = _deploys(run, "French Rafale jets and Indian Rafale jets flew together over the "
                          "desert on Monday. The Rafales were sent to Qatar in March.")
    assert not found


def test_sent_to_enforce_is_a_deployment(run):
    found = _relations(run, "Norway sent four F-16 jets to Iceland to enforce the ban on "
                            "military flights.")
    assert ("deploys", "Norway", "Iceland") in found
    assert ("supplies", "Norway", "Iceland") not in found
