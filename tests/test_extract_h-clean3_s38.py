"""Issue 12, stop 38 (h-clean3): the explicit orders of precedence of two rule chains
(sentences written for these tests, none taken from a corpus; real spaCy parse).

1. ``_choose`` (kg/extract/relations/__init__.py): a verb that triggers both supplies and
   deploys ("send", "fly", "ship", "transfer", "order" …) is decided by the first rule of
   ``_TRANSFER_RULES`` that holds. Each step is pinned by one sentence: the rule that decides
   (recorded by a spy on ``_transfer_rule``) and the relation it gives.
"""

from __future__ import annotations

import pytest

import kg.extract.relations as relations


@pytest.fixture
def decided(run, monkeypatch):
    """Text → ([(verb, rule, outcome)] of each supplies/deploys choice, relation mentions)."""

    def _run(text: str):
        fired: list[tuple[str, str, str]] = []
        original = relations._transfer_rule

        def spy(ctx, verb):
            out = original(ctx, verb)
            fired.append((verb.lower_, *out))
            return out

        monkeypatch.setattr(relations, "_transfer_rule", spy)
        _, rels = run(text)
        monkeypatch.setattr(relations, "_transfer_rule", original)
        return fired, rels

    return _run


def _pairs(rels, relation):
    first, second = {"supplies": ("supplier", "recipient"),
                     "deploys": ("deployer", "destination")}[relation]
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == relation
            for a in r.role(first) for b in r.role(second)}


def test_the_order_of_precedence():
    assert [name for name, _, _ in relations._TRANSFER_RULES] == [
        "dative_items", "handed_weapons", "bought", "returned", "carried_items",
        "flown_freight", "self_moving", "on_duty", "crewed_aircraft", "sent_across",
        "to_region", "force_sent"]
    assert [outcome for _, _, outcome in relations._TRANSFER_RULES] == \
        ["supplies"] * 6 + ["deploys"] * 6


@pytest.mark.parametrize("text, verb, rule, relation, pair", [
    # 1. a state's indirect object before named weapons: given to it (outranks the force
    # word "fighters", step 12)
    ("Moscow sent Cairo 46 MiG-29 fighters last year.", "sent", "dative_items", "supplies",
     ("Russia", "Egypt")),
    # 3. a receiving verb with a supplier: bought
    ("Peru ordered 12 MiG-29 fighters from Russia last year.", "ordered", "bought",
     "supplies", ("Russia", "Peru")),
    # 4. weapons sent back: a return is a transfer
    ("Poland sent back twelve Leopard tanks to Germany for repairs.", "sent", "returned",
     "supplies", ("Poland", "Germany")),
    # 5. a carrying verb with named items: freight
    ("Spain shipped 40 Leopard tanks to Morocco in June.", "shipped", "carried_items",
     "supplies", ("Spain", "Morocco")),
    # 6. freight flown, and weapons flown with it: a delivery
    ("Israel flew ammunition and artillery shells to Georgia.", "flew", "flown_freight",
     "supplies", ("Israel", "Georgia")),
    # 7. anything else flown stays the sender's
    ("Brazil flew two Gripen fighters to Argentina for an air show.", "flew", "self_moving",
     "deploys", ("Brazil", "Argentina")),
    # 8. sent to do a force's duty
    ("Norway sent four F-35 fighters to Iceland to police its airspace.", "sent", "on_duty",
     "deploys", ("Norway", "Iceland")),
    ("Germany sent six Eurofighter jets to Romania as part of NATO's air policing mission.",
     "sent", "on_duty", "deploys", ("Germany", "Romania")),
    # 9. aircraft that fly with their crews
    ("France sent two AWACS radar planes to Poland.", "sent", "crewed_aircraft", "deploys",
     ("France", "Poland")),
    # 10. named weapons moved across a border into a place
    ("Turkey sent 50 tanks across the border into Syria.", "sent", "sent_across", "deploys",
     ("Turkey", "Syria")),
    # 11. a region receives nothing
    ("Britain sent eight Typhoon jets to the Gulf.", "sent", "to_region", "deploys",
     ("United Kingdom", "Gulf")),
    # 12. a force sent is deployed
    ("Canada sent 300 soldiers to Latvia in March.", "sent", "force_sent", "deploys",
     ("Canada", "Latvia")),
    # none holds: weapons sent to a state are supplied
    ("Italy sent 20 Leopard tanks to Ukraine in March.", "sent", "default", "supplies",
     ("Italy", "Ukraine")),
])
def test_each_step_decides(decided, text, verb, rule, relation, pair):
    fired, rels = decided(text)
    assert (verb, rule, relation) in fired, fired
    assert pair in _pairs(rels, relation)
    other = "deploys" if relation == "supplies" else "supplies"
    assert pair not in _pairs(rels, other)


def test_handed_weapons_are_supplied(decided):
    # 2. weapons handed over by a force are supplied by it, not deployed (a share of
    # "destroyers", a force word of step 12)
    fired, rels = decided("Four destroyers transferred from the US Navy arrived in Taiwan "
                          "in 2005.")
    assert ("transferred", "handed_weapons", "supplies") in fired, fired
    assert {r.role("supplier")[0].key for r in rels if r.relation == "supplies"} == \
        {"Navy (United States)"}
    assert not _pairs(rels, "deploys")
