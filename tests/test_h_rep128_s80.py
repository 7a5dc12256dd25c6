"""Issue 12, stop 80 (h-rep128): a speaker after the reported clause that the parser joins, as a
conjunct, to the clause's last noun and makes that noun the reporting verb's subject ("… ten
jets free of charge, <Name>, the head of …, said", "… a patrol boat, the <Ship>, which …, the
<Body> said") speaks alone, and the statement is all that comes before the speaker's comma
(dev conventions R1, trailing attribution; relations.conjoined_speakers). Sentences written
for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "claimant", "statement"), [
    ("MINSK, Dec 11 (2010) - Belarus has agreed to give Serbia 10 MiG-29 fighter jets free of "
     "charge, Viktor Lukin, the head of the State Military-Industrial Committee, said on "
     "Wednesday.", "Viktor Lukin",
     "Belarus has agreed to give Serbia 10 MiG-29 fighter jets free of charge"),
    ("ACCRA, May 5 - Ghana has taken over a former German navy patrol boat, the Otto Hahn, which "
     "it has renamed Anzone and which will become the fastest ship in its fleet, the Ghana Armed "
     "Forces said on Tuesday.", "Armed Forces (Ghana)",
     "Ghana has taken over a former German navy patrol boat, the Otto Hahn, which it has renamed "
     "Anzone and which will become the fastest ship in its fleet"),
])
def test_speaker_read_as_a_conjunct_of_the_clause_says_all_before_it(claims, text, claimant,
                                                                     statement):
    found = claims(text)
    assert (claimant, statement) in found
    assert [c for c, _ in found] == [claimant]  # (the ship's name is no speaker)


@pytest.mark.parametrize(("text", "claimants"), [
    # guards: a list of speakers with no clause before them, and one joined by "and", keep
    # every speaker
    ("Britain, France, Germany said on Monday the talks had failed.",
     ["United Kingdom", "France", "Germany"]),
    ("Britain, France and Germany said on Monday that the talks had failed.",
     ["United Kingdom", "France", "Germany"]),
])
def test_a_list_of_speakers_keeps_them_all(claims, text, claimants):
    assert sorted({c for c, _ in claims(text)}) == sorted(claimants)
