"""Issue 12, stop 75 (h-slice75): a bare "treaty" that two states sign keeps an agreement of its
own: a named convention the article mentions later shares no word with it but "the" (sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import DASH, _norm, _observe

CONVENTION = "United Nations Convention on the Law of the Sea"


def _bare(*parties: str) -> str:
    return _norm(f"agreement ({DASH.join(parties)})")


def test_a_later_convention_sharing_only_the_is_not_the_treaty_signed(run):
    text = ("Chile and Peru sign treaty on fishing zones\n\n"
            "LIMA, May 3 - Chile and Peru signed a treaty on Tuesday that draws the line "
            "between their fishing zones off the Pacific coast.\n\n"
            "Fishermen in both countries said the treaty would end years of arrests at sea.\n\n"
            "Under the United Nations Convention on the Law of the Sea, a coastal state may "
            "claim a zone of 200 nautical miles.")
    agreements, signed, _ = _observe(run, text)
    assert _bare("Chile", "Peru") in agreements
    assert {(_norm("Chile"), _bare("Chile", "Peru")),
            (_norm("Peru"), _bare("Chile", "Peru"))} <= signed
    assert (_norm("Chile"), _norm(CONVENTION)) not in signed


def test_a_bare_agreement_still_takes_the_parties_other_deal(run):
    # (unchanged: "an agreement" names any kind, so it is the parties' one deal of its kind)
    text = ("Kenya signed an agreement with Italy on Monday. The $2 billion arms deal with "
            "Italy covers four patrol boats.")
    agreements, _, _ = _observe(run, text)
    assert _bare("Kenya", "Italy") not in agreements
