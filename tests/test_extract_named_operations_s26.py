"""Issue 12, stop 26 (h-ent11): a name that "an operation code-named" or "the operation,
named" comes before names the operation (an Agency). All sentences invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The troops moved in an operation code-named Tarvok, officials said.", "Tarvok"),
    ("The operation, named Tarvok, was launched on Friday.", "Tarvok"),
    ("The offensive, codenamed Red Dawn, began at night.", "Red Dawn"),
])
def test_named_operation_is_an_agency(run, text, name):
    assert (name, "Agency") in [(m.span.text, m.cls) for m in run(text)[0]]


def test_a_person_named_stays_a_person(run):
    """"named" after a noun of no operation: the name is whoever it names."""
    mentions, _ = run("A man named Tarvok was arrested near the border.")
    assert ("Tarvok", "Person") in [(m.span.text, m.cls) for m in mentions]
