"""Issue 12, stop 83 (h-rep132): claimants of findings and of a body's staff, and names
with an okina. A poll's maker named after a "by" on the noun itself speaks ("A poll by X
found …"); a study's or an investigation's maker speaks for what it found or concluded, like
a poll's ("A study by X concluded that …", "An X investigation concluded that …"); a person's
name with an okina written as an apostrophe keeps it ("'Aisake Tupou", "Sione 'Ofa") and
speaks under it; a body's own staff at it speak for it ("Forecasters at the Bureau of
Meteorology said"). Sentences written for these tests, none taken from a corpus; real spaCy
parse.
"""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> set[str]:
    """Every claimant's name (key, else text) of the claims of ``text``."""
    _, relations = run(text)
    return {m.key or m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


def _statements(run, text: str) -> dict[str, set[str]]:
    """Claimant name → the statements it makes in ``text``."""
    _, relations = run(text)
    out: dict[str, set[str]] = {}
    for r in relations:
        if r.relation == "reports":
            for m in r.role("claimant"):
                out.setdefault(m.key or m.span.text, set()).add(r.attr("statement") or "")
    return out


@pytest.mark.parametrize(("text", "maker"), [
    ("A poll by Le Monde found that 55 percent of French voters opposed the sale of the "
     "frigates.", "Le Monde"),
    ("A poll by the newspaper Le Monde found most French voters against the sale of the "
     "frigates to Egypt.", "Le Monde"),
])
def test_a_polls_maker_after_by_claims_its_finding(run, text, maker):
    assert maker in _claimants(run, text)


@pytest.mark.parametrize(("text", "maker"), [
    ("A study by the World Bank concluded that the new port in Kenya had cost twice its "
     "budget.", "World Bank"),
    ("A Human Rights Watch investigation concluded that Burmese soldiers had burned the "
     "villages.", "Human Rights Watch"),
])
def test_a_studys_maker_claims_what_it_concluded(run, text, maker):
    assert maker in _claimants(run, text)


def test_a_study_with_no_maker_gives_no_claimant(run):
    # "of the Nigerian budget" names what was studied, not who studied it
    assert not _claimants(run, "A study of the Nigerian budget found that the army had "
                               "overspent on helicopters.")


def _people(run, text: str) -> set[str]:
    """The names (keys, else texts) of the Person mentions of ``text``."""
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls == "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("'Aisake Tupou, a member of parliament, said the patrol boat from Australia had arrived "
     "in Tonga.", "'Aisake Tupou"),
    ("Colonel Sione 'Ofa told reporters that Tonga would send more troops to the Solomon "
     "Islands.", "Sione 'Ofa"),
])
def test_a_name_with_an_okina_keeps_its_apostrophe_and_speaks(run, text, name):
    assert name in _people(run, text)
    assert name in _claimants(run, text)


def test_a_quoted_name_keeps_its_quotes_out(run):
    found = _people(run, "The minister said the 'Ohana Fund' would pay for the boats bought "
                         "from Australia.")
    assert not any(name.startswith("'") for name in found), found


@pytest.mark.parametrize(("text", "body"), [
    ("Forecasters at the Bureau of Meteorology said the cyclone would reach Fiji on Sunday.",
     "Bureau of Meteorology"),
    ("Managers at Dassault Aviation said the jets would be delivered to India next year.",
     "Dassault Aviation"),
    ("Employees at Naval Group called the cancelled deal with Australia a disaster for the "
     "yard.", "Naval Group"),
])
def test_a_bodys_staff_at_it_speak_for_it(run, text, body):
    assert body in _claimants(run, text)


def test_students_at_a_university_speak_for_no_one(run):
    assert not _claimants(run, "Students at the National University said the police had "
                               "fired on the march in Bogota.")
