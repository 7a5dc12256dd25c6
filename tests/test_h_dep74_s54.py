"""Issue 12, stop 54 (h-dep74): deployments whose parties are only referred to. The sender's own
possessive ("on its first patrol") names no destination and no longer stops the look for the
place "the region" means; a passive "it" stands for the force noun the story named just before
("The frigate … left Brest. It was sent to …"), whose owner is the state that sent it.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_region_meant_despite_the_senders_possessive(run):
    found = _deploys(run, "Norwegian commandos freed a tanker in the Gulf of Aden on Monday, "
                          "days after Norway sent the frigate Nansen to the region on its "
                          "second patrol.")
    assert ("Norway", "Gulf of Aden") in found


def test_senders_possessive_is_still_no_destination(run):
    found = _deploys(run, "Norway sent the frigate Nansen on its second patrol last week.")
    assert not any(d == "Norway" and p == "Norway" for d, p in found)


def test_passive_it_stands_for_the_ship_named_before(run):
    found = _deploys(run, "Norway sent the frigate Nansen to the Gulf of Aden in March. The "
                          "frigate, which carries 120 sailors, left Bergen in the spring. It was "
                          "sent to waters off Somalia and Yemen after shipowners asked for help.")
    assert {("Norway", "Somalia"), ("Norway", "Yemen")} <= found


def test_passive_it_in_a_where_clause_reads_no_wrong_actor(run):
    found = _deploys(run, "Norway sent the frigate Nansen to the Gulf of Aden in March. Last year "
                          "it withdrew a battalion from Lebanon, where it had been sent in 2006.")
    assert not any(d == "Lebanon" for d, _ in found)


def test_passive_it_for_no_force_stays_none(run):
    found = _deploys(run, "Norway sent the frigate Nansen to the Gulf of Aden in March. The "
                          "report was written in Oslo. It was sent to Somalia in May.")
    assert not any(p == "Somalia" for _, p in found)
