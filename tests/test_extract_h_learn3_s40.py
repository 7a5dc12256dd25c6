"""The precision filter of stop 40 (kg.extract.learned.rule_pairs / filtered): features of the
pairs the rules produced, and dropping the pairs a model rejects."""

from __future__ import annotations

import pytest

from kg.extract.learned import filtered, rule_pairs

SUPPLY = "Norway delivered twelve howitzers and two Patriot batteries to Estonia on Tuesday."
HEADED = "Chile and Peru sign Treaty of Lima\n\nChile and Peru signed the Treaty of Lima on Friday."


@pytest.fixture(scope="module")
def parse(nlp, rules, gazetteer):
    from kg.extract import extract_mentions, extract_relations

    def _parse(text: str):
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        rels = extract_relations(doc, "d", rules, mentions)
        return rels, rule_pairs(doc, mentions, rels, 0, text, 0, rules.words, rules.triggers)

    return _parse


def _named(pairs):
    return {(p.pair_type, p.subject.span.text, p.object.span.text): p for p in pairs}


def test_every_pair_of_a_supply_with_how_the_rule_fired(parse):
    _, pairs = parse(SUPPLY)
    named = _named(pairs)
    assert set(named) == {("supplies:recipient", "Norway", "Estonia"),
                          ("supplies:item", "Norway", "howitzers"),
                          ("supplies:item", "Norway", "Patriot batteries")}
    recipient = set(named["supplies:recipient", "Norway", "Estonia"].features)
    assert {"trig=deliver", "trig_own=True", "trigkind=supplies", "Sdep=nsubj", "Oprep=to",
            "S_coref=False", "attr=date", "nobj=3"} <= recipient
    assert "Oclause" not in recipient and "near_negators" not in recipient
    assert "Opath=conj|dobj" in named["supplies:item", "Norway", "Patriot batteries"].features


def test_headline_is_marked_and_body_is_not(parse):
    _, pairs = parse(HEADED)
    head = [p for p in pairs if p.index == 0]
    body = [p for p in pairs if p.index == 1]
    assert {p.subject.span.text for p in head} == {p.subject.span.text for p in body} == {
        "Chile", "Peru"}
    assert all({"headline", "no_final_stop"} <= set(p.features) for p in head)
    assert all("headline" not in p.features and "attr=date" in p.features for p in body)


def test_filtered_trims_roles_and_drops_emptied_mentions(parse):
    rels, pairs = parse(SUPPLY)
    kept = filtered(rels, pairs, lambda p: p.object.span.text == "howitzers")
    assert [[m.span.text for m in ms] for _, ms in kept[0].roles] == [
        ["Norway"], ["Estonia"], ["Patriot batteries"]]
    assert filtered(rels, pairs, lambda p: True) == []
    assert filtered(rels, pairs, lambda p: False) == rels
