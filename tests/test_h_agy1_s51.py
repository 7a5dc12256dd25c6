"""Issue 12, stop 51, h-agy1: names kg typed Agency that are something else: a name a
relative clause gives its antecedent ("the MiG-31, which Western analysts know as the Foxhound").

Every sentence was written for these tests. Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _classes(run, text):
    """``{surface text: (class, key or lemma)}`` of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text.strip(): (m.cls, m.key or m.lemma) for m in mentions}


# --- a relative clause's name is its antecedent's other name --------------------------------

@pytest.mark.parametrize("text, name, system", [
    ("The MiG-31, which Western analysts know as the Foxhound, is the fastest interceptor in "
     "service.", "Foxhound", "MiG-31"),
    ("The BMP-3, which the army calls the Dragon, was shown in Moscow.", "Dragon", "BMP-3"),
])
def test_relative_clause_names_the_weapon(run, text, name, system):
    found = _classes(run, text)
    assert found[name][0] == "Weapon"
    assert found[name][1] == found[system][1]


def test_relative_clause_shortens_a_treaty_name(run):
    found = _classes(run, "The Treaty on the Arctic Nuclear Weapon-Free Zone, which diplomats "
                          "have already shortened to ANWFZ, was signed in Oslo on Friday.")
    assert found["ANWFZ"][0] == "Agreement"


def test_relative_clause_subject_gives_no_name(run):
    # "which" is the subject: "flew as the Harrier" is a role, not a name of the Kestrel
    found = _classes(run, "The BMP-3, which served as the Dragon's escort, was shown in Moscow.")
    assert found.get("Dragon", ("", ""))[1] != found["BMP-3"][1]
