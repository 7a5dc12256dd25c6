"""Issue 12, stop 43 (h-ent61): a lower-case "group" after a name NER took for a person (a
founder, the town a forum met in) names a body (an organisation), not a firm; a name NER knows
for an organisation keeps its firm's group (sentences written for these tests, none taken from
a corpus; real spaCy parse)."""

from __future__ import annotations


def _classes(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text.removeprefix("the "): m.cls for m in mentions}


def test_a_forum_named_for_a_town_is_a_body(run):
    found = _classes(run, "Talks\n\nThe Rio group of Latin American states and the Weimar "
                          "group met on Friday.")
    assert found.get("Weimar group") == "Agency"


def test_a_firms_group_stays_a_company(run):
    found = _classes(run, "Deals\n\nThe Adani group won the port contract, and the Hinduja "
                          "group bid for the bank.")
    assert found.get("Adani group") == "Company"
    assert found.get("Hinduja group") == "Company"


def test_states_partners_in_a_town_named_group(run):
    found = _classes(run, "Summit\n\nPoland and Slovakia, Hungary's partners in the Visegrad "
                          "group, asked Brussels for more money.")
    assert found.get("Visegrad group") == "Agency"
