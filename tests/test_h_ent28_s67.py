"""Issue 12, stop 67 (h-ent28): a capitalised common word that modifies the lower-case noun
after it names nothing ("a Crown agency", "a British Crown dependency", a sentence's first
"Military manoeuvres", "The Opposition leader"), and a bare capitalised service before a title
and a name is a title, which mentions only the person (dev E11: "Army chief General X"), unless
a state owns it. Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _bodies(run, text: str) -> list[tuple[str, str | None]]:
    mentions, _ = run(text)
    return [(m.span.text, m.key) for m in mentions if m.cls in ("Agency", "Company")]


@pytest.mark.parametrize("text, word", [
    ("Canada sells trucks\n\nOTTAWA, March 3 - The Export Sales Board, a Crown agency that "
     "handles sales to foreign armies, has signed a contract with Kuwait, officials said on "
     "Monday.", "Crown"),
    ("Britain patrols Sark\n\nSark, a small British Crown dependency, lies near the coast of "
     "France.", "Crown"),
    ("Peru and Chile agree a border accord\n\nLIMA, May 9 - Peru and Chile agreed on Tuesday to "
     "notify each other of troop movements. Military manoeuvres near the frontier will be "
     "announced a month ahead.", "Military"),
    ("Norway buys frigates\n\nOSLO, Jan 8 - Norway agreed to buy two frigates from Spain. The "
     "Opposition leader, Erna Dahl, questioned the cost of the order.", "Opposition"),
])
def test_capitalised_modifier_names_nothing(run, text, word):
    assert not any(word in name for name, _ in _bodies(run, text))


def test_service_title_before_a_name_mentions_only_the_person(run):
    text = ("Indonesia and Malaysia hold talks\n\nJAKARTA, June 4 - Indonesia and Malaysia began "
            "border talks on Friday. Army chief General Budi Santoso said the troops would stay "
            "in their barracks.")
    mentions, _ = run(text)
    assert not any(m.span.text == "Army" for m in mentions)
    assert any(m.cls == "Person" and "Budi Santoso" in m.span.text for m in mentions)


def test_owned_service_title_keeps_the_service(run):
    # guard: a state owns the title ("Thailand's Army chief"), which mentions the army (E11)
    text = ("Thailand buys tanks\n\nBANGKOK, Feb 2 - Thailand will buy 50 tanks from Ukraine. "
            "Thailand's Army chief General Somchai Wong said the first would arrive next year.")
    assert ("Thailand's Army", "Army (Thailand)") in _bodies(run, text)


def test_name_alone_is_left_to_other_rules(run):
    # guard: no lower-case noun after it, so "the Crown" is not this rule's
    text = "Britain and the Crown\n\nLONDON, Jan 2 - The Crown Prosecution Service charged two men."
    assert any("Crown" in name for name, _ in _bodies(run, text))
