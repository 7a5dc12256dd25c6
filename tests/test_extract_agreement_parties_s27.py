"""Issue 12, stop 27, h-agr3: the parties of unnamed deals, on sentences written for these
tests (invented deals, real states and firms)."""

from __future__ import annotations

from test_challenge_agreements import _deal, _norm


def _keys(run, text: str) -> dict[str, str]:
    """Each Agreement mention's text → its key."""
    mentions, _ = run(text)
    return {m.span.text.removeprefix("the "): _norm(m.key) for m in mentions
            if m.cls == "Agreement"}


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


def test_the_deal_is_the_parties_agreement_of_another_kind(run):
    """"A and B signed a fisheries pact … . … the deal": a definite bare deal word of the
    parties of an agreement the article has named is that agreement, not an arms deal."""
    found = _keys(run, "Chile and Peru signed a fisheries pact in Lima on Monday. The pact opens "
                       "each side's waters to the other's boats. Opposition leaders said the "
                       "deal gave away too much.")
    assert found.get("deal") == _norm(_deal("fisheries pact", "Chile", "Peru"))


def test_the_deal_is_the_first_agreement_of_its_parties(run):
    """An older agreement of the same parties, named after the main one, is not what "the deal"
    refers back to: the article's first agreement of those parties is."""
    found = _keys(run, "Chile and Peru signed a maritime security pact in Lima on Monday. It "
                       "replaces a border accord that the two countries concluded in 1990. "
                       "Opposition leaders said the deal gave away too much.")
    assert found.get("deal") == _norm(_deal("security pact", "Chile", "Peru"))


def test_a_kind_of_its_own_is_not_a_bare_deal(run):
    """"the two neighbours' border treaty": a kind of its own, not a word that refers back."""
    found = _keys(run, "Chile and Peru signed a maritime security pact in Lima on Monday. "
                       "Opposition leaders said the two neighbours' border treaty should be "
                       "revised.")
    assert found.get("border treaty") != _norm(_deal("security pact", "Chile", "Peru"))
