"""Issue 12, stop 48 (s55 h-ent81): a state's service named by its one lower-case word as the
modifier of a noun ("Indian army engineers", "a Chilean navy corvette", "Peruvian army units")
is that service (E9: the state inside a longer name is no mention), whose people and ships they
are; in an agentless passive its people deploy as the service (D3 as harmonised in stop 37).

Every sentence was written for these tests (none taken from a corpus; real spaCy parse).
Negative cases say what must stay as it is: "military" before a noun (a nationality phrase,
R5), a state's stores ("from Dutch army stocks", SU6) and a headline's compressed phrase.
"""

from __future__ import annotations

import pytest


def _keys(run, text: str, cls: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls == cls}


@pytest.mark.parametrize("text, key", [
    ("A Chilean navy corvette anchored off Valparaiso on Friday after a week at sea.",
     "Navy (Chile)"),
    ("Peruvian army units took up positions along the river on Sunday.", "Army (Peru)"),
    ("Two Norwegian navy officers were injured when the boat capsized near the pier.",
     "Navy (Norway)"),
    ("The ministry said Bolivian army engineers had repaired the bridge at Villazon.",
     "Army (Bolivia)"),
    ("Rebels fired on an Ecuadorian navy post at the mouth of the river overnight.",
     "Navy (Ecuador)"),
])
def test_a_service_word_before_a_noun_is_the_service(run, text, key):
    assert key in _keys(run, text, "Agency")


def test_the_services_people_sent_deploy_as_the_service(run):
    _, relations = run("Bolivian army engineers were sent to Tarija on Monday to repair the "
                       "bridges, officials said.")
    deployers = {m.key for r in relations if r.relation == "deploys"
                 for m in r.role("deployer")}
    assert deployers == {"Army (Bolivia)"}, deployers


# (a state's stores, "from Dutch army stocks", are the service's since s56 h-stock1: SU6 as
# stop 47 read it; tests/test_h_stock1_s49.py)
@pytest.mark.parametrize("text", [
    "Soviet military advisers trained the new brigade near the capital.",
])
def test_military_and_stores_stay_with_the_state(run, text):
    agencies = _keys(run, text, "Agency")
    assert not {k for k in agencies if k.startswith(("Army (", "Armed Forces ("))}, agencies


def test_a_headlines_compressed_phrase_keeps_the_state(run):
    text = "Bolivian army engineers fly to Haiti\n\nLA PAZ, May 3 - The team left on Monday.\n"
    assert "Army (Bolivia)" not in _keys(run, text, "Agency")
    assert "Bolivia" in _keys(run, text, "Country")
