"""Issue 12, h-per1 (stop 52): person names kg has never seen, in a person's slot (sentences
written for these tests, real spaCy parse).

- "The officer, X Y of the <body>, was …": a name set off by commas after a noun of a calling
  or of kin, with its affiliation inside the commas, is a person, and its bare surname later
  is that person (dev d853).
- "his Singaporean counterpart, X Y Z, at …": the same after "counterpart" (dev d837).
- "the Minister of People's Armed Forces, X Y Z,": a title whose body's name holds a
  possessive still makes the apposed name a person (dev d855).
- "X Y, who led the talks, told reporters": an untagged full name a "who" clause describes
  is a person (dev d846).
- "signed by A of <state>, B of <state>, C of <state> and …": an untagged full name in such
  a list is one more person (dev d847).
"""

from __future__ import annotations


def _people(run, text):
    """The texts of every Person mention."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


def test_apposed_name_with_affiliation_is_a_person_and_so_is_its_surname(run):
    text = ("TALLINN, May 3 - The officer, Tarmo Kallasvee of the Internal Security Service, "
            "was detained on Friday near the border, the service said. Moscow said it had "
            "arrested Kallasvee with a camera.")
    people = _people(run, text)
    assert "Tarmo Kallasvee" in people
    assert "Kallasvee" in people


def test_officer_apposed_name_ner_took_for_a_body_is_a_person(run):
    text = ("The officer, Tarmo K\u00f5uts of the Internal Security Service, was abducted on "
            "Friday near the border post, the service said.")
    assert "Tarmo K\u00f5uts" in _people(run, text)


def test_untagged_full_name_with_who_clause_is_a_person(run):
    text = ("Babatunde Fashola, who led the mediation together with two envoys, told "
            "reporters that the signing was not the end.")
    assert "Babatunde Fashola" in _people(run, text)


def test_counterpart_apposed_name_is_a_person(run):
    text = ("The pact was signed by the Malaysian defence minister and his Singaporean "
            "counterpart, Teo Chee Hean, at the palace on the island of Bali.")
    assert "Teo Chee Hean" in _people(run, text)
