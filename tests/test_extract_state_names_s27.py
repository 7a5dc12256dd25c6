"""Issue 12, stop 27 (h-ent13): a state's possessive or demonym before a name NER took for an
organisation, tested on sentences written for this file (real spaCy parse). Negative cases say
what must stay as it is."""

from __future__ import annotations

import pytest


def _mentions(run, text: str) -> list[tuple[str, str, str | None]]:
    """(span text, class, key) of every mention of ``text``."""
    mentions, _ = run(text)
    return [(m.span.text, m.cls, m.key) for m in mentions]


# --- a name with no body's word after a state is not that state's body ----------------------
# NER takes firms, weapons and people for organisations: "Germany's HDW" (a shipbuilder, d54),
# "the French Leclerc" (a tank, d359), "Romania's Nicolae Ceausescu" (d331) were minted as
# Agencies "<name> (<state>)", and the state's own mention was lost with them

NOT_BODIES = [  # (text, the state, the name after it)
    ("The boats were built with the help of Germany's HDV and are due to be retired.",
     "Germany", "HDV"),
    ("The Panther beat the American M1A2 Abrams, the French Leclerc and the British "
     "Challenger 2 in trials.", "France", "Leclerc"),
]


@pytest.mark.parametrize("text, state, name", NOT_BODIES)
def test_name_without_body_word_is_no_state_body(run, text, state, name):
    found = _mentions(run, text)
    assert any(cls == "Country" and key == state for _, cls, key in found)
    assert not any(key == f"{name} ({state})" for _, _, key in found)


# a name that holds a body's word stays the state's body
@pytest.mark.parametrize("text, key", [
    ("Russia's Northern Fleet said its ships had left port.", "Northern Fleet (Russia)"),
    ("India's Defence Research and Development Organisation built the missile.",
     "Defence Research and Development Organisation (India)"),
])
def test_name_with_body_word_is_state_body(run, text, key):
    assert ("Agency", key) in {(cls, k) for _, cls, k in _mentions(run, text)}


# a firm that the headline names after a state's possessive (NER's span takes the line break
# after it) stays a Company mention, as the lead names it ("Italian defence group Corvan")
def test_headline_firm_after_state_stays_company(run):
    text = ("Kuwait signs jet contract with Italy's Corvan\n\nKUWAIT CITY, April 5 (Reuters) - "
            "Kuwait signed a contract with Italian defence group Corvan on Tuesday for 28 jets.")
    found = _mentions(run, text)
    assert sum(1 for span, cls, _ in found if span == "Corvan" and cls == "Company") == 2
    assert ("Italy", "Country", "Italy") in found


# --- well-known tanks by their variant designations ------------------------------------------
# "the American M1A2 Abrams" (NER: a person, d359; "M1A2 Abrams tanks", d18), "M60 tanks",
# "M60A3 tanks" (d251, d297, d334, d339, d359): the listed systems, not a person or an unlisted
# model; the bare "M60" stays unlisted (also a machine gun)

@pytest.mark.parametrize("text, span, key", [
    ("The Panther beat the American M1A2 Abrams in trials.", "M1A2 Abrams", "M1 Abrams tank"),
    ("Greece will replace its ageing M60 tanks next year.", "M60 tanks", "M60 Patton"),
    ("The army will retire its M60A3 tanks by 2030.", "M60A3 tanks", "M60 Patton"),
])
def test_tank_designations_are_listed_systems(run, text, span, key):
    assert (span, "Weapon", key) in _mentions(run, text)


def test_m60_machine_gun_is_no_tank(run):
    assert not any(key == "M60 Patton" for _, _, key in
                   _mentions(run, "The gunners fired M60 machine guns at the boats."))


# --- a name that a "who" clause describes is a person ----------------------------------------
# NER took "Nicolae Ceausescu" (after "Romania's", d331) for an organisation and "Panetta" (d47)
# for a product; units are "who" too and stay units

@pytest.mark.parametrize("text, name", [
    ("In Vienna, Bulgaria's Dragomir Velkaro, who refused to take part, denounced the plan.",
     "Dragomir Velkaro"),
    ("Kostavo, who signed the order, said the batteries would arrive in January.", "Kostavo"),
])
def test_who_described_name_is_person(run, text, name):
    assert (name, "Person") in {(span, cls) for span, cls, _ in _mentions(run, text)}


def test_who_described_unit_stays_unit(run):
    found = _mentions(run, "The 2nd Foreign Parachute Regiment, who jumped at dawn, took the "
                           "town.")
    assert not any(cls == "Person" for _, cls, _ in found)
