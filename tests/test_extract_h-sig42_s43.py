"""Issue 12, stop 43 (s49 h-sig42): a purchase's "in a deal" that the parser hangs on the
purchase's goods or its purpose infinitive rather than on the verb still makes the buyer and
the named seller the deal's parties (sentences written for these tests, none taken from a
corpus; real spaCy parse)."""

from __future__ import annotations


def _signed(run, text: str) -> list[tuple[set[str], set[str]]]:
    """(parties, agreements) of every signed relation."""
    _, relations = run(text)
    return [({m.key or m.span.text for m in r.role("party")},
             {m.key or m.span.text for m in r.role("agreement")})
            for r in relations if r.relation == "signed"]


def test_deal_on_the_purpose_infinitive(run):
    found = _signed(run, "Chile last year ordered three Super Puma helicopters from Airbus of "
                         "France to fly from the destroyers, in a deal worth about 90 million "
                         "dollars.")
    assert ({"Chile", "Airbus"}, {"arms deal (Chile–Airbus)"}) in found, found


def test_deal_on_the_listed_goods(run):
    found = _signed(run, "Since 2010 Peru has bought 12 tanks, about 20 trucks and 5,000 rifles "
                         "from Brazil in contracts worth more than $1 billion.")
    assert ({"Peru", "Brazil"}, {"arms deal (Peru–Brazil)"}) in found, found


def test_a_plan_on_the_goods_is_no_signing(run):
    found = _signed(run, "Peru plans to buy 12 tanks, 20 trucks and 5,000 rifles from Brazil in "
                         "a deal worth $1 billion.")
    assert not any("Peru" in parties for parties, _ in found), found


def test_content_of_an_agreeing_is_no_host(run):
    found = _signed(run, "Moscow has also agreed to give Belarus four battalions of air defence "
                         "missiles under a joint air defence agreement signed in 2015.")
    assert not any("Russia" in parties for parties, _ in found), found
