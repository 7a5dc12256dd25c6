"""Issue 12, stop 79 (h-sig45): a completed exchange of the instruments of ratification is a
signing by those who exchange them (dev conventions S1 "exchanged copies"); a planned,
conditional or agentless exchange is none (sentences written for these tests, none taken from
a corpus; real spaCy parse)."""

from __future__ import annotations


def _signed(run, text: str) -> list[tuple[set[str], set[str]]]:
    """(parties, agreements) of every asserted signed relation."""
    _, relations = run(text)
    return [({m.key or m.span.text for m in r.role("party")},
             {m.key or m.span.text for m in r.role("agreement")})
            for r in relations if r.relation == "signed"
            and r.attr("certainty") in (None, "asserted")]


def test_leaders_who_exchanged_the_instruments_signed_the_treaty(run):
    found = _signed(run, "OTTAWA, May 3 - Prime Minister John Howard and President Nelson "
                         "Mandela exchanged the instruments of ratification of the Antarctic "
                         "Treaty on Tuesday, ending a long wrangle over fishing rights.")
    assert any({"John Howard", "Nelson Mandela"} <= parties and "Antarctic Treaty" in deals
               for parties, deals in found), found


def test_states_that_exchanged_the_instruments_signed_the_treaty(run):
    found = _signed(run, "Peru and Ecuador exchanged the instruments of ratification of the "
                         "Antarctic Treaty in Lima last week, officials said.")
    assert any({"Peru", "Ecuador"} <= parties and "Antarctic Treaty" in deals
               for parties, deals in found), found


def test_a_planned_or_conditional_exchange_signs_nothing(run):
    for text in ("Peru and Ecuador will exchange the instruments of ratification of the "
                 "Antarctic Treaty in Lima next month.",
                 "The Antarctic Treaty takes effect once Peru and Ecuador exchange instruments "
                 "of ratification.",
                 "Peru and Ecuador did not exchange the instruments of ratification of the "
                 "Antarctic Treaty."):
        assert not any(parties & {"Peru", "Ecuador"} for parties, _ in _signed(run, text)), text


def test_exchanged_fire_or_other_instruments_sign_nothing(run):
    for text in ("Peruvian and Ecuadorean troops exchanged fire near the Antarctic Treaty "
                 "monument on Monday.",
                 "Peru and Ecuador exchanged instruments of cooperation in Lima on Monday."):
        assert not _signed(run, text), text
