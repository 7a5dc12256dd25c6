"""Issue 12, the lead (stop 66): DCNS, the shipbuilder's name from 2007 to 2017, is the firm under
its later name Naval Group, as DCN is (E2, the dev gold as harmonised in stop 66; companies.yaml;
sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _keys(run, text, name):
    """(key, class) of the mentions of ``text`` whose words are ``name``."""
    mentions, _ = run(text)
    return {(m.key, m.cls) for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize(("text", "name"), [
    ("The French shipbuilder DCNS will build four submarines for Ruritania.", "DCNS"),
    ("Ruritania signed a contract with DCN for two frigates in 1998.", "DCN"),
    ("Naval Group said the first corvette would be handed over in March.", "Naval Group"),
])
def test_every_name_of_the_shipbuilder_is_naval_group(run, text, name):
    assert _keys(run, text, name) == {("Naval Group", "Company")}


def test_one_node_for_the_old_and_the_new_name(run):
    text = ("DCNS delivered the first submarine to Ruritania in 2015. Naval Group, as the firm "
            "is now called, will deliver the second next year.")
    mentions, _ = run(text)
    assert {m.key for m in mentions if m.cls == "Company"} == {"Naval Group"}


def test_lower_case_naval_group_stays_no_name(run):
    # guard: "a naval group" of ships is no firm
    mentions, _ = run("A Ruritanian naval group sailed for the strait on Monday.")
    assert not [m for m in mentions if m.cls == "Company"]
