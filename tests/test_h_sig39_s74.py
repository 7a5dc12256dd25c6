"""Issue 12, stop 74 (h-sig39): a package signed as the object of a signing verb is the deal
signed: "It signed a package of deals with France", "the two ministers signed the package";
the parser may hang the co-signer's "with" on the noun of the package's "of" phrase; a
package signed into law, or only to be signed, is no deal (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import DASH, _norm, _observe


def _deal(*parties: str) -> str:
    return _norm(f"arms deal ({DASH.join(parties)})")


def test_package_of_deals_signed_by_it_is_the_pronoun_states_deal(run):
    text = ("Chile has been rebuilding its navy for a decade. It signed a package of deals "
            "with France in 2011 worth some $900 million that covered four frigates.")
    agreements, signed, _ = _observe(run, text)
    assert _deal("Chile", "France") in agreements
    assert {(_norm("Chile"), _deal("Chile", "France")),
            (_norm("France"), _deal("Chile", "France"))} <= signed


def test_the_package_two_ministers_signed_is_the_deal_named_before(run):
    text = ("Kenya agreed a $2 billion arms deal with Italy on Monday for patrol boats and "
            "radars. Defence Minister Ann Kiptoo and her Italian counterpart, Marco Lenti, "
            "signed the package in Rome.")
    _, signed, _ = _observe(run, text)
    assert {(_norm("Ann Kiptoo"), _deal("Kenya", "Italy")),
            (_norm("Marco Lenti"), _deal("Kenya", "Italy"))} <= signed


def test_a_package_signed_into_law_is_no_deal(run):
    text = ("President Ana Torres signed the package into law on Friday, raising the "
            "budget of the Peruvian navy.")
    agreements, signed, _ = _observe(run, text)
    assert not any(a.startswith("arms deal") for a in agreements)
    assert not signed


def test_a_package_to_be_signed_is_no_signing(run):
    text = ("Chile has been rebuilding its navy for a decade. It will sign a package of "
            "deals with France next year for four frigates.")
    _, signed, _ = _observe(run, text)
    assert (_norm("Chile"), _deal("Chile", "France")) not in signed
