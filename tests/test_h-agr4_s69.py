"""Issue 12, stop 69 (h-agr4): two agreement forms.

1. A year before a deal's kind stays in the `Agreement` mention (dev README A6: "the 2009
   agreement" → "2009 agreement"), also where a relative clause of signing makes the deal
   ("under a 1987 contract that the two governments signed": mention "1987 contract").
2. An order that a named buyer placed is an unnamed arms deal (A1's placed orders: "part of
   an order of ten that the government placed"), not one placed by no one named.

Sentences written for this file (real spaCy parse); names compared as `kg eval` compares them.
"""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe


def _agreement_texts(run, text: str) -> set[str]:
    """The surface texts of the text's Agreement mentions, lower case."""
    mentions, _ = run(text)
    return {m.span.text.lower() for m in mentions if m.cls == "Agreement"}


# --- 1. the year of a deal made by its own signing clause (A6) --------------------------------
@pytest.mark.parametrize("text", [
    "Ghana and Togo met in Accra on Monday. The frigate was handed over by the builder under "
    "a 1987 contract that the two governments signed.",
    "Ghana and Togo met in Accra on Monday. The new plan is modelled on a 1987 accord that the "
    "two governments concluded after an earlier flood.",
])
def test_year_stays_in_a_signed_deal_mention(run, text):
    texts = _agreement_texts(run, text)
    assert any(t.startswith("1987 ") for t in texts), texts


def test_no_year_no_change(run):
    """Guard: without a year the mention is the kind phrase as before."""
    texts = _agreement_texts(run, "The frigate was handed over to Ghana last week under a "
                             "contract that the two governments signed with Togo.")
    assert "contract" in texts, texts
    assert not any(t[:1].isdigit() for t in texts), texts


# --- 2. orders placed by a named buyer (A1) ----------------------------------------------------
LEAD = "Ghana is renewing its air force. "


@pytest.mark.parametrize(("text", "form"), [
    pytest.param(LEAD + "Its first K-8 trainers arrived from Acme Aviation on Monday, part of an "
                 "order of ten that the government placed in 2019.", "order", id="relative-of"),
    pytest.param(LEAD + "It has received its first trainers from Acme Aviation, part of an order "
                 "for eight that the military government placed in 1979.",
                 "order", id="relative-for"),
    pytest.param("Ghana will buy 12 trainers from Acme Aviation. The new government cut the "
                 "original order of 24 aircraft, placed by its predecessor in 1984, to 12 to "
                 "save money.", "original order", id="passive-agent"),
])
def test_placed_order_is_a_deal(run, text, form):
    agreements, signed, _ = _observe(run, text)
    assert _norm("arms deal (Ghana\u2013Acme Aviation)") in agreements, agreements
    assert form in _agreement_texts(run, text)
    # A1: a placed order has no signed line
    assert not any(a.startswith("arms deal") for _, a in signed), signed


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "It has received its first trainers from Acme Aviation, part of an order "
                 "for eight aircraft placed last year.", id="placed-by-no-one"),
    pytest.param(LEAD + "It received its first trainers from Acme Aviation, completing an order "
                 "that the state placed in 2009.", id="no-count"),
    pytest.param("Officials said Togo had been asked to quote for spare parts, but no order has "
                 "been placed.", id="none-placed"),
])
def test_order_not_placed_by_a_buyer_is_no_deal(run, text):
    texts = _agreement_texts(run, text)
    assert not any("order" in t for t in texts), texts
