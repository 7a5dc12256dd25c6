"""Issue 12, stop 31 (h-ent26): weapon designations and firm names that tokenisation or
spelling cut apart. spaCy's unit suffixes (K, M, T, G after a digit) split a variant letter off
a designation ("A-4K" → "A-4" + "K"); the designation stays one token, and a name after it
that the tagger takes for an adjective ("Skyhawk" of "A-4K Skyhawk jets") stays in the
system's name (E3). Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest

from kg.extract.nlp import DESIGNATION
from tests.test_extract_carrying_s30 import _supplies


def _weapons(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text", ["A-4K", "Su-30K", "MiG-29K", "Ka-52K", "Mi-17M", "F-15K"])
def test_a_designation_with_a_unit_letter_is_one_token(nlp, text):
    doc = nlp.make_doc(f"Chile bought twelve {text} jets ({text}s) and a {text}.")
    assert text in [t.text for t in doc]


@pytest.mark.parametrize("text, words", [
    ("a 10K race and a 5km walk", ["10", "K"]),  # units still split off a bare number
    ("a 500M budget", ["500", "M"]),
])
def test_units_after_a_bare_number_still_split(nlp, text, words):
    toks = [t.text for t in nlp.make_doc(text)]
    assert toks[toks.index(words[0]):toks.index(words[0]) + 2] == words


@pytest.mark.parametrize("text", ["A-4K", "Su-30MK2", "MiG-29K", "F-16C"])
def test_designation_pattern(text):
    assert DESIGNATION.fullmatch(text)


@pytest.mark.parametrize("text", ["COVID-19", "10K", "A-4", "Type-209T1x"])
def test_not_a_designation(text):
    assert not DESIGNATION.fullmatch(text)


def test_the_whole_designation_keeps_the_sentence_and_its_recipient(run):
    text = ("Peru has sold six of its old Su-22M jets and four Mi-24 helicopters to Bolivia, "
            "the ministry said.")
    assert ("Peru", "Bolivia") in _supplies(run, text)


def test_a_name_tagged_as_adjective_stays_after_the_designation(run):
    weapons = _weapons(run, "Chile has sold eight of its retired A-4K Skyhawk jets to a US "
                            "company.")
    assert any(w.startswith("A-4K Skyhawk") for w in weapons)


# --- a listed firm written with "and" for its "&" (or the other way round) -----------------


def test_and_for_ampersand_in_a_listed_firm(run):
    mentions, _ = run("Peru ordered two submarines from Daewoo Shipbuilding and Marine "
                      "Engineering last year.")
    firms = {(m.span.text, m.key) for m in mentions if m.cls == "Company"}
    assert firms == {("Daewoo Shipbuilding and Marine Engineering",
                      "Daewoo Shipbuilding & Marine Engineering")}


def test_and_and_ampersand_are_one_index_key(gazetteer):
    assert gazetteer.lookup("Daewoo Shipbuilding and Marine Engineering").label \
        == gazetteer.lookup("Daewoo Shipbuilding & Marine Engineering").label
