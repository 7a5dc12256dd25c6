"""The evaluation: the scorer on tiny hand-made inputs, the gold files against their articles,
and a ratchet on the scores kg reaches on the sample corpus (plus a low floor on held-out)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg.cli import EXIT_OK, EXIT_USAGE, main
from kg.evaluate import (
    OTHER_STATEMENT,
    STATEMENT_OVERLAP,
    GoldDocument,
    GoldEntity,
    GoldError,
    GoldRelation,
    Score,
    binary_pairs,
    evaluate,
    format_comparison,
    load_gold,
    normalise_name,
    read_gold_file,
    statement_overlap,
)
from kg.model import Document, Entity, Relation, Span

TESTS = Path(__file__).resolve().parent
SAMPLES = TESTS.parent / "kg" / "samples"
GOLD, HELDOUT = TESTS / "gold", TESTS / "heldout"
DEV = TESTS / "corpus" / "dev"  # issue #12: development corpus, gold next to each article
# The frozen test split of issue 12 (tests/corpus/test/README.md): only its files are checked
# here, never a score; kg is not tuned on it.
TEST_SPLIT = TESTS / "corpus" / "test"
# The second frozen test split (tests/corpus/test2/README.md), written after the first had been
# scored: likewise only its files are checked, never a score.
TEST2_SPLIT = TESTS / "corpus" / "test2"
# The third frozen test split (tests/corpus/test3/README.md), written after the second had been
# scored twice: likewise only its files are checked, never a score.
TEST3_SPLIT = TESTS / "corpus" / "test3"
# The fourth frozen test split (tests/corpus/test4/README.md), written in stop 42 when the first
# was spent: likewise only its files are checked, never a score.
TEST4_SPLIT = TESTS / "corpus" / "test4"

# Ratchet: the scores on the sample corpus must not fall below these floors. They sit just
# under what kg reached when they were set (entities F1 0.994, relation pairs F1 0.951,
# pairs per sentence F1 0.924; issue #3). When an extraction change raises a score, run
# `kg eval` and raise the floor to just under the new value (about one error's worth below
# it), so that the gain cannot silently be lost again. Never lower a floor to make a change
# pass without saying why in the change.
SAMPLE_ENTITY_F1 = 0.98
SAMPLE_RELATION_F1 = 0.935
SAMPLE_SENTENCE_F1 = 0.91
# The same under strict scoring (issue 12): kg reached entities F1 0.994, relation pairs F1
# 0.921 and pairs per sentence F1 0.899 when the strict rules were added.
SAMPLE_STRICT_ENTITY_F1 = 0.98
SAMPLE_STRICT_RELATION_F1 = 0.90
SAMPLE_STRICT_SENTENCE_F1 = 0.88
# Held-out (tests/heldout/README.md) was meant to measure generalisation to unseen names and
# phrasings, but its names have since entered kg/data (its README, "Contamination"): a fit
# number now; the frozen test split (tests/corpus/test) is the honest one. When set (issue #3)
# kg reached entities F1 0.934 and relation pairs F1 0.916 (0.647 and 0.565 before the
# general country/region/organisation/weapon lists and rules; 0.866 and 0.863 with the list
# entries that name held-out entities left out).
HELDOUT_ENTITY_F1 = 0.92
HELDOUT_RELATION_F1 = 0.90


# --------------------------------------------------------------------------- scorer units


def test_score_ratios():
    s = Score(tp=2, fp=1, fn=1)
    assert (s.precision, s.recall, s.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    s = Score(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == pytest.approx((0.75, 0.6))
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score(1, 2, 3) + Score(1, 0, 1) == Score(2, 2, 4)


def test_score_empty_denominators():
    assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)
    only_fp, only_fn = Score(fp=2), Score(fn=3)
    assert (only_fp.precision, only_fp.recall, only_fp.f1) == (0.0, 0.0, 0.0)
    assert (only_fn.precision, only_fn.recall, only_fn.f1) == (0.0, 0.0, 0.0)


def test_binary_pairs_follow_the_graph_model():
    assert binary_pairs("supplies", {"supplier": ["NK"], "recipient": ["RU"],
                                     "item": ["drone", "shell"]}) == {
        ("NK", "RU"), ("NK", "drone"), ("NK", "shell")}
    assert binary_pairs("deploys", {"deployer": ["NK"], "destination": ["Kursk"]}) == {
        ("NK", "Kursk")}
    assert binary_pairs("signed", {"party": ["A", "B"], "agreement": ["T"]}) == {
        ("A", "T"), ("B", "T")}
    assert binary_pairs("reports", {"claimant": ["JCS"], "about": ["NK"]}) == {("JCS", None)}
    assert binary_pairs("supplies", {"supplier": ["NK"]}) == set()


def test_normalise_name():
    assert normalise_name("The Houthis") == normalise_name("Houthi") == "houthi"
    assert normalise_name("South Korea’s") == normalise_name("south  korea's") == "south korea"
    assert normalise_name("Russia–Iran") == "russia-iran"
    assert normalise_name("Reuters") == normalise_name("Reuter")  # naive, but on both sides


def _tiny() -> tuple[SimpleNamespace, dict[str, GoldDocument]]:
    """One document: a supply with one item missed, a claim keyed by an alias, a deployment
    the gold marks as only intended, one entity of the wrong class and one spurious."""
    s1, s2, s3 = "NK sends Russia drones.", "Pyongyang said so.", "NK plans to deploy to Kursk."
    gold = GoldDocument("a", (
        GoldEntity("North Korea", "Country", ("Pyongyang",)),
        GoldEntity("Russia", "Country", ()),
        GoldEntity("drone", "Weapon", ("drones",)),
        GoldEntity("Kursk Oblast", "Region", ("Kursk",)),
    ), (
        GoldRelation("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",)),
                                  ("item", ("drone",))), s1),
        GoldRelation("reports", (("claimant", ("North Korea",)),), s2),
        GoldRelation("deploys", (("deployer", ("North Korea",)),
                                 ("destination", ("Kursk Oblast",))), s3,
                     asserted=False, note="a plan"),
    ))

    def ent(key: str, cls: str) -> Entity:
        return Entity(key=key, label=key, cls=cls, documents={"doc_a"})

    def rel(name: str, roles, sentence: str) -> Relation:
        return Relation(name, roles, Span("doc_a", 0, len(sentence), sentence), "x")

    result = SimpleNamespace(
        documents=[Document("doc_a", "a.txt", "a.txt", "", "", "")],
        entities={e.key: e for e in (ent("North Korea", "Country"), ent("Russia", "Region"),
                                     ent("drone", "Weapon"), ent("Seoul", "Region"))},
        relations=[
            rel("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",))), s1),
            rel("reports", (("claimant", ("Pyongyang",)),), s2),
            rel("deploys", (("deployer", ("North Korea",)), ("destination", ("Kursk",))), s3),
        ],
        model="test",
    )
    return result, {"a": gold}


def test_evaluate_tiny_exact_numbers():
    result, gold = _tiny()
    r = evaluate(result, gold)
    assert r.documents == ["a"] and r.warnings == []
    # Entities: NK and drone right; Russia in the wrong class; Seoul spurious; Kursk missed.
    assert r.entity_total == Score(tp=2, fp=2, fn=2)
    assert r.entities["Country"] == Score(tp=1, fp=0, fn=1)
    assert r.entities["Region"] == Score(tp=0, fp=2, fn=1)
    assert r.entities["Weapon"] == Score(tp=1, fp=0, fn=0)
    assert r.entity_total.f1 == pytest.approx(0.5)
    assert {(i.entity, i.cls) for i in r.entity_misses} == {
        ("Russia", "Country"), ("Kursk Oblast", "Region")}
    assert {(i.entity, i.cls) for i in r.entity_false_positives} == {
        ("Russia", "Region"), ("Seoul", "Region")}
    # Relations: NK→drone missed; "Pyongyang" resolves to North Korea; the deployment is a
    # false positive that the report explains with the gold's note.
    assert r.relations["supplies"] == Score(tp=1, fp=0, fn=1)
    assert r.relations["reports"] == Score(tp=1, fp=0, fn=0)
    assert r.relations["deploys"] == Score(tp=0, fp=1, fn=0)
    assert r.relation_total == Score(tp=2, fp=1, fn=1)
    assert (r.relation_total.precision, r.relation_total.recall, r.relation_total.f1) == (
        pytest.approx(2 / 3), pytest.approx(2 / 3), pytest.approx(2 / 3))
    (miss,) = r.relation_misses
    assert (miss.relation, miss.subject, miss.object, miss.sentences) == (
        "supplies", "North Korea", "drone", ("NK sends Russia drones.",))
    (fp,) = r.relation_false_positives
    assert (fp.relation, fp.subject, fp.object, fp.gold_note) == (
        "deploys", "North Korea", "Kursk Oblast", "a plan")
    assert r.sentence_total == Score(tp=2, fp=1, fn=1)
    text = r.format(sentences=True)
    assert "North Korea → drone" in text and "gold: not asserted (a plan)" in text
    assert json.loads(json.dumps(r.to_dict()))["relations"]["all"]["f1"] == pytest.approx(
        0.6667, abs=1e-4)


def test_sentences_count_each_statement():
    result, gold = _tiny()
    s4 = "Pyongyang repeated it."
    g = gold["a"]
    gold["a"] = GoldDocument("a", g.entities, (
        *g.relations, GoldRelation("reports", (("claimant", ("North Korea",)),), s4)))
    r = evaluate(result, gold)
    assert r.relations["reports"] == Score(tp=1)  # the pair is found…
    assert r.sentences["reports"] == Score(tp=1, fn=1)  # …in one of its two sentences
    assert [i.sentences for i in r.sentence_misses if i.relation == "reports"] == [(s4,)]


# --------------------------------------------------------------------------- strict rules


def _ent(key: str, cls: str, aliases=(), label: str | None = None) -> Entity:
    return Entity(key=key, label=label or key, cls=cls, aliases=set(aliases), documents={"doc_a"})


def _rel(name: str, roles, sentence: str, statement: str | None = None) -> Relation:
    attrs = (("statement", statement),) if statement else ()
    return Relation(name, roles, Span("doc_a", 0, len(sentence), sentence), "x", attrs)


def _result(entities, relations) -> SimpleNamespace:
    return SimpleNamespace(documents=[Document("doc_a", "a.txt", "a.txt", "", "", "")],
                           entities={e.key: e for e in entities}, relations=relations, model="")


def test_strict_pair_needs_arguments_of_the_right_class():
    """Lenient: "Russia" typed Region still completes NK→Russia. Strict: the argument is
    not the gold Country, so the pair is a false positive and the gold pair a miss."""
    result, gold = _tiny()
    lenient, strict = evaluate(result, gold), evaluate(result, gold, strict=True)
    assert lenient.relations["supplies"] == Score(tp=1, fn=1)
    assert strict.relations["supplies"] == Score(tp=0, fp=1, fn=2)
    (fp,) = strict.relation_false_positives[:1]
    assert (fp.relation, fp.subject, fp.object) == ("supplies", "North Korea", "Russia [Region]")
    # Entities: the wrong class is a false positive and a miss under both rules.
    assert strict.entities["Region"] == lenient.entities["Region"] == Score(fp=2, fn=1)


def test_strict_split_is_one_hit_and_one_false_positive():
    gold = {"a": GoldDocument("a", (GoldEntity("Wagner Group", "Agency", ("Wagner",)),), ())}
    result = _result([_ent("Wagner Group", "Agency"), _ent("Wagner", "Agency")], [])
    assert evaluate(result, gold).entities["Agency"] == Score(tp=1)
    strict = evaluate(result, gold, strict=True)
    assert strict.entities["Agency"] == Score(tp=1, fp=1)
    (split,) = strict.entity_splits
    assert (split.entity, split.forms) == ("Wagner Group", ("Wagner", "Wagner Group"))
    assert "split entities" in strict.format()  # listed in the readable report


def test_strict_matches_a_node_by_label_or_alias_of_its_own_class():
    gold = {"a": GoldDocument("a", (
        GoldEntity("Ministry of Defence of Russia", "Agency", ("Russia's Defence Ministry",)),
        GoldEntity("Russia", "Country", ("Moscow",)),
        GoldEntity("Kursk Oblast", "Region", ("Kursk",)),
    ), ())}
    result = _result([
        # keyed otherwise, found by an alias that is a gold mention
        _ent("Ministry of Defence (Russia)", "Agency", {"Russia's Defence Ministry", "Moscow"}),
        _ent("Q7", "Region", label="Kursk"),  # found by its label
        _ent("Russia", "Country"),
    ], [])
    lenient, strict = evaluate(result, gold), evaluate(result, gold, strict=True)
    assert lenient.entities["Agency"] == Score(fp=1, fn=1)
    assert lenient.entities["Region"] == Score(fp=1, fn=1)
    # "Moscow" names the Country, not an Agency: the alias of the other class is ignored.
    assert strict.entities["Agency"] == strict.entities["Region"] == Score(tp=1)
    assert strict.entity_total == Score(tp=3)


def test_strict_claim_needs_an_overlapping_statement():
    s = "Seoul said North Korea sent 1,000 more troops, and added that more would follow."
    gold = {"a": GoldDocument("a", (
        GoldEntity("South Korea", "Country", ("Seoul",)),
        GoldEntity("North Korea", "Country", ()),
    ), (
        GoldRelation("reports", (("claimant", ("South Korea",)),), s,
                     statement="North Korea sent 1,000 more troops"),
    ))}
    ents = [_ent("South Korea", "Country", {"Seoul"}), _ent("North Korea", "Country")]
    claimant = (("claimant", ("South Korea",)),)
    same = _result(ents, [_rel("reports", claimant, s, "North Korea sent 1,000 more troops, "
                                                        "and added that more would follow")])
    other = _result(ents, [_rel("reports", claimant, s, "more would follow")])
    assert evaluate(same, gold, strict=True).relations["reports"] == Score(tp=1)
    assert evaluate(other, gold).relations["reports"] == Score(tp=1)  # lenient: claimant only
    strict = evaluate(other, gold, strict=True)
    assert strict.relations["reports"] == Score(fp=1, fn=1)
    assert strict.sentences["reports"] == Score(fp=1, fn=1)
    (fp,) = strict.relation_false_positives
    assert (fp.subject, fp.object) == ("South Korea", OTHER_STATEMENT)


def test_statement_overlap_is_the_share_of_gold_content_words():
    gold = "North Korea sent 1,000 more troops"
    assert statement_overlap(gold, gold) == 1.0
    assert statement_overlap(gold, f"that {gold} to Russia, and more will follow") == 1.0
    assert statement_overlap(gold, "the troops") == pytest.approx(1 / 6)  # truncated
    assert statement_overlap(gold, "more would follow") == 0.0  # another clause
    assert statement_overlap(gold, "") == 0.0  # nothing found
    # a gold statement of stop words only is compared on all its words
    assert statement_overlap("they were not", "that they were not") == 1.0
    assert statement_overlap("they were not", "it was false") == 0.0
    few = "there were never more than six"
    assert statement_overlap(few, "there were six") == pytest.approx(3 / 6)
    assert statement_overlap(gold, "North Korea sent troops") >= STATEMENT_OVERLAP


def test_company_is_a_gold_class(tmp_path):
    f = tmp_path / "doc.jsonl"
    f.write_text('{"type": "entity", "canonical": "Saab", "class": "Company", '
                 '"mentions": ["Saab"]}\n', encoding="utf-8")
    doc = read_gold_file(f)
    result = _result([_ent("Saab", "Company")], [])
    for strict in (False, True):
        assert evaluate(result, {"a": doc}, strict=strict).entities["Company"] == Score(tp=1)


def test_comparison_shows_lenient_and_strict_side_by_side():
    result, gold = _tiny()
    text = format_comparison(evaluate(result, gold), evaluate(result, gold, strict=True))
    supplies = next(line for line in text.splitlines() if line.strip().startswith("supplies"))
    # lenient 1/1 found right of 2 gold; strict 0 right
    assert supplies.split()[1:] == ["1.000", "/", "0.500", "/", "0.667",
                                    "0.000", "/", "0.000", "/", "0.000"]
    assert "lenient" in text.splitlines()[0] and "strict" in text.splitlines()[0]


def test_documents_without_a_counterpart_are_warned_and_skipped():
    result, gold = _tiny()
    gold["b"] = GoldDocument("b", (), ())
    result.documents.append(Document("doc_c", "c.md", "c.md", "", "", ""))
    r = evaluate(result, gold)
    assert r.documents == ["a"]
    assert r.warnings == ["c: built, but no gold file",
                          "b: gold file, but no such document was built"]


def test_many_gold_files_without_a_document_are_counted_not_named():
    result, gold = _tiny()
    for stem in ("b", "c", "d", "e", "f", "g"):
        gold[stem] = GoldDocument(stem, (), ())
    r = evaluate(result, gold)
    assert r.documents == ["a"]
    assert r.warnings == ["6 gold files have no built document (scored: the 1 with both)"]


@pytest.mark.parametrize(("lines", "message"), [
    (['{"type": "entity", "canonical": "X", "class": "Town", "mentions": []}'], "class 'Town'"),
    (['{"type": "entity", "canonical": "X", "class": "Region", "mentions": []}',
      '{"type": "relation", "relation": "deploys", "roles": {"deployer": ["Y"], '
      '"destination": ["X"]}, "sentence": "s"}'], ":2: deployer 'Y' is not an entity"),
    (['{"type": "entity", "canonical": "X", "class": "Region", "mentions": []}',
      '{"type": "relation", "relation": "deploys", "roles": {"force": ["X"]}, "sentence": "s"}'],
     "deploys has no role 'force'"),
    (['{"type": "entity", "canonical": "Kursk Oblast", "class": "Region", "mentions": ["Kursk"]}',
      '{"type": "entity", "canonical": "Kursk", "class": "Region", "mentions": []}'],
     "names both"),
    (['{"type": "entity"'], ":1: not JSON"),
    (['{"type": "claim"}'], "'type' must be"),
])
def test_malformed_gold_is_one_clear_error(tmp_path, lines, message):
    f = tmp_path / "doc.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=message.replace("(", r"\(")):
        read_gold_file(f)


def test_missing_gold_folder(tmp_path):
    with pytest.raises(GoldError, match="no such folder"):
        load_gold(tmp_path / "nope")
    assert main(["eval", "--gold", str(tmp_path / "nope")]) == EXIT_USAGE


# --------------------------------------------------------------------------- the gold files


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("gold_dir", "corpus"), [(GOLD, SAMPLES), (HELDOUT, HELDOUT),
                                                  (DEV, DEV), (TEST_SPLIT, TEST_SPLIT),
                                                  (TEST2_SPLIT, TEST2_SPLIT),
                                                  (TEST3_SPLIT, TEST3_SPLIT),
                                                  (TEST4_SPLIT, TEST4_SPLIT)])
def test_gold_files_match_their_articles(gold_dir, corpus):
    """Every article has a gold file; every mention and sentence is quoted from the article."""
    gold = load_gold(gold_dir)
    assert set(gold) == {p.stem for p in corpus.glob("*.txt")}
    for name, doc in gold.items():
        text = _squash((corpus / f"{name}.txt").read_text(encoding="utf-8"))
        for e in doc.entities:
            assert e.mentions, f"{name}: {e.canonical} has no mention"
            for m in e.mentions:
                assert _squash(m) in text, f"{name}: mention {m!r} is not in the article"
        for r in doc.relations:
            assert _squash(r.sentence) in text, f"{name}: sentence not in the article: {r.sentence}"
    assert sum(len(d.relations) for d in gold.values()) >= 5 * len(gold)


@pytest.mark.parametrize("gold_dir", [GOLD, HELDOUT, DEV, TEST_SPLIT, TEST2_SPLIT,
                                      TEST3_SPLIT, TEST4_SPLIT])
def test_gold_subject_and_object_agree_with_roles(gold_dir):
    for path in sorted(gold_dir.glob("*.jsonl")):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            d = json.loads(line)
            if d["type"] != "relation" or d.get("asserted") is False:
                continue
            pairs = binary_pairs(d["relation"], d["roles"])
            assert (d["subject"], d["object"]) in pairs, f"{path.name}:{no}"
            if d["relation"] == "reports":
                # A line without `statement` accepts any claim of its claimant (gold README).
                assert d["object"] is None and d.get("statement", "x"), f"{path.name}:{no}"


# --------------------------------------------------------------------------- ratchet


def test_sample_scores_do_not_regress(sample_build):
    report = evaluate(sample_build, GOLD)
    assert report.documents == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert not report.warnings
    summary = report.format()
    assert report.entity_total.f1 >= SAMPLE_ENTITY_F1, summary
    assert report.relation_total.f1 >= SAMPLE_RELATION_F1, summary
    assert report.sentence_total.f1 >= SAMPLE_SENTENCE_F1, summary
    strict = evaluate(sample_build, GOLD, strict=True)
    summary = strict.format()
    assert strict.entity_total.f1 >= SAMPLE_STRICT_ENTITY_F1, summary
    assert strict.relation_total.f1 >= SAMPLE_STRICT_RELATION_F1, summary
    assert strict.sentence_total.f1 >= SAMPLE_STRICT_SENTENCE_F1, summary


def test_kg_eval_defaults_to_the_samples(capsys, sample_build):
    assert main(["eval", "--json"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    expected = evaluate(sample_build, GOLD)
    assert out["documents"] == expected.documents
    assert out["entities"]["all"]["f1"] == round(expected.entity_total.f1, 4)
    assert out["relations"]["all"]["f1"] == round(expected.relation_total.f1, 4)
    # the strict figures beside the lenient ones, which stay where they were
    strict = evaluate(sample_build, GOLD, strict=True)
    assert (out["mode"], out["strict"]["mode"]) == ("lenient", "strict")
    assert out["strict"]["relations"]["all"]["f1"] == round(strict.relation_total.f1, 4)
    assert out["strict"]["entities"]["all"]["f1"] == round(strict.entity_total.f1, 4)


def test_heldout_scores_stay_above_a_low_floor(capsys):
    texts = sorted(str(p) for p in HELDOUT.glob("*.txt"))
    assert len(texts) >= 5
    assert main(["eval", "--gold", str(HELDOUT), *texts, "--json"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert len(out["documents"]) == len(texts) and not out["warnings"]
    assert out["entities"]["all"]["f1"] >= HELDOUT_ENTITY_F1
    assert out["relations"]["all"]["f1"] >= HELDOUT_RELATION_F1
