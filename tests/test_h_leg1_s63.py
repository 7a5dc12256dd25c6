"""Issue 12, h-leg1 (stop 63): a state's legislature with a name of its own ("the Storting")
takes kg's key of "X's parliament" / "told parliament" (`Parliament (X)`) as its alias
(organisations.yaml), so an article that says both has one node, as the dev gold keeps one
legislature (E10). A bare name that many states give their legislature ("the Senate",
"Parliament" opening a sentence) is the article's one body so named and keyed with its state
(kg/graph/legislature_names.py). Sentences and names written for these tests.
"""

from __future__ import annotations

import pytest

from kg.graph.legislature_names import legislature_keys
from kg.graph.resolve import resolve
from kg.model import DocExtraction
from tests.test_h_ent79_s48 import _doc, _m
from tests.test_h_res2_s59 import _agencies


@pytest.mark.parametrize(("key", "name"), [
    ("Parliament (Norway)", "Storting"),
    ("Parliament (Lithuania)", "Seimas"),
    ("Parliament (Estonia)", "Riigikogu"),
    ("Parliament (Germany)", "Bundestag"),
    ("Parliament (Israel)", "Knesset"),
])
def test_parliament_key_is_the_named_legislature(gazetteer, key, name):
    d = _doc(1)
    ex = DocExtraction(d, (_m(d, 0, name, "Agency"),
                           _m(d, 40, "parliament", "Agency", key)), ())
    entities = resolve([ex], gazetteer).entities
    assert key not in entities
    assert entities[name].mention_count == 2
    assert entities[name].cls == "Agency"


def test_unlisted_state_keeps_its_parliament_key(gazetteer):
    d = _doc(1)
    ex = DocExtraction(d, (_m(d, 0, "parliament", "Agency", "Parliament (Zambia)"),), ())
    assert "Parliament (Zambia)" in resolve([ex], gazetteer).entities


@pytest.mark.parametrize(("text", "name"), [
    ("OSLO, March 4 - The foreign minister said the Norwegian parliament, the Storting, would "
     "vote on the fisheries accord before the summer.", "Storting"),
    ("VILNIUS, March 4 - The prime minister hoped the Seimas, Lithuania's parliament, would "
     "approve the pipeline accord in April.", "Seimas"),
])
def test_parsed_article_has_one_legislature(run, gazetteer, text, name):
    keys = _agencies(run, gazetteer, text)
    assert name in keys
    assert not [k for k in keys if k.startswith("Parliament")]


@pytest.mark.parametrize(("names", "keys"), [
    # "Parliament" opening a sentence beside "told parliament"
    (["Parliament", "Parliament (Zambia)"], {"Parliament": "Parliament (Zambia)"}),
    # "the Senate" beside "the Chilean Senate"
    (["Senate", "Senate (Chile)", "Army (Chile)"], {"Senate": "Senate (Chile)"}),
    (["National Assembly", "National Assembly (Zambia)"],
     {"National Assembly": "National Assembly (Zambia)"}),
])
def test_shared_legislature_name_takes_the_article_state(gazetteer, names, keys):
    assert legislature_keys(names, gazetteer.roles) == keys


@pytest.mark.parametrize("names", [
    ["Senate", "Parliament (Chile)"],  # an upper house is not the state's "parliament"
    ["Senate", "Senate (Chile)", "Senate (Peru)"],  # two states' senates
    # "told the National Assembly" beside "a member of parliament": one house of two
    ["National Assembly", "Parliament (Zambia)"],
    ["Parliament", "Parliament (Zambia)", "Parliament (Malawi)"],  # two states
    ["Senate", "National Assembly"],  # no state in the article
])
def test_shared_legislature_name_undecided(gazetteer, names):
    assert legislature_keys(names, gazetteer.roles) == {}


def test_resolved_article_has_one_senate(gazetteer):
    # "… after the Chilean Senate rejected the lease. The Senate must approve …"
    d = _doc(1)
    ex = DocExtraction(d, (_m(d, 0, "Chilean Senate", "Agency", "Senate (Chile)"),
                           _m(d, 60, "Senate", "Agency")), ())
    entities = resolve([ex], gazetteer).entities
    assert set(entities) == {"Senate (Chile)"}
    assert entities["Senate (Chile)"].mention_count == 2


def test_parsed_article_has_one_parliament(run, gazetteer):
    keys = _agencies(run, gazetteer, "LUSAKA, March 4 - The defence minister told parliament "
                     "on Tuesday that the patrol boats would arrive in May. Parliament approved "
                     "the purchase last year.")
    assert "Parliament (Zambia)" in keys
    assert "Parliament" not in keys
