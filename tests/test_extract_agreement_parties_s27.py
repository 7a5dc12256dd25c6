"""Issue 12, stop 27, h-agr3: the parties of unnamed deals, on sentences written for these
tests (invented deals, real states and firms)."""

from __future__ import annotations

from test_challenge_agreements import _deal, _norm


def _keys(run, text: str) -> dict[str, str]:
    """Each Agreement mention's text → its key."""
    mentions, _ = run(text)
    return {m.span.text: _norm(m.key) for m in mentions if m.cls == "Agreement"}


def test_a_pronoun_subject_is_the_previous_sentences_buyer(run):
    """"Peru has become … . Since 2010 it has bought … from France in contracts": "it" is the
    subject of the sentence before; the seller hangs on a conjoined item of the goods."""
    found = _keys(run, "Peru has become one of France's best customers. Since 2010 it has "
                       "bought 12 jets, 20 helicopters and 300 trucks from France in contracts "
                       "worth 2 billion dollars.")
    assert set(found.values()) == {_norm(_deal("arms deal", "Peru", "France"))}


def test_a_conjoined_deal_has_its_own_with_party(run):
    """"it had signed one contract with A … and a second contract with the B government": the
    buyer of both is the subject "it" stands for; each contract's seller is its own "with"."""
    found = _keys(run, "Indonesia signed contracts worth 2 billion dollars on Monday for 40 "
                       "helicopters from Airbus. The defence ministry said it had signed one "
                       "contract with Airbus for the helicopters and a second contract with the "
                       "French government for missiles.")
    assert found.get("contract") == _norm(_deal("arms deal", "Indonesia", "Airbus"))
    assert found.get("second contract") == _norm(_deal("arms deal", "Indonesia", "France"))


def test_it_without_a_named_subject_before_names_no_party(run):
    """A subject "it" with no state or company subject before it stays no party: the deal has
    only its seller, and no two parties of its own."""
    found = _keys(run, "The weather was bad. Since 2010 it has bought 12 jets from France "
                       "in contracts worth 2 billion dollars.")
    assert not any("(" in k and "–" in k for k in found.values())
