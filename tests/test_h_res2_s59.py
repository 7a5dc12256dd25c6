"""Issue 12, h-res2 (stop 59): a state's force called by its own name in an article takes that
article's keyed mentions of the service ("the army" `Army (X)`, "X's military" `Armed Forces
(X)`), one node as the dev gold keeps it (E17, stop 43; kg.graph.force_names.py). Sentences and
names written for these tests.
"""

from __future__ import annotations

import pytest

from kg.graph.force_names import force_state, named_force_keys
from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document
from tests.test_h_ent79_s48 import _doc, _m


@pytest.mark.parametrize(("name", "state"), [
    ("Israel Defense Forces", ("Israel", "Defense Forces")),  # listed: its part_of
    ("People's Liberation Army", ("China", "Army")),
    ("Ugandan People's Defence Forces", ("Uganda", "Defence Forces")),  # the state first
    ("PNG Defence Force", ("Papua New Guinea", "Defence Force")),
    ("Royal Thai Army", ("Thailand", "Army")),  # after a prefix
    ("Armed Forces of Haiti", ("Haiti", "Armed Forces")),  # after "of"
    ("Armed Forces of the Philippines", ("Philippines", "Armed Forces")),
])
def test_a_state_force_name_gives_its_state_and_head(gazetteer, name, state):
    assert force_state(name, gazetteer) == state


@pytest.mark.parametrize("name", [
    "Sudan People's Liberation Army",  # an armed group named after the state
    "Free Syrian Army",
    "Irish Republican Army",
    "Eighth United States Army",  # a formation: the state does not begin the name
    "Bougainville Revolutionary Army",  # no state
    "People's Liberation Army Navy",  # a service, not the force
    "Revolutionary Armed Forces of Colombia",  # listed without a state
    "Kivu Defence Forces",
])
def test_no_state_force(gazetteer, name):
    assert force_state(name, gazetteer) is None


def test_a_whole_force_takes_the_armed_forces_not_the_army(gazetteer):
    # "the Australian Defence Force" beside "the army": the state may have an army of its own
    keys = named_force_keys(["Israel Defense Forces", "Army (Israel)", "Armed Forces (Israel)"],
                            gazetteer)
    assert keys == {"Armed Forces (Israel)": "Israel Defense Forces"}


def test_an_army_name_takes_the_army_only(gazetteer):
    keys = named_force_keys(["Royal Thai Army"], gazetteer)
    assert keys == {"Army (Thailand)": "Royal Thai Army"}


def test_armed_forces_take_not_the_army_beside_an_army_name(gazetteer):
    keys = named_force_keys(["Ugandan People's Defence Forces", "Uganda Army"], gazetteer)
    assert keys["Armed Forces (Uganda)"] == "Ugandan People's Defence Forces"
    assert keys["Army (Uganda)"] == "Uganda Army"


def test_an_armed_forces_name_takes_not_the_army(gazetteer):
    # "Pakistan Armed Forces" beside "the army": the army has a name of its own (stop 43)
    assert "Army (Pakistan)" not in named_force_keys(["Pakistan Armed Forces"], gazetteer)


def test_two_names_for_one_state_decide_nothing(gazetteer):
    assert named_force_keys(["Royal Thai Army", "Thai Royal Army"], gazetteer) == {}


def test_two_states_keep_their_own(gazetteer):
    keys = named_force_keys(["Israel Defense Forces", "Royal Thai Army", "Army (Lebanon)",
                             "Armed Forces (Syria)"], gazetteer)
    assert keys == {"Armed Forces (Israel)": "Israel Defense Forces",
                    "Army (Thailand)": "Royal Thai Army"}


def test_resolved_article_has_one_node_for_the_force(gazetteer):
    # "The Israel Defense Forces said … Israel's military said"
    d = _doc(1)
    ex = DocExtraction(d, (_m(d, 0, "Israel Defense Forces", "Agency"),
                           _m(d, 60, "Israel's military", "Agency", "Armed Forces (Israel)")), ())
    r = resolve([ex], gazetteer)
    assert "Armed Forces (Israel)" not in r.entities
    assert r.entities["Israel Defense Forces"].mention_count == 2


def test_keyed_mention_of_another_article_stays(gazetteer):
    # (a state whose force is not listed: a listed one takes its keys everywhere, h-agy2 s70)
    d1, d2 = _doc(1), _doc(2)
    named = DocExtraction(d1, (_m(d1, 0, "Royal Thai Army", "Agency"),), ())
    keyed = DocExtraction(d2, (_m(d2, 0, "army", "Agency", "Army (Thailand)"),), ())
    assert "Army (Thailand)" in resolve([named, keyed], gazetteer).entities


def _agencies(run, gazetteer, text):
    """The Agency keys of ``text`` parsed and resolved as one article."""
    mentions, _ = run(text)
    doc = Document("d", "d.txt", "d.txt", "", "0" * 64, "t")
    entities = resolve([DocExtraction(doc, tuple(mentions), ())], gazetteer).entities
    return {k for k, e in entities.items() if e.cls == "Agency"}


@pytest.mark.parametrize(("text", "name"), [
    ("BEIJING, May 3 - The People's Liberation Army said on Tuesday that it had sent troops "
     "to the border. An army spokesman said the soldiers would stay for a month.",
     "People's Liberation Army"),
    ("KAMPALA, May 3 - The Ugandan People's Defence Forces said on Tuesday that it would buy "
     "two patrol boats. Uganda's military has long asked for them.",
     "Ugandan People's Defence Forces"),
])
def test_parsed_article_has_one_node(run, gazetteer, text, name):
    keys = _agencies(run, gazetteer, text)
    assert name in keys
    assert not [k for k in keys if k.startswith(("Army (", "Armed Forces ("))]


def test_parsed_whole_force_leaves_the_army(run, gazetteer):
    keys = _agencies(run, gazetteer, "CANBERRA, May 3 - The Australian Defence Force said on "
                     "Tuesday that the army would send two companies to the islands.")
    assert "Army (Australia)" in keys
