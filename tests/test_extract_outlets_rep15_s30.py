"""Who speaks through a broadcaster or an agency (issue 12, stop 30, h-rep15), on sentences
written for this test (invented or generic participants, not taken from any article): each
construction has cases where a claim or an outlet must appear and near-misses where none may."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


def _outlets(run, text: str) -> list[str]:
    """The texts of the MediaOutlet mentions of ``text``."""
    mentions, _ = run(text)
    return [m.span.text for m in mentions if m.cls == "MediaOutlet"]


# --- a capitalised word before a media noun that names nothing (a pronoun, a number, an
# adjective) leaves the outlet unnamed (dev conventions E15): "Its radio said" is the state
# the pronoun stands for, not an outlet called "Its" ---------------------------------------
NO_NAME_BEFORE_MEDIA_NOUN = [
    ("pronoun_radio", "Bolivia closed its border on Monday. Its radio said on Tuesday that "
                      "the troops would stay in the north.", "Its"),
    ("adjective_radio", "Socialist radio in the capital praised the new treaty.", "Socialist"),
    ("number_television", "Three television crews filmed the parade in the capital.", "Three"),
]


@pytest.mark.parametrize(("text", "word"), [c[1:] for c in NO_NAME_BEFORE_MEDIA_NOUN],
                         ids=[c[0] for c in NO_NAME_BEFORE_MEDIA_NOUN])
def test_no_name_before_media_noun(run, text, word):
    assert not any(word in o.split() for o in _outlets(run, text))


def test_its_radio_is_the_state(claims):
    _check(claims("Bolivia closed its border on Monday. Its radio said on Tuesday that the "
                  "troops would stay in the north."), "Bolivia", "troops would stay")


NAMED_BEFORE_MEDIA_NOUN = [
    # a capital before "radio" still names the state's broadcaster (d226–d245 conventions)
    ("capital_radio", "Lima radio said on Tuesday that the troops would stay.", "Lima radio"),
    ("name_newspaper", "The Vanguardia newspaper said the frigates would cost more.",
     "Vanguardia"),
]


@pytest.mark.parametrize(("text", "outlet"), [c[1:] for c in NAMED_BEFORE_MEDIA_NOUN],
                         ids=[c[0] for c in NAMED_BEFORE_MEDIA_NOUN])
def test_named_before_media_noun(run, text, outlet):
    assert any(outlet in o for o in _outlets(run, text)), _outlets(run, text)


# --- "X was quoted by Y as saying …": the outlet (the agent) and the one quoted (the
# passive's subject) both state what follows (dev conventions R7, as "Y quoted X as saying")
QUOTED_BY_AS_SAYING = [
    ("premier_by_agency",
     "Prime Minister Tomas Varga was quoted by the Tass news agency as saying the treaty would "
     "last for decades.", ["Tomas Varga", "Tass"], "treaty would last"),
    ("minister_by_wire",
     "Defence Minister Ana Ruiz was quoted by Reuters as saying that the frigates would arrive "
     "in May.", ["Ana Ruiz", "Reuters"], "frigates would arrive"),
]
QUOTED_BY_AS_SAYING_NOT = [
    # what is cited as evidence is no speaker
    ("cited_as_evidence",
     "The treaty was cited by Tass as evidence of peaceful intentions.", "Tass"),
]


@pytest.mark.parametrize(("text", "claimants", "fragment"),
                         [c[1:] for c in QUOTED_BY_AS_SAYING],
                         ids=[c[0] for c in QUOTED_BY_AS_SAYING])
def test_quoted_by_as_saying(claims, text, claimants, fragment):
    found = claims(text)
    for claimant in claimants:
        _check(found, claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in QUOTED_BY_AS_SAYING_NOT],
                         ids=[c[0] for c in QUOTED_BY_AS_SAYING_NOT])
def test_quoted_by_as_saying_not(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- a listed armed movement before "radio" is the movement speaking, no outlet named after
# it (dev conventions E15: "UNITA radio said" is UNITA's claim; h-rep15) -------------------
def test_movement_radio_is_no_outlet(run):
    text = "Rebels shelled the port on Sunday, according to Hamas radio broadcasts."
    assert not any("Hamas" in o for o in _outlets(run, text))


def test_movement_radio_according_to(claims):
    _check(claims("Troops landed near the port at dawn on Sunday, according to Fretilin radio "
                  "broadcasts heard in the south."), "Fretilin", "troops landed near the port")


def test_movement_listed(claims):
    _check(claims("Leaders of the Fretilin movement in exile said that 40 people were killed."),
           "Fretilin", "40 people were killed")


# --- a name set off by commas after a media noun phrase is that outlet's name: "the state
# news agency, Angop, said" (the outlet, not a person or a body, claims; R7) ---------------
APPOSED_OUTLET = [
    ("agency_acronym", "The kingdom's official news agency, KNA, quoted the minister as "
                       "saying the treaty was a success.", "KNA"),
    ("agency_name", "Bolivia's state news agency, Abipa, said the helicopters had arrived.",
     "Abipa"),
]
APPOSED_OUTLET_NOT = [
    # a speaker after "told the newspaper," is no outlet
    ("told_newspaper_speaker", "He told the newspaper, Ahmed Karimi said, that the deal was done.",
     "Ahmed Karimi"),
]


@pytest.mark.parametrize(("text", "outlet"), [c[1:] for c in APPOSED_OUTLET],
                         ids=[c[0] for c in APPOSED_OUTLET])
def test_apposed_outlet(run, text, outlet):
    assert outlet in _outlets(run, text), _outlets(run, text)


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in APPOSED_OUTLET_NOT],
                         ids=[c[0] for c in APPOSED_OUTLET_NOT])
def test_apposed_outlet_not(run, text, name):
    assert name not in _outlets(run, text)
