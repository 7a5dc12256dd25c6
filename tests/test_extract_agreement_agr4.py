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


def test_an_agreement_goods_are_supplied_under_has_both_sides_as_parties(run):
    """"X has supplied Y with arms under a military assistance agreement": X and Y."""
    agreements, _, _ = _observe(
        run, "Washington has supplied Ghana with rifles since 1990 under a military "
             "assistance agreement.")
    assert agreements == {_norm(_deal("military assistance agreement", "United States",
                                      "Ghana"))}


def test_a_bare_agreement_word_under_a_supply_names_nothing(run):
    """"under an agreement" says not which one: no entity, as before."""
    agreements, _, _ = _observe(
        run, "Washington has supplied Ghana with rifles since 1990 under an agreement.")
    assert agreements == set()


def test_under_hung_on_the_goods_still_reaches_the_verb(run):
    """"supplied Y with tanks and rifles under a …": the parser may hang "under" on the goods."""
    agreements, _, _ = _observe(
        run, "The United States has supplied Ghana with destroyers, submarines and patrol "
             "aircraft under a naval assistance agreement concluded in 1961.")
    assert agreements == {_norm(_deal("naval assistance agreement", "United States", "Ghana"))}
