"""Issue 12, stop 48 (h-agr6): agreements not found or merged into the article's own.

- "The treaty replaces the pact of 1946": a lower-case agreement word that an "of <year>"
  phrase dates, met after the article's own agreement, is an older agreement of its own (as
  "the 1946 pact" already is), and a later "the 1946 pact" is that one again.

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from test_challenge_agreements import _name, _norm


def _keys(run, text: str) -> dict[str, set[str]]:
    """Each Agreement mention's text → the keys it is given."""
    out: dict[str, set[str]] = {}
    for m in run(text)[0]:
        if m.cls == "Agreement":
            out.setdefault(m.span.text, set()).add(_norm(_name(m)))
    return out


def test_pact_of_a_year_is_not_the_articles_treaty(run):
    text = ("OSLO, March 3 - Norway and Iceland signed a treaty of friendship and cooperation "
            "on Tuesday. The treaty replaces the pact of 1952, which lapsed last year.")
    keys = _keys(run, text)
    dated = next((k for t, k in keys.items() if "1952" in t), None)
    assert dated, keys
    own = set().union(*(k for t, k in keys.items() if "1952" not in t))
    assert not dated & own, keys


def test_treaty_of_a_year_after_a_named_treaty(run):
    text = ("QUITO, June 9 - Ecuador and Colombia signed a revised Treaty of Amity on "
            "Friday. It replaces the treaty of 1961, which both sides wanted to update.")
    keys = _keys(run, text)
    dated = next((k for t, k in keys.items() if "1961" in t), None)
    assert dated, keys
    assert not any(_norm("Treaty of Amity") in k for k in dated), keys


def test_agreement_of_a_year_and_the_year_agreement_are_one(run):
    text = ("ACCRA, May 2 - Ghana and Togo signed a defence pact on Monday. Officials said "
            "the pact kept the neutrality that Benin guaranteed under an agreement of 1994. "
            "Benin said it expected Ghana to honour the 1994 accord.")
    keys = _keys(run, text)
    first = next((k for t, k in keys.items() if t.endswith("of 1994")), None)
    second = next((k for t, k in keys.items() if t.startswith("1994")), None)
    assert first and second and first == second, keys

