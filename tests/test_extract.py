"""Entity and relation extraction on crafted sentences (real spaCy parse, no fixtures)."""

from __future__ import annotations

import pytest

from kg.extract import extract_mentions, extract_relations


@pytest.fixture(scope="module")
def run(nlp, rules, gazetteer):
    def _run(text: str):
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return mentions, extract_relations(doc, "d", rules, mentions)

    return _run


def keys(mentions):
    return [m.key or m.lemma for m in mentions]


def roles(rel):
    return {name: keys(ms) for name, ms in rel.roles}


def only(rels, relation):
    found = [r for r in rels if r.relation == relation]
    assert len(found) == 1, [(r.relation, roles(r)) for r in rels]
    return found[0]


def test_gazetteer_mentions_resolve_aliases(run):
    mentions, _ = run("Pyongyang and the Kremlin met. Seoul's military watched the North.")
    assert keys(mentions) == [
        "North Korea", "Russia", "Joint Chiefs of Staff (South Korea)", "North Korea"
    ]


def test_supply_with_recipient_and_items(run):
    _, rels = run("North Korea has been supplying Russia with heavy artillery, such as 240mm "
                  "rocket launchers and 170mm self-propelled artillery.")
    r = roles(only(rels, "supplies"))
    assert r["supplier"] == ["North Korea"]
    assert r["recipient"] == ["Russia"]
    assert r["item"] == ["artillery", "240mm rocket launcher", "170mm self-propelled artillery"]


def test_supply_recipient_attached_to_item_and_subject_inherited(run):
    _, rels = run("The JCS said that Pyongyang was producing drones to further support Moscow "
                  "along with supplying 240mm rocket launchers to Russian forces.")
    r = roles(only(rels, "supplies"))
    assert r == {"supplier": ["North Korea"], "recipient": ["Russia"],
                 "item": ["240mm rocket launcher"]}


def test_send_troops_is_deploy_and_send_weapons_is_supply(run):
    _, rels = run("Iran sent 200 soldiers to Syria. Iran sent Shahed drones to Russia.")
    dep = only(rels, "deploys")
    assert roles(dep) == {"deployer": ["Iran"], "destination": ["Syria"]}
    assert dep.attr("force") == "200 soldiers"
    sup = only(rels, "supplies")
    assert roles(sup) == {"supplier": ["Iran"], "recipient": ["Russia"], "item": ["Shahed drone"]}


def test_passive_deploy_takes_deployer_from_force_nationality(run):
    _, rels = run("As many as 12,000 North Korean soldiers were sent to Russia.")
    dep = only(rels, "deploys")
    assert roles(dep) == {"deployer": ["North Korea"], "destination": ["Russia"]}
    assert dep.attr("force") == "As many as 12,000 North Korean soldiers"


def test_reduced_relative_deploy(run):
    _, rels = run("The losses of North Korean troops stationed in Russia grew.")
    assert roles(only(rels, "deploys")) == {"deployer": ["North Korea"], "destination": ["Russia"]}


def test_report_claim_and_statement(run):
    _, rels = run("South Korea's National Intelligence Service estimated that 12,000 North "
                  "Korean soldiers were sent to Russia.")
    claim = only(rels, "reports")
    assert roles(claim)["claimant"] == ["National Intelligence Service (South Korea)"]
    assert claim.attr("statement").startswith("that 12,000 North Korean soldiers were sent")
    assert "North Korea" in roles(claim)["about"]


def test_according_to(run):
    _, rels = run("According to the Ukrainian Special Operations Forces, Ukrainian forces "
                  "killed 77 North Korean soldiers in the Kursk region.")
    claim = only(rels, "reports")
    assert roles(claim)["claimant"] == ["Special Operations Forces of Ukraine"]
    assert "Kursk Oblast" in roles(claim)["about"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Moscow nor Pyongyang have confirmed these deployments.",
        "Russia has not confirmed the deployment.",
        "North Korea has not sent troops to Russia.",
    ],
)
def test_negated_triggers_yield_nothing(run, text):
    _, rels = run(text)
    assert [r for r in rels if r.relation in ("reports", "deploys")] == []


def test_signed_with_parties_from_subject_and_with(run):
    _, rels = run("In June, Russian President Vladimir Putin visited North Korea and signed a "
                  "comprehensive strategic partnership agreement with Kim Jong Un.")
    s = only(rels, "signed")
    assert roles(s) == {"party": ["Vladimir Putin", "Kim Jong Un"],
                        "agreement": ["Comprehensive Strategic Partnership Treaty"]}
    assert s.attr("date") == "June"


def test_signed_parties_hanging_off_the_agreement(run):
    _, rels = run("A defense pact between Pyongyang and Moscow, signed in June, came into force.")
    assert roles(only(rels, "signed"))["party"] == ["North Korea", "Russia"]


def test_unknown_weapons_found_by_patterns(run):
    mentions, _ = run("Pyongyang shipped KN-23 missiles and 152mm artillery shells to Moscow.")
    weapons = {m.lemma for m in mentions if m.cls == "Weapon"}
    assert {"KN-23 missile", "152mm artillery shell"} <= weapons


def test_unknown_people_and_agencies_from_ner(run):
    mentions, _ = run("General Oleksandr Syrskyi said the Pentagon had agreed.")
    found = {(m.cls, m.lemma) for m in mentions}
    assert ("Person", "Oleksandr Syrskyi") in found
    assert ("Agency", "Pentagon") in found


def test_headline_and_web_furniture_are_not_entities(run):
    mentions, _ = run("North Korea's Growing Military Support for Russia\n\n"
                      "He posted on Telegram that Russia advanced.")
    labels = {m.key or m.lemma for m in mentions}
    assert "Growing Military Support" not in labels
    assert "Telegram" not in labels
    assert {"North Korea", "Russia"} <= labels


def test_offsets_point_into_the_text(run):
    text = "Officials said Seoul\u2019s Joint Chiefs of Staff (JCS) warned Pyongyang."
    mentions, _ = run(text)
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.span.text
