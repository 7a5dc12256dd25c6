"""Issue 12, stop 34 (h-sig24): a monarch named with a regnal number and "of" his state
("King Hassan II of Morocco") is a Person, the state after "of" no part of his name, so a
signing by him gives the person, not the state (sentences written for these tests; real
spaCy parse; dev d370, d486)."""

from __future__ import annotations

from test_challenge_agreements import _observe


def _people(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


def test_regnal_monarch_of_a_state_is_a_person(run):
    text = ("President Omar Bongo of Gabon and King Carlos III of Spain signed an agreement "
            "in Libreville on Friday to open a joint naval school.")
    assert "Carlos III" in _people(run, text)
    _, signed, _ = _observe(run, text)
    assert any(p == "carlos iii" for p, _ in signed)
    assert not any(p == "spain" for p, _ in signed)


def test_name_going_on_after_of_stays_unmade(run):
    # "of" and no state after it: the words may go on the name (a college, a regiment)
    assert "Edward VII" not in _people(run, "King Edward VII of Wessex College opened.")
