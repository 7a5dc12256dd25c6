"""Issue 12, stop 38 (h-clean2): code health. The words that mark a deal as another one and the
prepositions of reference live in kg/data/roles.yaml, not in code (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _observe

import kg.extract.entities as entities
from kg.extract.gazetteer import load_roles
from kg.extract.refine import agreement_keys

DASH = "\u2013"


def test_deal_marks_and_reference_preps_are_read_from_roles_yaml():
    roles = load_roles()
    assert roles.similar_marks == {"similar", "comparable", "parallel"}
    assert roles.separate_marks == {"separate", "another"}
    assert roles.other_marks == roles.similar_marks | roles.separate_marks | {
        "further", "second", "third", "earlier"}
    assert roles.reference_preps == {"outside", "beyond", "against", "without"}
    for name in ("SIMILAR", "SEPARATE", "OTHER_MARKS", "REFERENCE_PREPS"):
        assert not hasattr(entities, name) and not hasattr(agreement_keys, name)


def test_treaty_beyond_which_a_deal_is_made_is_not_its_name(run):
    # "beyond", a listed preposition of reference: the named treaty is no name of the deal
    text = ("Peru and Chile signed an agreement on Tuesday that ends years in which Peru "
            "bought reactors beyond the Non-Proliferation Treaty.")
    _, signed, _ = _observe(run, text)
    assert ("peru", f"agreement (peru{DASH}chile)") in signed
    assert not any("non-proliferation" in a for _, a in signed)


def test_comparable_accord_is_another_agreement(run):
    # "comparable", a listed mark of a similar deal: a new accord of its own parties
    text = ("Ghana and Togo signed a trade agreement on Monday. Ghana later signed a comparable "
            "accord with Niger.")
    _, signed, _ = _observe(run, text)
    assert ("niger", f"trade agreement (ghana{DASH}togo)") not in signed
    assert any(p == "niger" and a.endswith(f"(ghana{DASH}niger)") for p, a in signed)


def _verb(nlp, text, lemma):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_nominal_dative_is_the_object_of_to_only(nlp):
    # "sold Chile two frigates": Chile is what "to" governs ("sold two frigates to Chile"),
    # never the object of "from", "with", "through" or "as"
    from kg.extract.relations._base import _prep_objects

    verb = _verb(nlp, "Spain sold Chile two frigates last year.", "sell")
    assert [t.text for t in verb.children if t.dep_ == "dative"] == ["Chile"]
    assert [t.text for t in _prep_objects(verb, {"to"})] == ["Chile"]
    assert [t.text for t in _prep_objects(verb, {"to", "into"})] == ["Chile"]
    for preps in ({"from"}, {"with"}, {"through", "via"}, {"as"}, {"in", "under"}):
        assert _prep_objects(verb, preps) == []


def test_prepositional_objects_still_read_for_any_preposition(nlp):
    from kg.extract.relations._base import _prep_objects

    verb = _verb(nlp, "Spain sold two frigates to Chile with French radars.", "sell")
    assert [t.text for t in _prep_objects(verb, {"to"})] == ["Chile"]
    assert [t.text for t in _prep_objects(verb, {"from"})] == []
    noun = next(t for t in verb.children if t.dep_ == "dobj")
    assert [t.text for t in _prep_objects(noun, {"with"}) + _prep_objects(verb, {"with"})] \
        == ["radars"]


def _subject_of(nlp, text, lemma):
    from kg.extract.relations._base import _subject

    tok, passive = _subject(_verb(nlp, text, lemma))
    return (tok.text if tok is not None else None), passive


def test_subject_reads_the_agent_of_each_verb_once(nlp):
    # the agent of the verb, of a raised passive infinitive, of a participle: one reading each
    assert _subject_of(nlp, "The radars were delivered by Thales in May.", "deliver") == \
        ("Thales", False)
    assert _subject_of(nlp, "The rifles are to be supplied by Beretta next year.", "supply") \
        == ("Beretta", False)
    assert _subject_of(nlp, "Peru bought four corvettes built by Fincantieri.", "build") == \
        ("Fincantieri", False)
    assert _subject_of(nlp, "The radars were delivered in May.", "deliver") == ("radars", True)
    assert _subject_of(nlp, "Peru said it would buy four corvettes.", "buy") == ("it", False)


def _agreement_keys(run, text):
    mentions, _ = run(text)
    return {m.span.start: m.key for m in mentions if m.cls == "Agreement"}


def test_treaty_of_friendship_in_a_relative_clause_is_an_aside(run):
    # "Moscow, which has a treaty of friendship with Lima": an aside of other parties; a later
    # "the treaty" is the article's own treaty, not the friendship treaty
    text = ("Chile signed a defence treaty with Peru on Monday. Moscow, which has a treaty of "
            "friendship with Lima, was not consulted. The treaty takes effect in May.")
    keys = _agreement_keys(run, text)
    assert keys[text.index("treaty of friendship")] == f"friendship treaty (Peru{DASH}Russia)"
    assert keys[text.index("The treaty") + 4] == keys[text.index("defence treaty")]


def test_later_treaty_may_still_be_the_separate_treaty(run):
    # a separate treaty is not the last agreement, but no aside: "Under the treaty" after it,
    # written with its own word, is the separate treaty
    text = ("Chile signed an arms deal with Peru on Monday. A separate treaty with Bolivia "
            "covers training. Under the treaty, Bolivian officers will train in Chile.")
    keys = _agreement_keys(run, text)
    separate = keys[text.index("separate treaty")]
    assert separate == f"agreement (Chile{DASH}Bolivia)"
    assert keys[text.index("the treaty") + 4] == separate
