"""Issue 12, stop 28 (h-agr5): agreement name constructions, tested on sentences written for
this file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

from kg.evaluate import normalise_name

# (id, text, agreements present, agreements absent)
AGREEMENTS = [
    # an indefinite article opens the title words of a descriptive name (d373, d189, d251)
    ("on-a", "Kenya and Uganda signed the Agreement on a Common Border and Joint Patrols of "
     "Lake Victoria on Monday.",
     {"agreement on a common border and joint patrols of lake victoria"}, set()),
    ("for-a-after-name", "The Maritime Framework Agreement for a Closer Security Partnership "
     "was signed by Ghana and Togo.",
     {"maritime framework agreement for a closer security partnership"},
     {"closer security partnership"}),
    ("for-a-new-region", "Delegates of forty states will sign a Charter of Lisbon for a New "
     "Europe on Friday.", {"charter of lisbon for a new europe"}, {"charter of lisbon"}),
    # a date after the article is no title word
    # a headline drops the article before a place-named agreement (d370, d247)
    ("headline-bare-name", "Ghana and Togo sign Volta Basin agreement", {"volta basin agreement"},
     set()),
    ("headline-verb-name", "Senators approve Kigoma accord to end border war",
     {"kigoma accord"}, set()),
    # a state before the word is its deal, not a name, in a headline too
    ("headline-kind-word", "Chile, Peru and Bolivia sign Andean security pact", set(),
     {"andean security pact"}),
    ("headline-state", "Pakistan hails China agreement", set(), {"china agreement"}),
    ("on-a-day", "Kenya and Uganda signed the Treaty on a Monday in May.", set(),
     {"treaty on a monday"}),
]


@pytest.mark.parametrize("case", AGREEMENTS, ids=[a[0] for a in AGREEMENTS])
def test_agreements(run, case):
    _, text, present, absent = case
    agreements = {a.lower() for a in _observe(run, text)[0]}
    assert (present - agreements, absent & agreements) == (set(), set())


# Title heads "Understanding" and "Arrangements", and a number-hyphen opening (d366, d306)
HEADS = [
    ("arrangements", "Ministers of four states agreed to set up the Three Power Maritime "
     "Arrangements, under which they will consult.", {"three power maritime arrangements"}),
    ("number-point", "Rebels and the government signed a 9-Point Understanding in Accra last "
     "year.", {"9-point understanding"}),
    ("lower-case-understanding", "Both sides reached a better understanding of the issues.",
     set()),
]


@pytest.mark.parametrize("case", HEADS, ids=[a[0] for a in HEADS])
def test_heads(run, case):
    _, text, present = case
    agreements = {a.lower() for a in _observe(run, text)[0]}
    present = {normalise_name(p) for p in present}
    assert present <= agreements and (present or not agreements)


# a framework agreement keeps its classifying adjective, not a describing one (d349, d189)
FRAMEWORK = [
    ("strategic", "Ghana and Togo also signed a strategic framework agreement on trade.",
     "strategic framework agreement (ghana–togo)"),
    ("document-parties", "Ghana and Togo signed a border treaty on Monday. The two ministers "
     "also put their names to a strategic framework agreement on energy.",
     "strategic framework agreement (ghana–togo)"),
    ("wider", "Ghana and Togo signed a wider framework agreement on trade.",
     "framework agreement (ghana–togo)"),
]


@pytest.mark.parametrize("case", FRAMEWORK, ids=[a[0] for a in FRAMEWORK])
def test_framework_kind(run, case):
    _, text, name = case
    assert normalise_name(name) in {normalise_name(a) for a in _observe(run, text)[0]}
