"""Issue 12, stop 37 (h-alias1): a descriptive common noun is no alias of a named node
(articles written for these tests, none taken from a corpus; real spaCy parse).

"The navy said …" names the navy of its own article; as a graph-wide skos:altLabel of the
Royal Navy it would make "navy" one navy among many, and the evaluator (which matches a node
by any alias) took the Royal Navy node for the other article's Chilean navy (dev d496/d561).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.evaluate import GoldDocument, GoldEntity, evaluate
from kg.graph.resolve import _description_of
from kg.model import Document, Entity

HANDOVER = ("Frigate changes flags\n\nPORTSMOUTH, May 3 (1975) - The Royal Navy handed the "
            "frigate Ardent over to the Chilean navy on Monday, after Chile bought her last "
            "year for three million pounds. The navy will base the ship at Valparaiso, Chilean "
            "officials said.\n")
ORDER = ("Britain orders frigates\n\nLONDON, June 2 (1980) - The Royal Navy ordered six "
         "frigates from Vosper Thornycroft, the Ministry of Defence said. The navy said the "
         "ships would enter service in 1985.\n")


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    from kg.building.pipeline import build

    folder = tmp_path_factory.mktemp("alias")
    (folder / "a_handover.txt").write_text(HANDOVER, encoding="utf-8")
    (folder / "b_order.txt").write_text(ORDER, encoding="utf-8")
    return build([folder / "a_handover.txt", folder / "b_order.txt"])


def test_generic_word_is_no_alias(two_articles):
    uk = two_articles.entities["Navy (United Kingdom)"]
    assert "Royal Navy" in uk.aliases
    assert "navy" not in uk.aliases, uk.aliases
    assert len(uk.documents) == 2  # both articles still mention it
    # the description is kept as what the node was called in the order article only
    (order_id,) = [d.doc_id for d in two_articles.documents if d.name.startswith("b_")]
    assert uk.descriptions == {order_id: {"navy"}}
    chile = two_articles.entities["Navy (Chile)"]
    assert "Chilean navy" in chile.aliases and "navy" not in chile.aliases


def test_each_navy_matches_its_own_gold_entity(two_articles):
    gold = {
        "a_handover": GoldDocument("a_handover", (
            GoldEntity("Royal Navy", "Agency", ("Royal Navy",)),
            GoldEntity("Chilean Navy", "Agency", ("Chilean navy", "navy")),
        ), ()),
        "b_order": GoldDocument("b_order", (
            GoldEntity("Royal Navy", "Agency", ("Royal Navy", "navy")),
        ), ()),
    }
    report = evaluate(two_articles, gold, strict=True)
    agency = report.per_document["a_handover"].entities["Agency"]
    assert (agency.tp, agency.fp, agency.fn) == (2, 0, 0)
    assert not report.entity_splits
    assert not [m for m in report.entity_misses if m.cls == "Agency"]


@pytest.mark.parametrize("form, label, description", [
    ("navy", "Navy (United Kingdom)", True),
    ("defence ministry", "Ministry of Defence (Jordan)", True),
    ("kingdom", "Saudi Arabia", True),
    ("North", "North Korea", False),          # a capitalised short name is a name
    ("Royal Navy", "Navy (United Kingdom)", False),
    ("t-72", "T-72", False),                  # a designation, not a common word
    ("aircraft carriers", "aircraft carrier", False),  # a kind is named in lower case
])
def test_description_of(form, label, description):
    assert _description_of(form, label, "Agency") is description


def test_an_agreement_named_in_lower_case_keeps_the_form():
    assert not _description_of("comprehensive strategic partnership",
                               "Comprehensive Strategic Partnership Treaty", "Agreement")


def test_a_description_matches_only_in_its_own_document():
    """The evaluator matches a node by a description only in the document it was said in:
    "navy" from article b does not make the Royal Navy article a's Chilean navy, and in
    article b it still finds the gold entity only "the navy" names there."""
    docs = [Document("doc_a", "a.txt", "a.txt", "", "", ""),
            Document("doc_b", "b.txt", "b.txt", "", "", "")]
    uk = Entity(key="Navy (United Kingdom)", label="Navy (United Kingdom)", cls="Agency",
                aliases={"Royal Navy"}, documents={"doc_a", "doc_b"},
                descriptions={"doc_b": {"navy"}})
    result = SimpleNamespace(documents=docs, entities={uk.key: uk}, relations=[], model="")
    gold = {"a": GoldDocument("a", (GoldEntity("Royal Navy", "Agency", ("Royal Navy",)),
                                    GoldEntity("Chilean Navy", "Agency", ("navy",))), ()),
            "b": GoldDocument("b", (GoldEntity("British navy", "Agency", ("navy",)),), ())}
    report = evaluate(result, gold, strict=True)
    a, b = (report.per_document[d].entities["Agency"] for d in "ab")
    assert (a.tp, a.fp, a.fn) == (1, 0, 1)  # Royal Navy found, the Chilean navy missed
    assert (b.tp, b.fp, b.fn) == (1, 0, 0)
