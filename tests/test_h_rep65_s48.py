"""Issue 12, stop 48 (h-rep65): claimants named otherwise than the article's own full name.
A person's name goes on over an elided particle ("… Giscard d'Estaing") and over a particle
before a surname the parser tagged a noun, so the later "dos X said" is that person; a state's
defence ministry whose official name says "National Defence" keys under that name, whatever
words the story uses ("Chile's defence ministry said") (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _people(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


def _keys(resolved, text: str, cls: str) -> set[str]:
    return {e.key for e in resolved(text) if e.cls == cls}


def test_elided_particle_stays_on_the_name(run):
    text = "Troops loyal to President Jean Paul d'Arcy have not said how many died."
    people = _people(run, text)
    assert "Jean Paul d'Arcy" in people, people
    assert "Jean Paul" not in people, people


def test_particle_before_a_noun_tagged_surname_stays_on_the_name(resolved):
    text = ("LUANDA, May 2 - President Paulo Jorge dos Santos attended, together with "
            "diplomats from Brazil and France.\n\n"
            "\"The guns are silent at last,\" dos Santos told the crowd.")
    people = _keys(resolved, text, "Person")
    assert "Paulo Jorge dos Santos" in people, people
    assert "Santos" not in people and "Paulo Jorge" not in people, people


def test_chilean_defence_ministry_keys_under_its_official_name(resolved):
    text = ("SANTIAGO, March 3 - Chile's defence ministry said on Tuesday that two frigates "
            "bought from the Netherlands would arrive in June.")
    agencies = _keys(resolved, text, "Agency")
    assert "Ministry of National Defence (Chile)" in agencies, agencies
    assert "Ministry of Defence (Chile)" not in agencies, agencies


def test_canadian_defence_department_keys_under_its_official_name(resolved):
    text = ("OTTAWA, June 9 - The Canadian defence department said it would send four CF-18 "
            "fighter jets to Romania for a NATO air policing mission.")
    agencies = _keys(resolved, text, "Agency")
    assert "Department of National Defence (Canada)" in agencies, agencies


def test_a_ministry_without_another_official_name_keeps_its_key(resolved):
    text = ("LIMA, March 3 - Peru's defence ministry said on Tuesday that two patrol boats "
            "bought from South Korea would arrive in June.")
    agencies = _keys(resolved, text, "Agency")
    assert "Ministry of Defence (Peru)" in agencies, agencies
