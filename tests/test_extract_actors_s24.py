"""Issue 12, stop 24 (h-ent7): the names of actors that claim, sign and speak.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys
from tests.test_extract_prec19 import _claimants

# --- UNHCR by its listed names; the United Nations alone stays the United Nations -----------
# (stop 24: the aliases "UN refugee agency" were taken out again, a frozen split's name)


@pytest.mark.parametrize("text", [
    "The United Nations High Commissioner for Refugees said 5,000 people had crossed the river.",
    "UNHCR warned on Monday that the camps were full.",
])
def test_unhcr_by_its_listed_names(run, text):
    assert "UNHCR" in _keys(run, text, "Agency")


def test_the_united_nations_alone_stays_the_united_nations(run):
    text = "The United Nations said 5,000 refugees had crossed the river on Monday."
    keys = _keys(run, text, "Agency")
    assert "United Nations" in keys and "UNHCR" not in keys


# --- a listed body's one-word name as a person's surname: "Minister Karl Wagner" -------------
# (the last three: no given name before the body's name, which stays the body)


# (text, class, the key kept, a key that must not be made)
SURNAME_CASES = [
    ("Austrian Interior Minister Karl Wagner said the border would stay open.",
     "Person", "Karl Wagner", "Wagner Group"),
    ("The envoy, Park Min-bae, said Seoul wanted closer ties with Jakarta.",
     "Person", "Park Min-bae", "BAE Systems"),
    ("Russia's Wagner fighters were seen near the airport, officials said.",
     "Agency", "Wagner Group", "Wagner"),
    ("The Swedish firm Saab will deliver the jets next year.", "Company", "Saab", "Swedish Saab"),
    ("Officials said BAE would build the frigates in Glasgow.", "Company", "BAE Systems",
     "Officials BAE"),
]


@pytest.mark.parametrize("text, cls, kept, dropped", SURNAME_CASES)
def test_a_listed_name_ending_a_persons_name_is_the_person(run, text, cls, kept, dropped):
    mentions, _ = run(text)
    keys = {m.key or m.lemma for m in mentions}
    assert kept in _keys(run, text, cls) and dropped not in keys


# --- "Sheikh" before a name with bin/al-: an honorific, not part of the name ----------------

NASAB_CASES = [
    ("Bahrain's interior minister, Sheikh Rashid bin Abdullah Al Khalifa, said the port was safe.",
     "Rashid bin Abdullah Al Khalifa"),
    ("Sheikh Nasser al-Mohammed al-Sabah told reporters the order was signed.",
     "Nasser al-Mohammed al-Sabah"),
    # no nasab or family particle: the word may be the family name, and stays
    ("Sheikh Hasina told parliament the frigates would guard the bay.", "Sheikh Hasina"),
]


@pytest.mark.parametrize("text, person", NASAB_CASES)
def test_sheikh_is_no_part_of_a_name_with_a_nasab(run, text, person):
    assert person in _keys(run, text, "Person")


# --- two person spans side by side are one name; its word before the last is a surname -----


def test_two_person_spans_one_space_apart_are_one_person(nlp):
    from spacy.tokens import Span

    from kg.extract.refine.people import _split_people

    doc = nlp.make_doc("Minister Tariq Aziz Khan met Ana Ruiz, Luis Vidal and Rosa Soto.")
    ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 3, 4, label="PERSON"),
            Span(doc, 5, 7, label="PERSON"), Span(doc, 8, 10, label="PERSON"),
            Span(doc, 11, 13, label="PERSON")]
    assert [e.text for e in _split_people(doc, ents)] == [
        "Tariq Aziz Khan", "Ana Ruiz", "Luis Vidal", "Rosa Soto"]


def test_the_short_forms_of_a_full_name():
    from kg.graph.resolve import _short_forms

    assert "Ruiz" in _short_forms("Carlos Ruiz Tagle")
    assert "Maliki" in _short_forms("Nuri al-Maliki")
    assert _short_forms("Ana Ruiz") == ("Ana", "Ruiz", "", "", "")  # no middle, no particle


def test_a_bare_paternal_surname_is_the_person_named_in_full(run):
    text = ("President Carlos Ruiz Tagle inspected the new jets at the air base on Monday. "
            "Ruiz, who faces a difficult election, told reporters the jets were needed.")
    assert "Carlos Ruiz Tagle" in _claimants(run, text)


# --- outlets under their older English names ---------------------------------------------

OUTLET_CASES = [
    ("The New China News Agency said the visit had been a success.", "Xinhua"),
    ("Itar-Tass quoted the minister as saying the ships would sail in May.", "TASS"),
    ("The Telegraph Agency of the Soviet Union said the talks had ended.", "TASS"),
]


@pytest.mark.parametrize("text, outlet", OUTLET_CASES)
def test_an_outlet_under_its_older_name_is_that_outlet(run, text, outlet):
    assert outlet in _keys(run, text, "MediaOutlet")
