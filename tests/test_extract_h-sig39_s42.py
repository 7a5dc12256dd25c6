"""Issue 12, stop 42 (h-sig39): a place-named agreement with a year or a hyphened count before
its name is that named agreement, not a deal of the city's state ("the 1920 Paris peace
treaty", "the twelve-point Governors Island accord") (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def test_year_before_a_capital_named_treaty_is_part_of_its_name(run):
    text = ("Under the 1920 Paris peace treaty, Austria may keep no more than 30,000 soldiers, "
            "the ministry said.")
    agreements, _, _ = _observe(run, text)
    assert _norm("1920 Paris peace treaty") in agreements, agreements
    assert not any(a.startswith("peace agreement (") for a in agreements), agreements


def test_hyphened_count_before_a_place_named_accord_is_no_part_of_it(run):
    text = ("Under the twelve-point Governors Island accord, the general will step down by "
            "October, diplomats said.")
    agreements, _, _ = _observe(run, text)
    assert _norm("Governors Island accord") in agreements, agreements


def _keys(run, text: str) -> dict[str, set[str]]:
    """Agreement key → the surface forms it was found under."""
    mentions, _ = run(text)
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls == "Agreement":
            out.setdefault(m.key or m.lemma or m.span.text, set()).add(m.span.text)
    return out


def test_dateline_city_agreement_is_the_deal_signed_there(run):
    text = ("Ghana and Togo settle coastal dispute\n\n"
            "ACCRA, May 4 (1975) - Ghana and Togo signed a border agreement on Sunday that "
            "ends a ten-year quarrel over their coastal frontier.\n\n"
            "Officials said the Accra pact would be ratified by both parliaments within a "
            "month.")
    keys = _keys(run, text)
    holders = [k for k, forms in keys.items() if "Accra pact" in forms]
    assert holders and "border agreement" in keys[holders[0]], keys
    assert "Ghana" in holders[0] and "Togo" in holders[0], keys


def test_dateline_city_agreement_signed_itself_keeps_its_name(run):
    text = ("ACCRA, May 4 (1975) - Ghana and Togo signed the Accra accords on Sunday, ending a "
            "ten-year quarrel over their coastal frontier.")
    keys = _keys(run, text)
    assert any("Accra accords" in forms and k.startswith("Accra") for k, forms in keys.items()), \
        keys
