"""Issue 12, stop 39 (h-new1): the speaker of an object relative clause of calling ("thanked
X, whom he called …", "the sale, which they called modest") is the subject of the clause
that holds its noun, and such a clause on a proper name says what the name was called
(sentences written for these tests, none taken from a corpus; real spaCy parse); the dev
articles each construction came from are named at its test."""

from __future__ import annotations


def test_whom_he_called_is_the_main_subjects_claim(claims):
    # (dev d471) "he" is the man who thanked, not the man thanked
    text = ("President Omar Bongo returned to Libreville on Monday and thanked Jacques "
            "Chirac, whom he called \"a true friend of Africa\".")
    found = claims(text)
    assert [c for c, _ in found] == ["Omar Bongo"], found
    assert "Jacques Chirac" in found[0][1] and "a true friend of Africa" in found[0][1]
    assert not found[0][1].startswith("whom")


def test_which_they_called_is_the_reporting_officials_claim(claims):
    # (dev d599) the second "they" is the officials' state, as the first one is
    # (the state named before, whose officials spoke first, is not the "they")
    text = ("Kenya bought six helicopters from France in May, Kenyan officials said. Tanzanian "
            "officials said they did not object to the sale, which they called modest.")
    found = claims(text)
    assert [c for c, s in found if "modest" in s] == ["Tanzania"], found
    assert all(c == "Kenya" for c, s in found if "Kenya bought" in s), found


def test_subject_of_a_subject_relative_is_not_taken_up(claims):
    # negative control: "who" is the clause's subject; no pronoun to resolve
    text = ("President Omar Bongo thanked Jacques Chirac, who said the troops would stay in "
            "Libreville.")
    found = claims(text)
    assert ("Jacques Chirac", "the troops would stay in Libreville") in found, found
    assert all(c != "Omar Bongo" for c, _ in found), found


def _classes(run, text: str, name: str) -> set[str]:
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text == name}


def test_two_word_name_at_a_place_preposition_is_a_place(run):
    # (dev d603 "at Ras Doumeira") NER takes the pass for a person
    text = "Kenyan troops exchanged fire with militants at Ras Kamboni on Monday, the army said."
    assert _classes(run, text, "Ras Kamboni") == {"Region"}


def test_the_headlines_person_is_the_place_the_story_places(run):
    # (dev d585 "after Nathu La clash" … "at Nathu La") one class in one article
    text = ("Two soldiers killed after Tora Bela clash\n\nNEW DELHI, May 3 (2021) - Indian and "
            "Chinese soldiers exchanged fire at Tora Bela, a pass on the disputed border, on "
            "Monday.")
    assert _classes(run, text, "Tora Bela") == {"Region"}


def test_a_possessor_after_at_stays_a_person(run):
    # negative control: "at John Kerry's request" names a person
    mentions, _ = run("The minister met the envoy at John Kerry's request.")
    assert {m.cls for m in mentions if "Kerry" in m.span.text} == {"Person"}
