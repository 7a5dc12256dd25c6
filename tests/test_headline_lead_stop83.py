"""Issue 12, stop 83 (h-sig53): a headline's bare agreement word that names no entity of its
own ("A and B seal pact on …") is the agreement the lead signs, so the headline's signers
signed it (dev d527, d1047, d1077). Sentences written for this file (real spaCy parse), with
negatives; names compared as `kg eval` compares them."""

from __future__ import annotations

from test_challenge_agreements import _observe

LEAD = ("LIMA, May 3 - Foreign ministers Ana Soto and Luis Vega {verb} an agreement on Tuesday "
        "that sets rules for fishing off the coast.")
DEAL = "agreement (chile–peru)"


def test_headline_signers_sign_the_lead_agreement(run):
    _, signed, _ = _observe(run, "Chile and Peru seal pact on fishing rights\n\n"
                            + LEAD.format(verb="signed"))
    assert {("chile", DEAL), ("peru", DEAL), ("ana soto", DEAL)} <= signed


def test_lead_that_signs_nothing(run):
    """The lead only praises an agreement: no agreement signed for the headline to be."""
    _, signed, _ = _observe(run, "Chile and Peru seal pact on fishing rights\n\n"
                            + LEAD.format(verb="praised"))
    assert not {p for p, _ in signed} & {"chile", "peru"}


def test_plural_headline_word(run):
    """"seal pacts": several agreements, not the one the lead signs."""
    _, signed, _ = _observe(run, "Chile and Peru seal pacts on fishing rights\n\n"
                            + LEAD.format(verb="signed"))
    assert not {p for p, _ in signed} & {"chile", "peru"}
