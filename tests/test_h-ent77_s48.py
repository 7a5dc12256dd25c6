"""Issue 12, stop 48 (s55 h-ent77): a capitalised kind of state body ("The Navy said", "Army
officers") is no alias of a named node (articles written for these tests, none taken from a
corpus; real spaCy parse).

Stop 37 (h-alias1) kept the lower-case "navy" out of the Royal Navy's aliases; a sentence that
capitalises the word still made "Navy" a graph-wide skos:altLabel of it, and the evaluator (which
matches a node by any alias) then took the Royal Navy node of one article for the navy that
"the navy" names in another (a split: one miss, one false positive).
"""

from __future__ import annotations

import pytest

from kg.evaluate import GoldDocument, GoldEntity, evaluate
from kg.extract.gazetteer import default_gazetteer
from kg.graph.resolve import _description_of

SALE = ("Frigates change flags\n\nLONDON, March 9 (1984) - Peru will buy two frigates that the "
        "Royal Navy retired last year, British officials said. The Peruvian navy will take the "
        "ships to Callao in June.\n")
ORDER = ("Britain orders frigates\n\nLONDON, June 2 (1981) - The Royal Navy ordered four "
         "frigates from Yarrow Shipbuilders, officials said. The Navy said the ships would "
         "enter service in 1986.\n")


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    from kg.building.pipeline import build

    folder = tmp_path_factory.mktemp("kinds")
    (folder / "a_sale.txt").write_text(SALE, encoding="utf-8")
    (folder / "b_order.txt").write_text(ORDER, encoding="utf-8")
    return build([folder / "a_sale.txt", folder / "b_order.txt"])


def test_a_capitalised_kind_is_no_alias(two_articles):
    uk = two_articles.entities["Navy (United Kingdom)"]
    assert "Royal Navy" in uk.aliases
    assert "Navy" not in uk.aliases, uk.aliases
    assert len(uk.documents) == 2  # both articles still mention it
    (order_id,) = [d.doc_id for d in two_articles.documents if d.name.startswith("b_")]
    assert uk.descriptions == {order_id: {"Navy"}}  # what the order article called it


def test_each_navy_matches_its_own_gold_entity(two_articles):
    gold = {
        "a_sale": GoldDocument("a_sale", (
            GoldEntity("Royal Navy", "Agency", ("Royal Navy",)),
            # a gold form "navy" as a later "the navy" would give it: the form that a
            # graph-wide alias "Navy" of the Royal Navy node matched too
            GoldEntity("Peruvian Navy", "Agency", ("Peruvian navy", "navy")),
        ), ()),
        "b_order": GoldDocument("b_order", (
            GoldEntity("Royal Navy", "Agency", ("Royal Navy", "Navy")),
        ), ()),
    }
    report = evaluate(two_articles, gold, strict=True)
    for doc in ("a_sale", "b_order"):
        agency = report.per_document[doc].entities["Agency"]
        assert (agency.fp, agency.fn) == (0, 0), (doc, report.entity_splits)


@pytest.mark.parametrize("form, label, description", [
    ("Navy", "Navy (United Kingdom)", True),
    ("Air Force", "Air Force (India)", True),
    ("Armed Forces", "Armed Forces (Brazil)", True),
    ("Parliament", "Parliament (Kenya)", True),
    ("Royal Navy", "Navy (United Kingdom)", False),   # its own name
    ("Indian Air Force", "Air Force (India)", False),  # a kind with its state is a name
    ("Parliament", "Parliament", False),              # the label itself
    ("Navy", "navy", False),                          # a kind's node is named by the kind
])
def test_a_capitalised_kind_describes(form, label, description):
    kinds = default_gazetteer().roles.agency_nouns
    assert _description_of(form, label, "Agency", kinds) is description


CARS = ("Kenya buys armoured cars\n\nNAIROBI, May 4 (1994) - Kenya will buy 40 armoured cars "
        "from France, and the army will receive the first of them in July, officials said. The "
        "cars replace vehicles that the British Army left behind in 1963. The army's engineers "
        "will maintain them, a spokesman said.")


def test_a_bare_service_points_back_to_an_earlier_bare_one(run):
    """"the army" read as the story's own state's, then another state's army named, then "the
    army's engineers": of the two armies the story has, the buyer's, not the named one's."""
    mentions, _ = run(CARS)
    later = CARS.index("The army's")
    keys = {m.key for m in mentions if m.span.text.lower() == "army"
            and m.span.start > later}
    assert keys == {"Army (Kenya)"}, keys
