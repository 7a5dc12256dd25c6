"""h-perf17 (issue 13, stop 77): entity-refiner rules gated on their trigger words skip a
document that holds none of them (``vocabulary``: its lower-case forms and lemmas). A gate
only skips work: with every gate forced open the refiner gives the same entities, on texts
that hold a trigger (and fire the rule) and on texts that hold none."""

from __future__ import annotations

import pytest

from kg.extract import tokens
from kg.extract.gazetteer import default_relation_rules
from kg.extract.refine import (
    agreement_names,
    bodies,
    deployed_services,
    firms,
    forces,
    led_states,
    people,
    ships,
    typed_services,
)

# the modules whose rules ask ``vocabulary`` for a gate
GATED = (agreement_names, bodies, deployed_services, firms, forces, led_states, people, ships,
         typed_services)

TEXTS = [
    # _offices
    "Prime Minister Ehud Barak's office said on Monday that the talks would go on.",
    "Prime Minister Ehud Barak said on Monday that the talks would go on.",
    # _company_lists
    "The contract went to the shipbuilders Orvex, Baltan and Corvane last year.",
    "The contract went to Orvex, Baltan and Corvane last year.",
    # speaking_coalitions
    "The Saudi-led coalition accused Iran of arming the Houthi rebels.",
    "Saudi Arabia accused Iran of arming the Houthi rebels.",
    # _signed_packages
    "The package, signed with Acme in 2019, covers twelve jets for Chile.",
    "The jets, bought from Acme in 2019, reached Chile in May.",
    # _ships_and_models, _ship_classes
    "The frigate Lafayette sailed to Toulon on Monday.",
    "Chile bought fast patrol boats of the Dvora class from Israel.",
    "Poland wants a version of the tank, the K2PL, built at home.",
    "Lafayette sailed to Toulon on Monday.",
    # the services: _bare_services, _speaking_services, services_before_types,
    # deployed_services
    "Thai officials said the army would withdraw from the border.",
    "Swedish army officers said the jets would stay in Sweden.",
    "Four air force A-4 Skyhawks attacked the rebels' camp near Kabul.",
    "Army troops moved into the capital of Haiti on Monday.",
    "Thai officials said the police would withdraw from the border.",
    # _national_police, _known_as, _regiments, _possessed_bodies
    "Colombia's police said the rebels had fled into Venezuela.",
    "Mohamed Hamdan Dagalo, known as Hemedti, met the envoy in Khartoum.",
    "Troops of the Cheshire Regiment landed in Belize on Monday.",
    "Finland is not a member of NATO, but its air force trains with Sweden.",
    # none of the triggers (the bench corpus's shape)
    "In June, Kim Yong-chol of Russia visited North Korea and signed a defense pact.",
    "Russia has been supplying Belarus with 240mm rocket launchers and Shahed drones.",
]


def _key(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


@pytest.fixture(scope="module")
def triggers(gazetteer) -> frozenset[str]:
    """The gates' word sets, as the rules build them."""
    roles = gazetteer.roles
    services = {w for words, name in roles.agency_nouns.items() if name in roles.bare_services
                for w in words}
    return frozenset().union(
        roles.office_nouns, roles.company_nouns, roles.signed_deal_nouns, ships.CLASS_WORD,
        default_relation_rules().words["led_speaking_bodies"], services,
        roles.service_adjectives.keys(), roles.police_nouns, roles.known_as_words,
        {w.lower() for w in roles.regiment_words | roles.unit_name_heads},
        {w.lower() for _, w in roles.command_areas}, {"its", "whose"},
        ships._with_plurals(roles.ship_words, roles.ship_nouns, roles.hull_words,
                            roles.ship_naming),
    )


def test_gates_open_give_the_same_entities(nlp, triggers, monkeypatch) -> None:
    gated = [_key(nlp(text)) for text in TEXTS]
    for module in GATED:  # every gate open: each document holds every trigger word
        monkeypatch.setattr(module, "vocabulary", lambda doc: tokens.vocabulary(doc) | triggers)
    assert [_key(nlp(text)) for text in TEXTS] == gated


def test_gates_shut_lose_the_triggered_entities(nlp, monkeypatch) -> None:
    """The other way round, that the test above reaches the gates: with every gate shut the
    texts that hold a trigger lose what their rule made (an office, a firm list, a coalition,
    a ship, a ship class, a bare service, a police force, a second name, a regiment, a body
    after "its")."""
    gated = [_key(nlp(text)) for text in TEXTS]
    for module in GATED:
        monkeypatch.setattr(module, "vocabulary", lambda doc: frozenset())
    shut = [_key(nlp(text)) for text in TEXTS]
    assert [i for i in (0, 2, 4, 8, 9, 12, 17, 18, 19, 20) if shut[i] == gated[i]] == []
    assert shut[-2:] == gated[-2:]  # no trigger: nothing to lose


@pytest.mark.parametrize(("rule", "text"), [
    (people._offices, TEXTS[1]),
    (firms._company_lists, TEXTS[3]),
    (led_states.speaking_coalitions, TEXTS[5]),
    (agreement_names._signed_packages, TEXTS[7]),
    (ships._ship_classes, TEXTS[11]),
    (forces._bare_services, TEXTS[16]),
    (typed_services.services_before_types, TEXTS[-2]),
    (forces._national_police, TEXTS[-1]),
    (agreement_names._known_as, TEXTS[-1]),
    (forces._regiments, TEXTS[-1]),
    (bodies._possessed_bodies, TEXTS[-1]),
])
def test_no_trigger_hands_the_entities_on(nlp, gazetteer, rule, text) -> None:
    """Without its words a gated rule hands on the very list it was given."""
    doc = nlp(text)
    ents = list(doc.ents)
    arg = gazetteer if rule in (ships._ship_classes, forces._national_police) else gazetteer.roles
    if rule is led_states.speaking_coalitions:
        assert rule(doc, ents) is ents
    else:
        assert rule(doc, ents, arg) is ents
