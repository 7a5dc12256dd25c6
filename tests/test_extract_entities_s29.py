"""Issue 12, stop 29 (h-ent17): entity naming that generalises (sentences written for these
tests, real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """(key or surface form) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


# --- a sited body of a state whose English name takes "the" ---------------------------------

@pytest.mark.parametrize("text, body", [
    ("The American embassy in Lima said the helicopters had been delivered on time.",
     "Embassy of the United States (Lima)"),
    ("Britain's embassy in Bogota confirmed that the patrol boats had arrived.",
     "Embassy of the United Kingdom (Bogota)"),
    ("The Dutch consulate in Houston declined to comment on the frigate deal.",
     "Consulate of the Netherlands (Houston)"),
    ("The Chilean embassy in Quito said the sale of the jets had not been approved.",
     "Embassy of Chile (Quito)"),
])
def test_a_sited_body_names_its_state_as_english_writes_it(run, text, body):
    assert body in _of(run, text, "Agency")


# --- "members of parliament": the legislature of its members' state ---------------------------

def _claimants(run, text):
    _, relations = run(text)
    return {m.key or m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text, body", [
    ("Chilean members of parliament gathered in Santiago to approve the frigate purchase.",
     "Parliament (Chile)"),
    ("LIMA, May 2 (Reuters) - Peru will buy 12 jets. Several members of parliament asked "
     "for the contract to be published.", "Parliament (Peru)"),
])
def test_members_of_parliament_mention_the_legislature(run, text, body):
    assert body in _of(run, text, "Agency")


def test_opposition_members_do_not_speak_for_the_legislature(run):
    text = ("LIMA, May 2 (Reuters) - Peru will buy 12 jets. Opposition members of parliament "
            "said the deal was too costly.")
    assert "Parliament (Peru)" in _of(run, text, "Agency")
    assert "Parliament (Peru)" not in _claimants(run, text)


# --- Brussels stands for Belgium (dev E12) -----------------------------------------------------

def test_brussels_is_belgium(run):
    text = "Officials in Brussels said the transport planes would leave on Friday."
    assert "Belgium" in _of(run, text, "Country")


def test_a_brussels_dateline_gives_parliament_its_state(run):
    text = ("BRUSSELS, June 3 (Reuters) - The foreign minister told parliament that the "
            "paratroopers would come home within a week.")
    assert "Parliament (Belgium)" in _of(run, text, "Agency")


# --- the older Mirages are systems of their own ------------------------------------------------

@pytest.mark.parametrize("text, system", [
    ("Chile retired its last Mirage III fighters on Friday.", "Mirage III"),
    ("The air force flies twelve Mirage 5 jets bought from France.", "Mirage 5"),
    ("Morocco received six Mirage F1 jets from France in 1978.", "Mirage F1"),
])
def test_an_older_mirage_is_its_own_system(run, text, system):
    assert system in _of(run, text, "Weapon")


# --- a site named by its place and a lower-case noun ------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Troops fired on mourners at the Monte Alto cemetery on Tuesday.", "Monte Alto cemetery"),
    ("Zimbabwean soldiers guarded the Nacala corridor against rebel attacks.",
     "Nacala corridor"),
    ("The two states agreed to share the Troll gas field under the new treaty.",
     "Troll gas field"),
])
def test_a_site_keeps_its_noun(run, text, place):
    assert place in _of(run, text, "Region")
