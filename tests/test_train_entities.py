"""The learned-entity experiment of issue 12 (kg.extract.train_entities): training spans from
gold strings, the scorer, the union of rules and model, and a tiny deterministic training run."""

from __future__ import annotations

import pytest

from kg.evaluate import GoldDocument, GoldEntity
from kg.extract.train_entities import (
    Article,
    examples,
    gold_spans,
    parse_range,
    predict,
    score,
    train,
    union,
)


def _gold(*entities: tuple[str, str, tuple[str, ...]]) -> GoldDocument:
    return GoldDocument("t", tuple(GoldEntity(c, k, m) for c, k, m in entities), ())


def _texts(text, spans):
    return [(text[s:e], c) for s, e, c in spans]


def test_every_occurrence_case_sensitive_whole_words():
    text = "Russia sold jets. The Russian navy and russia's allies; Russia again."
    got = gold_spans(text, _gold(("Russia", "Country", ())))
    assert _texts(text, got.spans) == [("Russia", "Country"), ("Russia", "Country")]
    assert [s for s, _, _ in got.spans] == [0, text.rindex("Russia")]


def test_no_match_inside_a_longer_word_or_number():
    text = "The USA and the US; F-16s and F-16 jets; NATO2 is not NATO."
    got = gold_spans(text, _gold(("United States", "Country", ("US",)),
                                 ("F-16", "Weapon", ()), ("NATO", "Agency", ())))
    assert _texts(text, got.spans) == [("US", "Country"), ("F-16", "Weapon"),
                                       ("NATO", "Agency")]


def test_longest_first_and_no_overlaps():
    text = "Egypt bought Rafale fighter jets; the Rafale flew over Egypt."
    got = gold_spans(text, _gold(("Rafale", "Weapon", ("Rafale fighter jets",)),
                                 ("Egypt", "Country", ("Egypt",))))
    assert _texts(text, got.spans) == [("Egypt", "Country"), ("Rafale fighter jets", "Weapon"),
                                       ("Rafale", "Weapon"), ("Egypt", "Country")]
    ends = [(s, e) for s, e, _ in got.spans]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:], strict=False))


def test_nested_names_of_other_classes_keep_the_longer():
    text = "The Treaty of Moscow was signed in Moscow."
    got = gold_spans(text, _gold(("Treaty of Moscow", "Agreement", ()),
                                 ("Moscow", "Region", ())))
    assert _texts(text, got.spans) == [("Treaty of Moscow", "Agreement"), ("Moscow", "Region")]


def test_a_string_of_two_classes_labels_nothing():
    text = "Airbus said Airbus jets fly; France agreed."
    got = gold_spans(text, _gold(("Airbus", "Company", ()), ("Airbus A400M", "Weapon",
                                                              ("Airbus",)),
                                 ("France", "Country", ())))
    assert got.ambiguous == ("Airbus",)
    assert _texts(text, got.spans) == [("France", "Country")]


def test_score_per_class_and_all():
    gold = {"a": [(0, 5, "Country"), (10, 15, "Weapon")], "b": [(0, 3, "Person")]}
    pred = {"a": [(0, 5, "Country"), (10, 15, "Company"), (20, 22, "Weapon")]}
    s = score(pred, gold)
    assert (s["Country"].tp, s["Country"].fp, s["Country"].fn) == (1, 0, 0)
    assert (s["Weapon"].tp, s["Weapon"].fp, s["Weapon"].fn) == (0, 1, 1)
    assert (s["Company"].fp, s["Person"].fn) == (1, 1)
    assert (s["all"].tp, s["all"].fp, s["all"].fn) == (1, 2, 2)
    assert s["all"].precision == pytest.approx(1 / 3)
    assert s["all"].recall == pytest.approx(1 / 3)
    assert s["Agency"].f1 == 0.0


def test_union_adds_model_spans_only_where_rules_found_nothing():
    rules = [(0, 6, "Country"), (20, 30, "Weapon")]
    model = [(0, 6, "Region"), (8, 12, "Person"), (25, 35, "Weapon"), (30, 34, "Company")]
    assert union(rules, model) == [(0, 6, "Country"), (8, 12, "Person"), (20, 30, "Weapon"),
                                   (30, 34, "Company")]


def test_parse_range():
    assert parse_range("d126-d145") == (126, 145)
    with pytest.raises(Exception, match="range"):
        parse_range("126-145")


TRAIN = [
    ("Norway sold howitzers to Estonia. Estonia thanked Norway.",
     ("Norway", "Country", ()), ("Estonia", "Country", ())),
    ("Jonas Gahr Store visited Estonia.", ("Jonas Gahr Store", "Person", ()),
     ("Estonia", "Country", ())),
]


def _articles():
    out = []
    for i, (text, *ents) in enumerate(TRAIN):
        out.append(Article(f"a{i}", text, gold_spans(text, _gold(*ents)).spans, ()))
    return out


def test_examples_carry_the_gold_spans_as_entities():
    from kg.extract.train_entities import base_pipeline

    arts = _articles()
    base = base_pipeline("blank")
    got, skipped = examples(base, arts)
    assert skipped == 0
    assert [[(e.text, e.label_) for e in ex.reference.ents] for ex in got] == [
        [("Norway", "Country"), ("Estonia", "Country"), ("Estonia", "Country"),
         ("Norway", "Country")],
        [("Jonas Gahr Store", "Person"), ("Estonia", "Country")]]


def test_tiny_training_is_deterministic():
    arts = _articles()
    a = train(arts, "blank", epochs=3, quiet=True)
    b = train(arts, "blank", epochs=3, quiet=True)
    pa, pb = predict(a, arts), predict(b, arts)
    assert pa == pb
    assert set(pa) == {"a0", "a1"}
    assert all(c in ("Country", "Person", "Agency", "Company", "MediaOutlet", "Region",
                     "Weapon", "Agreement") for spans in pa.values() for _, _, c in spans)


def test_cli_scores_a_test_folder_side_by_side(tmp_path, capsys):
    from kg.extract.train_entities import main

    (tmp_path / "x1.txt").write_text("Norway sold howitzers to Estonia on Tuesday.\n",
                                     encoding="utf-8")
    (tmp_path / "x1.jsonl").write_text(
        '{"type": "entity", "canonical": "Norway", "class": "Country"}\n'
        '{"type": "entity", "canonical": "Estonia", "class": "Country"}\n', encoding="utf-8")
    assert main(["--test-folder", str(tmp_path), "--train-below", "3", "--epochs", "1"]) == 0
    out = capsys.readouterr().out
    assert "(1 articles), trained on 2 dev articles + 5 samples" in out
    rows = {line.split(" | ")[0]: line for line in out.splitlines() if line.startswith("| ")}
    assert set(rows) == {"|", "| kg rules", "| trained NER",
                         "| rules + NER where rules found nothing"}
    assert "(2/0/0)" in rows["| kg rules"]  # both countries found by the rules


def test_cli_rejects_a_missing_folder(tmp_path):
    from kg.extract.train_entities import main

    with pytest.raises(SystemExit):
        main(["--test-folder", str(tmp_path / "none")])
