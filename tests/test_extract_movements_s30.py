"""Stop 30, h-ent22: names of armed movements and fronts that NER cut or missed (sentences
written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _agencies(run, text: str) -> dict[str, str | None]:
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "Agency"}


# --- a direction before a place that begins a movement's name (dev d215, d409) -------------

@pytest.mark.parametrize(("text", "name"), [
    ("Envoys of the Kenyan government and the Northern Kenya Liberation Movement met in "
     "Nairobi on Monday.", "Northern Kenya Liberation Movement"),
    ("Ethiopia accused Somalia of arming rebels of the Eastern Somali Liberation Front.",
     "Eastern Somali Liberation Front"),
])
def test_direction_before_a_movement_name_is_its_first_word(run, text, name):
    names = _agencies(run, text)
    assert name in names
    assert name.split(" ", 1)[1] not in names


def test_direction_inside_a_listed_place_is_left_alone(run):
    names = _agencies(run, "Officers of the South African Defence Force said on Monday that "
                           "the troops had left.")
    assert not any(n.startswith("Officers") for n in names)


# --- well-known Cold War guerrilla movements (dev d225, d227, d327, d353, d388, d404, d423) --

@pytest.mark.parametrize(("text", "span", "key"), [
    ("The Farabundo Marti National Liberation Front said it would lay down its arms.",
     "Farabundo Marti National Liberation Front", "Farabundo Marti National Liberation Front"),
    ("The government and the leftist Farabundo Marti National Liberation Front (FMLN) signed "
     "a ceasefire on Friday.", "FMLN", "Farabundo Marti National Liberation Front"),
    ("Leaders of the Guatemalan National Revolutionary Unity met army officers in Oslo.",
     "Guatemalan National Revolutionary Unity", "Guatemalan National Revolutionary Unity"),
    ("The URNG guerrilla alliance said talks would resume.", "URNG",
     "Guatemalan National Revolutionary Unity"),
    ("Fretilin said its fighters still held the hills above the town.", "Fretilin",
     "Fretilin"),
])
def test_well_known_movements_are_named(run, text, span, key):
    names = _agencies(run, text)
    assert names.get(span) == key
    assert not any("(" in n for n in names)


# --- a name before "rebel"/"guerrilla" and a group or leader noun (dev d335, d409) ----------

def test_name_before_a_guerrilla_army_is_the_group_throughout(run):
    text = ("Some 4,000 men of the Bakara guerrilla army will join the police. "
            "Neighbours deny supplying the Bakara with rifles.")
    mentions, _ = run(text)
    bakara = [m for m in mentions if m.span.text == "Bakara"]
    assert len(bakara) == 2 and {m.cls for m in bakara} == {"Agency"}


def test_name_before_a_rebel_leader_is_the_group(run):
    names = _agencies(run, "Paul Ndoro, the former Kavuzi rebel leader, took office in May.")
    assert "Kavuzi" in names


@pytest.mark.parametrize("text", [
    # a people's adjective or a state's demonym: a leader of that people's rebels
    "The Kurdish rebel leader said talks would resume.",
    "The Chechen rebel commander said talks would resume.",
])
def test_peoples_before_rebel_nouns_are_no_group(run, text):
    names = _agencies(run, text)
    assert not {"Kurdish", "Chechen"} & set(names)
