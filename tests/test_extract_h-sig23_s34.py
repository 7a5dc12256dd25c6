"""Issue 12, stop 34 (h-sig23): a headline's bare agreement word that a signing verb governs
("A and B sign pact setting …", also where the parser takes "sign" for a compound modifier of
the noun) is the agreement the lead signs, when that agreement is the headline parties';
sentences written for these tests (real spaCy parse); dev d349."""

from __future__ import annotations

from test_challenge_agreements import _observe

# (the parser reads this headline's "sign" as a compound of "pact": no verb clause)
HEADLINE = "Oman and US sign pact setting 2015 exit for American sailors\n\n"
LEAD = ("MUSCAT, May 3 (2012) - Oman's foreign minister, Said Harthy, and the US ambassador, "
        "Mark Collins, signed a status of forces agreement on Monday that requires all American "
        "sailors to leave Oman by the end of 2015.\n")
OTHER = ("MUSCAT, May 3 (2012) - Chad and Niger signed a border agreement on Monday that ends "
         "a long dispute over the river islands.\n")


def test_compound_parse_of_the_headline_sign(nlp):
    doc = nlp(HEADLINE)
    sign = next(t for t in doc if t.lower_ == "sign")
    assert sign.dep_ == "compound" and sign.head.lower_ == "pact"


def test_headline_pact_is_the_lead_agreement(run):
    agreements, signed, _ = _observe(run, HEADLINE + LEAD)
    lead = next(a for a in agreements if a.startswith("status of forces agreement"))
    assert {("oman", lead), ("united state", lead)} <= signed


def test_headline_pact_without_a_lead_agreement_of_its_parties(run):
    # the lead signs no agreement of the headline's states: the headline word names none
    agreements, signed, _ = _observe(run, HEADLINE + OTHER)
    assert not any("\x00" in a or "headline agreement" in a for a in agreements)
    assert not any(p in ("oman", "united state") for p, _ in signed)


def test_definite_headline_word_is_no_stand_in(run):
    agreements, _, _ = _observe(run, HEADLINE.replace("sign pact", "sign the pact") + LEAD)
    assert not any("\x00" in a for a in agreements)
