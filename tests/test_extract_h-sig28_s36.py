"""Issue 12, stop 36 (h-sig28): signing forms of readable dev (sentences written for these
tests, none taken from a corpus; real spaCy parse): a headline's plural "sign" that the parser
reads as a compound of a bare agreement noun ("A and B sign pact setting …", d349) signs the
agreement the lead names."""

from __future__ import annotations

from test_challenge_agreements import _observe


def test_headline_compound_sign_links_the_lead_agreement(run):
    text = ("Iraq and US sign pact setting 2011 exit for American troops\n\n"
            "BAGHDAD, Nov 17 - Iraq and the United States signed a status of forces agreement "
            "on Monday that requires all troops to leave.")
    mentions, rels = run(text)
    heads = [m for m in mentions if m.cls == "Agreement" and m.span.start < 40]
    assert [m.span.text for m in heads] == ["pact"]
    assert heads[0].key == "status of forces agreement (Iraq\u2013United States)"
    _, signed, _ = _observe(run, text)
    assert {("iraq", "status of forces agreement (iraq\u2013united states)"),
            ("united state", "status of forces agreement (iraq\u2013united states)")} <= signed


def test_declaration_name_with_an_acronym(run):
    # an acronym among the title words after "of" is part of the agreement's name
    text = "Kofi Mensah and Eyadema Agbeko signed a Declaration of ECOWAS Concord in Lome."
    agreements, signed, _ = _observe(run, text)
    assert "declaration of ecowas concord" in agreements
    assert {("kofi mensah", "declaration of ecowas concord"),
            ("eyadema agbeko", "declaration of ecowas concord")} <= signed

