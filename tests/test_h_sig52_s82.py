"""Issue 12, stop 82 (h-sig52): a further agreement coordinated with the one signed, that the
parser joins to the signing verb after its object ("signed the Lagos Agreement in 1999 and a
similar accord in the Egyptian capital") or to a noun of the object's own topic ("a memorandum
on the supply of electricity and a second memorandum on …"), is signed by the same signers
(dev conventions S1, A1; gold of d996, d1296). Sentences written for these tests, none taken
from a corpus; real spaCy parse."""

from __future__ import annotations


def _signed(run, text: str) -> list[tuple[tuple[str, ...], str]]:
    """(the parties, the agreement's words) of each signed relation."""
    _, relations = run(text)
    return [(tuple(p.key or p.span.text for p in r.role("party")), r.role("agreement")[0].span.text)
            for r in relations if r.relation == "signed"]


def test_a_second_memorandum_joined_to_the_first_ones_topic(run):
    found = _signed(run, "Vietnam and Laos also signed a memorandum on the supply of "
                         "electricity and a second memorandum on the training of engineers.")
    assert (("Vietnam", "Laos"), "memorandum") in found, found
    assert (("Vietnam", "Laos"), "second memorandum") in found, found


def test_a_similar_accord_joined_to_the_verb(run):
    found = _signed(run, "NIAMEY, June 4 - The presidents of Chad and Niger signed an agreement "
                         "on Monday to end their border quarrel, the latest of several such "
                         "accords between the two neighbours. Idriss Deby and Mamadou Tandja "
                         "signed the Lagos Agreement in 1999 and a similar accord in the "
                         "Egyptian capital in 2003, but the quarrel went on.")
    signers = ("Idriss Deby", "Mamadou Tandja")
    assert (signers, "Lagos Agreement") in found, found
    assert (signers, "similar accord") in found, found


def test_goods_in_the_topic_are_no_second_agreement(run):
    found = _signed(run, "Vietnam and Laos signed a memorandum on the supply of electricity "
                         "and gas on Monday.")
    assert found == [(("Vietnam", "Laos"), "memorandum")], found
