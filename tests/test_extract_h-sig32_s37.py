"""Issue 12, stop 37 (h-sig32): an agreement phrase marked as another than the article's ("a
similar treaty", "a further agreement", "a second accord") is a new agreement, named from its
kind and its own parties, never the article's salient one (sentences written for these tests,
none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

DASH = "\u2013"
LEAD = "Chile and Peru signed a defence treaty in Lima on Monday."


def _keys(run, text):
    mentions, _ = run(text)
    return {m.span.start: m.key for m in mentions if m.cls == "Agreement"}


def test_similar_treaty_signed_by_people_is_their_own(run):
    # the similar treaty's signers are people: it is named after them, not the article's pact
    text = LEAD + (" Two days later, President Ana Soto put her name to a similar treaty in "
                   "Quito with the Ecuadorian president, Luis Vega.")
    _, signed, _ = _observe(run, text)
    keys = _keys(run, text)
    own = keys[text.index("defence treaty")]
    similar = keys[text.index("similar treaty")]
    assert similar != own
    assert similar.endswith(f"(Ana Soto{DASH}Luis Vega)")
    assert {("ana soto", similar.lower()), ("luis vega", similar.lower())} <= signed
    assert not any(p in ("ana soto", "luis vega") and a == own.lower() for p, a in signed)


def test_later_definite_treaty_is_not_the_similar_one(run):
    text = LEAD + (" Two days later, President Ana Soto put her name to a similar treaty in "
                   "Quito with the Ecuadorian president, Luis Vega. The treaty takes effect in "
                   "May.")
    keys = _keys(run, text)
    assert keys[text.index("The treaty") + 4] == keys[text.index("defence treaty")]


def test_further_agreement_with_another_party(run):
    # "to sign a further agreement with Benin": the article's parties and the one it adds
    text = ("Ghana and Togo signed a trade agreement on Monday. Both governments are to sign a "
            "further agreement with Benin next year. The agreement takes effect in May.")
    keys = _keys(run, text)
    assert keys[text.index("further agreement")] == f"agreement (Ghana{DASH}Togo{DASH}Benin)"
    assert keys[text.index("The agreement") + 4] == f"trade agreement (Ghana{DASH}Togo)"


def test_second_accord_keeps_its_word(run):
    text = ("Ghana and Togo signed a trade agreement on Monday. Ghana later signed a second "
            "accord with Niger.")
    _, signed, _ = _observe(run, text)
    assert {("ghana", f"accord (ghana{DASH}niger)"), ("niger", f"accord (ghana{DASH}niger)")} \
        <= signed


def test_treaty_outside_which_a_deal_is_made_is_not_its_name(run):
    # a named treaty governed by "outside" is what the deal is measured against, not its name
    text = ("Norway and Chile signed an agreement on Friday that ends a decade in which Chile "
            "sold reactors outside the Non-Proliferation Treaty.")
    _, signed, _ = _observe(run, text)
    assert ("norway", f"agreement (norway{DASH}chile)") in signed
    assert not any("non-proliferation" in a for _, a in signed)


def test_second_contract_joined_to_the_verb_has_its_own_partner(run):
    # the parser joins "a second contract" to the verb: its "with" party signs it, not the first
    text = ("Chile signed one contract with Airbus for the aircraft and a second contract with "
            "the French government.")
    _, signed, _ = _observe(run, text)
    first, second = f"arms deal (chile{DASH}airbus)", f"arms deal (chile{DASH}france)"
    assert {("chile", first), (_norm("Airbus"), first), ("chile", second), ("france", second)} \
        <= signed
    assert ("france", first) not in signed
