"""Issue 12, stop 60 (h-ent12): a royal title or an Arabic honorific with one given name
("Prince Faisal", "Sheikh Hamad") after the person was named in full with that title is that
person, not a node of its own (kg.graph.titled_short). All sentences invented."""

from __future__ import annotations

import pytest

from kg.graph.titled_short import titled_given_name


def _people(resolved, text: str) -> set[str]:
    return {e.key for e in resolved(text) if e.cls == "Person"}


@pytest.mark.parametrize("name, short", [
    ("Prince Faisal", ("Prince", "Faisal")),
    ("Sheikh Hamad", ("Sheikh", "Hamad")),
    ("Sultan Tariq", ("Sultan", "Tariq")),
    ("Faisal bin Rashid", None),  # a full name
    ("General Hamad", None),  # an office, not a royal title or honorific
    ("Prince Faisal bin Rashid", None),  # more than one name
])
def test_titled_given_name(gazetteer, name, short):
    assert titled_given_name(name, gazetteer.roles) == short


@pytest.mark.parametrize("text, full, short", [
    ("Oil Minister Prince Faisal bin Rashid al-Qudsi opened the new refinery in Dammam on "
     "Monday.\n\nPrince Faisal told reporters that exports would rise next year.",
     "Faisal bin Rashid al-Qudsi", "Prince Faisal"),
    ("The defence minister, Sheikh Hamad bin Khalid al-Nuaimi, signed the contract in Doha.\n\n"
     "Sheikh Hamad said the frigates would arrive in 2027.",
     "Hamad bin Khalid al-Nuaimi", "Sheikh Hamad"),
])
def test_titled_given_name_is_the_person_named_in_full(resolved, text, full, short):
    people = _people(resolved, text)
    assert full in people, people
    assert short not in people, people


def test_two_people_of_that_title_and_name_leave_it_apart(resolved):
    text = ("Crown Prince Faisal bin Rashid al-Qudsi and Crown Prince Faisal bin Omar al-Harbi "
            "met in Riyadh on Monday.\n\nPrince Faisal told reporters the talks had gone well.")
    people = _people(resolved, text)
    assert {"Faisal bin Rashid al-Qudsi", "Faisal bin Omar al-Harbi"} <= people, people
    assert "Prince Faisal" in people, people


def test_a_namesake_not_written_after_the_title_stays_apart(resolved):
    text = ("King Tariq received the trade envoy, Tariq Mansour Haddad, in Amman on Monday.\n\n"
            "Tariq Mansour Haddad said the deal would be signed next week.")
    people = _people(resolved, text)
    assert "Tariq Mansour Haddad" in people, people
    assert "King Tariq" in people, people


def test_every_mention_keyed_by_the_short_form_moves(gazetteer):
    from kg.graph.titled_short import titled_short_keys
    from kg.model import Mention, Span

    full = Mention(Span("d", 0, 4, "Hamad bin Tariq"), "Person", titled="Sultan Hamad bin Tariq")
    short = Mention(Span("d", 9, 11, "Sultan Hamad"), "Person")
    bare = Mention(Span("d", 20, 21, "sultan"), "Region")  # keyed by a word of the short form
    other = Mention(Span("d", 30, 32, "King Omar"), "Person")
    keys = {full.span: "Hamad bin Tariq", short.span: "Sultan Hamad", bare.span: "Sultan Hamad",
            other.span: "King Omar"}
    out = titled_short_keys([full, short, bare, other], keys, gazetteer.roles)
    assert out == {**keys, short.span: "Hamad bin Tariq", bare.span: "Hamad bin Tariq"}
