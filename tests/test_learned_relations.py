"""The learned relation classifier of issue 12 (kg.extract.learned, kg.extract.train_relations):
candidate pairs and their features, labels from gold, deterministic training, thresholds."""

from __future__ import annotations

import pytest

from kg.evaluate import GoldDocument, GoldEntity, GoldRelation
from kg.extract.learned import PAIR_TYPES, RelationModel, accepted, candidates, pair_features
from kg.extract.train_relations import (
    NEVER,
    Parsed,
    choose_thresholds,
    doc_range,
    labels,
    train,
)
from kg.model import DocExtraction, Document

SUPPLY = "Norway delivered twelve howitzers to Estonia on Tuesday."
PLAN = "Norway would not send howitzers to Estonia."


@pytest.fixture(scope="module")
def parse(nlp, rules, gazetteer):
    from kg.extract import extract_mentions, extract_relations

    def _parse(text: str):
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return doc, mentions, extract_relations(doc, "d", rules, mentions)

    return _parse


def _pair(cands, pair_type, subject, obj):
    return next(c for c in cands if c.pair_type == pair_type
                and c.subject.span.text == subject and c.object.span.text == obj)


def test_candidates_cover_both_orders_with_path_features(parse, rules):
    doc, mentions, rels = parse(SUPPLY)
    cands = candidates(doc, mentions, rels, 0, rules.triggers)
    forward = _pair(cands, "supplies:recipient", "Norway", "Estonia")
    assert {"lca=deliver", "bprep=to", "order=ab", "cls=Country>Country",
            "lca_trig=supplies", "da=nsubj"} <= set(forward.features)
    assert forward.by_rules  # the rules state this one: the model never adds it again
    assert forward.sentence.text == SUPPLY and forward.trigger == "delivered"
    backward = _pair(cands, "supplies:recipient", "Estonia", "Norway")
    assert "order=ba" in backward.features and not backward.by_rules
    # classes must fit the roles: no Country is an item, and no pair joins a mention to itself
    assert not [c for c in cands if c.pair_type == "supplies:item"
                and c.object.cls != "Weapon"]
    assert all(c.subject.span != c.object.span for c in cands)


def test_negation_and_modal_markers(parse, rules):
    doc, mentions, rels = parse(PLAN)
    c = _pair(candidates(doc, mentions, rels, 0, rules.triggers), "deploys:destination",
              "Norway", "Estonia")
    assert {"neg", "modal=would", "lca=send"} <= set(c.features)


def test_words_between_only_when_close(nlp):
    doc = nlp("Chile bought frigates from a shipyard that builds ships for Britain, Spain, "
              "Italy and Peru.")
    chile, peru = doc[0], doc[-2]
    near = pair_features(chile, doc[2], "Country", "Weapon", doc[:])
    far = pair_features(chile, peru, "Country", "Country", doc[:])
    assert {"bw=buy", "da_lca=nsubj|buy", "frame=nsubj|buy|dobj|-"} <= set(near)
    assert "bw=far" in far and "bw=buy" not in far


def test_one_mention_sentence_has_no_candidates(parse, rules):
    doc, mentions, rels = parse("Estonia welcomed the news.")
    assert candidates(doc, mentions, rels, 0, rules.triggers) == []


def _parsed(parse, text: str, gold_relations: tuple[GoldRelation, ...]) -> Parsed:
    doc, mentions, rels = parse(text)
    entities = (GoldEntity("Norway", "Country", ("Norway",)),
                GoldEntity("Estonia", "Country", ("Estonia",)),
                GoldEntity("howitzer", "Weapon", ("howitzers",)))
    d = Document("d", "x.txt", "x.txt", "", "0", "")
    p = Parsed("x", DocExtraction(d, tuple(mentions), tuple(rels)),
               GoldDocument("x", entities, gold_relations), text, [(0, doc, mentions, rels)])
    p.featurise()
    return p


def test_labels_follow_asserted_gold_of_the_sentence(parse):
    roles = (("supplier", ("Norway",)), ("recipient", ("Estonia",)), ("item", ("howitzer",)))
    p = _parsed(parse, SUPPLY, (GoldRelation("supplies", roles, SUPPLY),))
    got = {(c.pair_type, c.subject.span.text, c.object.span.text): y
           for c, y in zip(p.candidates, p.labels, strict=True)}
    assert got[("supplies:recipient", "Norway", "Estonia")] == 1
    assert got[("supplies:item", "Norway", "howitzers")] == 1
    assert got[("supplies:recipient", "Estonia", "Norway")] == 0
    denied = _parsed(parse, SUPPLY, (GoldRelation("supplies", roles, SUPPLY, asserted=False),))
    assert sum(denied.labels) == 0
    elsewhere = _parsed(parse, SUPPLY, (GoldRelation("supplies", roles, "Another sentence."),))
    assert sum(elsewhere.labels) == 0
    assert labels(p) == p.labels


