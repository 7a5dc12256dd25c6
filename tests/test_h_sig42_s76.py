"""Issue 12, stop 76 (h-sig42): a bare deal word ("signed a treaty", "signed an agreement")
is the one other agreement of the same parties (`_same_parties`) only where the text does not
introduce that other one as new after it: an indefinite phrase in a later sentence than a body
sentence speaking of the bare word's deal ("The two ministers also signed an economic
cooperation agreement", "The signing builds on a framework agreement the two governments
concluded in 2005") is a second deal, so the bare word's signers sign their own agreement, not
that one. A headline's bare word the lead restates and a phrase describing the deal in its own
sentence ("…, a deal that …") still join it (sentences written for these tests, none taken
from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

from kg.extract.refine.spans import DASH


def _signed(run, text: str) -> set[tuple[str, str]]:
    return _observe(run, text)[1]


def _deal(kind: str, *parties: str) -> str:
    return _norm(f"{kind} ({DASH.join(parties)})")


def test_a_deal_also_signed_later_is_no_bare_treaty(run):
    text = ("Norway and Iceland signed a treaty on Monday that fixes their sea border in the "
            "north Atlantic for good.\n\nThe two foreign ministers also signed a fisheries "
            "cooperation agreement that opens a joint zone around the islands.")
    signed = _signed(run, text)
    assert (_norm("Norway"), _deal("agreement", "Norway", "Iceland")) in signed
    assert (_norm("Norway"), _deal("fisheries cooperation agreement", "Norway", "Iceland")) \
        not in signed


def test_an_older_deal_the_signing_builds_on_is_no_bare_agreement(run):
    text = ("Chile and Peru signed an agreement on Tuesday to take their fishing dispute to a "
            "court of arbitration.\n\nThe signing builds on a framework agreement the two "
            "governments concluded in Lima in 2005, which set up a joint patrol commission.")
    signed = _signed(run, text)
    assert (_norm("Chile"), _deal("agreement", "Chile", "Peru")) in signed
    assert (_norm("Chile"), _deal("framework agreement", "Chile", "Peru")) in signed


def test_the_lead_restating_a_headline_treaty_still_joins_it(run):
    text = ("Malta and Tunisia sign treaty\n\nVALLETTA, May 3 - Malta and Tunisia signed a "
            "treaty of friendship and cooperation on Monday that commits both to settle "
            "disputes peacefully.")
    signed = _signed(run, text)
    assert signed == {(_norm(p), _deal("friendship treaty", "Malta", "Tunisia"))
                      for p in ("Malta", "Tunisia")}


def test_a_deal_describing_the_agreement_in_its_sentence_still_joins_it(run):
    text = ("Egypt has signed an agreement with Poland to buy tanks in exchange for cotton, a "
            "deal that ends its reliance on British arms.")
    signed = _signed(run, text)
    assert signed == {(_norm(p), _deal("arms deal", "Egypt", "Poland"))
                      for p in ("Egypt", "Poland")}
