"""Issue 12, h-agr4: one test or more per construction the fourth agreement round handles, on
sentences written for these tests (invented agreements and deals, real states and firms)."""

from __future__ import annotations

from test_challenge_agreements import _deal, _norm, _observe


def _agreement_mentions(run, text):
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agreement"}


def test_a_treaty_of_friendship_is_a_kind_of_its_own(run):
    """"X, which signed a treaty of friendship with Y": the aim names the kind, the verb's
    subject (by the relative clause) and its "with" party the parties."""
    agreements, _, _ = _observe(
        run, "Analysts expect protests in Cairo, which signed a treaty of friendship with "
             "Tripoli in 1972.")
    assert agreements == {_norm(_deal("friendship treaty", "Egypt", "Libya"))}


def test_the_mention_runs_over_the_aims(run):
    """"a treaty of friendship, cooperation and mutual assistance": one mention, to its end."""
    found = _agreement_mentions(
        run, "Chile and Peru signed a treaty of friendship, cooperation and mutual assistance "
             "in Lima on Monday.")
    assert found == {("a treaty of friendship, cooperation and mutual assistance",
                      _deal("friendship treaty", "Chile", "Peru"))} or found == {
        ("treaty of friendship, cooperation and mutual assistance",
         _deal("friendship treaty", "Chile", "Peru"))}


def test_an_of_phrase_without_an_aim_stays_out(run):
    """"a treaty of twelve articles" says nothing of its kind: the mention is the word."""
    found = _agreement_mentions(
        run, "Chile and Peru signed a treaty of twelve articles in Lima on Monday.")
    assert all(not text.endswith("articles") for text, _ in found)


def test_a_rival_in_a_side_clause_is_no_party(run):
    """"… after a contest in which Brazil had hoped to sell it trainers": Brazil is no party
    to the contract; the deal is the buyer's with the seller the article names."""
    agreements, _, _ = _observe(
        run, "Chile receives first Hawk jets from BAE Systems\n\n"
             "Chile signed a contract worth about $50 million for the Hawk jets in 2005, after "
             "a long contest in which Brazil had hoped to sell it Tucano trainers.")
    assert _norm(_deal("arms deal", "Chile", "BAE Systems")) in agreements
    assert not any("brazil" in a for a in agreements)
