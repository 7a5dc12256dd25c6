"""Issue 12, h-span2 (stop 52): a name found with one boundary is known by the other a reader
draws (sentences written for these tests, real spaCy parse and resolver).

- A person's name with the run of titles written just before it ("Defence Minister Ana Ruiz",
  "Sheikh Hamad bin Rashid") is an alias of the person: extraction cuts the titles off the
  name (dev d471, d473, d658, d659, d676, d682, d746, d747, d748, d752, d862).
- A monarch keyed with the royal title ("King Tarvo") is known without it ("Tarvo") (dev
  d366, d556).
- An unlisted firm or group keyed with the noun that says what it is ("the Orlik shipyard",
  "the Vesna works", "the Kastor group") is known by the bare name too (dev d429, d517, d534,
  d860).
"""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_roles
from kg.extract.titled import titled_form, untitled_royal
from kg.graph.bare import bare_name


@pytest.fixture(scope="module")
def roles():
    return load_roles()


def _titled(text: str, name: str, roles) -> str | None:
    start = text.index(name)
    return titled_form(text, start, start + len(name), roles)


@pytest.mark.parametrize(("text", "name", "form"), [
    ("Talks went on after Defence Minister Ana Ruiz arrived.", "Ana Ruiz",
     "Defence Minister Ana Ruiz"),
    ("The pact was praised by Major General Tomas Vell on Monday.", "Tomas Vell",
     "Major General Tomas Vell"),
    ("It was signed by Sheikh Hamad bin Rashid in the capital.", "Hamad bin Rashid",
     "Sheikh Hamad bin Rashid"),
    ("Visiting Ruritanian President Karel Dostal said so.", "Karel Dostal",
     "President Karel Dostal"),
])
def test_titles_written_before_a_name_make_its_titled_form(roles, text, name, form):
    assert _titled(text, name, roles) == form


@pytest.mark.parametrize(("text", "name"), [
    ("Ana Ruiz arrived on Monday.", "Ana Ruiz"),  # nothing before it
    ("The president, Karel Dostal, said so.", "Karel Dostal"),  # a comma: apposition
    ("The defence minister Ana Ruiz arrived.", "Ana Ruiz"),  # lower case: prose, not a title
    ("Prime Minister\nKarel Dostal spoke.", "Karel Dostal"),  # another line
])
def test_no_titled_form_without_a_capitalised_title_just_before(roles, text, name):
    assert _titled(text, name, roles) is None


def test_a_monarch_is_known_without_the_royal_title(roles):
    assert untitled_royal("King Tarvo", roles) == "Tarvo"
    assert untitled_royal("Tarvo Linn", roles) is None


@pytest.mark.parametrize(("label", "cls", "bare"), [
    ("Orlik shipyard", "Company", "Orlik"),
    ("Vesna works", "Company", "Vesna"),
    ("Kastor group", "Agency", "Kastor"),
    ("Orlik shipyard", "Agency", None),  # a shipyard is no group's noun
    ("Kastor Group", "Agency", None),  # capitalised: part of the name
    ("Kastor", "Company", None),
])
def test_a_firm_or_group_is_known_without_its_noun(roles, label, cls, bare):
    assert bare_name(label, cls, roles) == bare


def _aliases(resolved, text: str, key: str) -> set[str]:
    ent = next(e for e in resolved(text) if e.key == key)
    return ent.aliases


def test_a_titled_person_node_has_the_titled_alias(resolved):
    text = ("VALDORIA, March 3 - Defence Minister Ana Ruiz said on Tuesday that the army would "
            "buy new trucks. Ruiz said the first would arrive in June.")
    assert "Defence Minister Ana Ruiz" in _aliases(resolved, text, "Ana Ruiz")