EXAMPLES = [
    ("supplies:recipient", ("bias", "lca=deliver", "bprep=to"), 1),
    ("supplies:recipient", ("bias", "lca=sell", "bprep=to"), 1),
    ("supplies:recipient", ("bias", "lca=say", "bprep=to"), 0),
    ("supplies:recipient", ("bias", "lca=deliver", "bprep=from"), 0),
    ("supplies:recipient", ("bias", "lca=visit"), 0),
    ("signed:agreement", ("bias", "lca=sign"), 1),
    ("signed:agreement", ("bias", "lca=reject"), 0),
]


def test_training_is_deterministic_and_learns():
    first, second = train(EXAMPLES), train(list(EXAMPLES))
    assert first == second
    model = RelationModel(first, {})
    assert RelationModel(train(EXAMPLES), {}).to_json() == model.to_json()
    p = model.probability
    assert p("supplies:recipient", ["bias", "lca=deliver", "bprep=to"]) > 0.5
    assert p("supplies:recipient", ["bias", "lca=visit"]) < 0.5
    assert p("signed:agreement", ["bias", "lca=sign"]) > p("signed:agreement", ["bias"])
    assert p("deploys:destination", ["bias"]) == 0.5  # a type it never saw: no opinion


def test_model_file_round_trip_scores_a_sentence(parse, rules):
    model = RelationModel(train(EXAMPLES), {pt.name: 0.5 for pt in PAIR_TYPES})
    again = RelationModel.from_json(model.to_json())
    assert again.thresholds == model.thresholds
    doc, mentions, _ = parse(SUPPLY)
    cands = candidates(doc, mentions, [], 0, rules.triggers)  # as if the rules found nothing
    c = _pair(cands, "supplies:recipient", "Norway", "Estonia")
    assert again.probability(c.pair_type, c.features) == pytest.approx(
        model.probability(c.pair_type, c.features), abs=1e-5)
    assert again.probability(c.pair_type, c.features) > 0.5
    added = accepted(cands, again)
    rel = next(r for r in added if r.relation == "supplies"
               and r.role("recipient")[0].span.text == "Estonia")
    assert rel.role("supplier")[0].span.text == "Norway"
    assert rel.sentence.text == SUPPLY and rel.attr("extractor") == "learned"
    with pytest.raises(ValueError):
        RelationModel.from_json('{"format": 2}')


def test_thresholds_only_where_additions_are_mostly_right():
    def rows(pair_type, added):  # ten rule pairs (nine right) plus the candidates given
        return [(pair_type, 0.0, int(k < 9), True) for k in range(10)] + \
            [(pair_type, p, y, False) for p, y in added]

    good = rows("supplies:item", [(0.9, 1), (0.85, 1), (0.8, 1), (0.75, 1), (0.4, 0)])
    bad = rows("signed:agreement", [(0.9, 1), (0.8, 0), (0.7, 0), (0.6, 0)])
    few = rows("deploys:destination", [(0.9, 1), (0.8, 1)])
    chosen = choose_thresholds(good + bad + few)
    assert 0.4 < chosen["supplies:item"] <= 0.75
    assert chosen["signed:agreement"] == NEVER
    assert chosen["deploys:destination"] == NEVER  # two hits are too few to trust
    assert chosen["supplies:recipient"] == NEVER  # no data


def test_document_ranges_select_by_number():
    keep = doc_range("d01-d145")
    assert keep("d01_egypt_rafale") and keep("d145_x") and keep("d9_x")
    assert not keep("d146_x") and not keep("d00_x") and not keep("h01_iran_drones")
    assert not keep("d1450_x") and doc_range("d1-d2000")("d1450_x")
    assert doc_range("d146-165")("d150_y")  # the second letter may be left out
    union = doc_range("d01-d145+d166-d306")
    assert union("d10_x") and union("d200_x") and not union("d150_x") and not union("d307_x")
    for bad in ("d145-d01", "146-165", "d01", "d01-h05", "d01-d145+", "d01-d145+d20"):
        with pytest.raises(ValueError):
            doc_range(bad)


def test_scoring_the_dev_folder_needs_disjoint_ranges(capsys):
    """Cheap refusals, before anything is parsed: a model is never scored on its own data."""
    from kg.extract.train_relations import ROOT, main

    with pytest.raises(SystemExit) as e:
        main(["--test", str(ROOT / "tests/corpus/dev")])
    assert e.value.code == 2 and "--train-docs" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--train-docs", "d145-d01", "--cv", "5"])
    assert "not a document range" in capsys.readouterr().err
