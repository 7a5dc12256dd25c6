"""Issue 12, stop 79 (h-sig47): a bare "convention" that states or leaders sign is an unnamed
agreement of its own, "convention (<A>–<B>)" (A1), signed by them; a convention only planned,
a party's convention or "the convention" of a named one is none (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import DASH, _norm, _observe


def _convention(*parties: str) -> str:
    return _norm(f"convention ({DASH.join(parties)})")


def test_a_headline_and_lead_convention_is_signed_by_both_states(run):
    text = ("Chile and Peru sign convention on fishing grounds\n\n"
            "ARICA, Chile, May 3 - Chile and Peru signed a convention on Tuesday to share the "
            "fishing grounds off their coasts, officials said.\n\n"
            "The convention sets yearly catch limits for both fleets.")
    agreements, signed, _ = _observe(run, text)
    deal = _convention("Chile", "Peru")
    assert deal in agreements, agreements
    assert {(_norm("Chile"), deal), (_norm("Peru"), deal)} <= signed, signed


def test_a_dated_convention_signed_by_two_leaders_is_theirs(run):
    text = ("Bolivia and Paraguay each claim the lagoon. Asuncion argues that a 1938 "
            "convention signed in La Paz by Bolivia's president, Enrique Penaranda, and "
            "Paraguay's Felix Paiva, gave it the shore.")
    agreements, signed, _ = _observe(run, text)
    deal = _convention("Bolivia", "Paraguay")
    assert deal in agreements, agreements
    assert {(_norm("Enrique Penaranda"), deal), (_norm("Felix Paiva"), deal)} <= signed, signed


def test_a_planned_convention_is_no_signing(run):
    text = "Chile and Peru hope to sign a convention on fishing grounds next year."
    _, signed, _ = _observe(run, text)
    assert not any(a.startswith("convention") for _, a in signed), signed


def test_a_party_convention_or_a_named_ones_convention_is_none(run):
    text = ("Delegates to the ruling party's convention in Lima cheered the president.\n\n"
            "Chile and Peru signed the Convention on the Law of the Sea in Montego Bay. The "
            "convention gives each coastal state a zone of 200 miles.")
    agreements, _, _ = _observe(run, text)
    assert not any(a.startswith("convention (") for a in agreements), agreements
