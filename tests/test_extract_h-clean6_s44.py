"""Stop 44 (h-clean6): the bare counts that stand for the weapon named last before them
("48 of the jets", "five more", "the first of 40 that …") share one reading, the look back
to earlier sentences is one helper (``_earlier_start``), and the determiner sets
``DEFINITE`` / ``ANAPHOR_DETS`` live once in ``kg.extract.tokens`` (sentences written for
these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def test_has_det_reads_only_determiners(nlp):
    from kg.extract.tokens import ANAPHOR_DETS, DEFINITE, has_det

    doc = nlp("Chile bought those frigates and this tanker.")
    frigates, tanker = doc[3], doc[6]
    assert has_det(frigates, ANAPHOR_DETS) and has_det(tanker, DEFINITE)
    assert not has_det(tanker, ANAPHOR_DETS)  # "this" names one thing, not a kind
    assert not has_det(doc[0], DEFINITE)


def test_partitive_count_of_the_kind(supply_keys):
    # the weapon named before in the sentence, else the one the sentence before names
    for gap in (", and", "."):
        text = (f"Jets sold\n\nThe Gripen is flown by Hungary{gap} Brazil bought 36 of the "
                "jets from Saab last year.")
        assert ("Saab", "Brazil", "Gripen") in supply_keys(text), text


def test_count_of_more_takes_the_weapon_before(supply_keys):
    text = ("Howitzers sent\n\nNorway sent Ukraine eight M109 howitzers, and Denmark "
            "supplied five more.")
    assert ("Denmark", "Ukraine", "M109") in supply_keys(text)


def test_first_of_a_count_takes_the_weapon_before(supply_keys):
    text = ("Jets land\n\nFour Rafale jets landed in Athens on Friday, the first of 24 that "
            "Greece is buying from France.")
    assert ("France", "Greece", "Rafale") in supply_keys(text)


def test_earlier_start_counts_sentences_back(nlp):
    from kg.extract.relations._base import _earlier_start

    doc = nlp("Peru bought jets. Chile bought ships. Ecuador bought tanks.")
    first, second, third = doc.sents
    assert _earlier_start(third) == second.start
    assert _earlier_start(third, 2) == first.start == 0
    assert _earlier_start(second, 8) == 0  # (no further back than the first sentence)
    assert _earlier_start(first) == 0
