"""A tied class vote of an unlisted name gives one class whatever the order of the articles
(kg/graph/votes.py; issue 12, s59 h-xdoc2): more articles, then cued mentions (a key, a
person's title), then a fixed class order; never the article read first."""

from collections import Counter

from kg.graph.resolve import resolve
from kg.graph.votes import ClassVote
from kg.model import DocExtraction, Mention, Span
from tests.test_h_ent79_s48 import _doc, _m


def _article(d, *mentions):
    return DocExtraction(d, tuple(mentions), ())


def _both_orders(gazetteer, a, b, name):
    """The class of ``name`` built from articles ``a`` then ``b``, and from ``b`` then ``a``."""
    return (resolve([a, b], gazetteer).entities[name].cls,
            resolve([b, a], gazetteer).entities[name].cls)


def test_firm_and_organisation_tie_is_the_firm_in_either_order(gazetteer):
    # "Tarvell built the engines" (NER: ORG) / "the Tarvell company said" (a firm rule)
    d1, d2 = _doc(1), _doc(2)
    a = _article(d1, _m(d1, 0, "Tarvell", "Agency"))
    b = _article(d2, _m(d2, 4, "Tarvell", "Company"))
    assert _both_orders(gazetteer, a, b, "Tarvell") == ("Company", "Company")


def test_place_and_organisation_tie_is_the_place_in_either_order(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    a = _article(d1, _m(d1, 0, "Korvansk", "Agency"))
    b = _article(d2, _m(d2, 9, "Korvansk", "Region"))
    assert _both_orders(gazetteer, a, b, "Korvansk") == ("Region", "Region")


def test_titled_person_wins_a_tie_with_a_place(gazetteer):
    # "Trade Secretary Olwen Brathe said" / "Olwen Brathe" tagged a place elsewhere
    d1, d2 = _doc(1), _doc(2)
    titled = Mention(Span(d1.doc_id, 16, 28, "Olwen Brathe"), "Person", None, "Olwen Brathe",
                     title="Trade Secretary")
    a = _article(d1, titled)
    b = _article(d2, _m(d2, 0, "Olwen Brathe", "Region"))
    assert _both_orders(gazetteer, a, b, "Olwen Brathe") == ("Person", "Person")


def test_keyed_mention_wins_a_tie_with_a_weapon(gazetteer):
    # "DUNMARRA, May 2 -" (a dateline keys its place) / "Dunmarra missiles"
    d1, d2 = _doc(1), _doc(2)
    a = _article(d1, _m(d1, 0, "Dunmarra", "Region", "Dunmarra"))
    b = _article(d2, _m(d2, 30, "Dunmarra", "Weapon"))
    assert _both_orders(gazetteer, a, b, "Dunmarra") == ("Region", "Region")


def test_more_articles_win_a_tie_of_mentions(gazetteer):
    # twice a place in one article, once an organisation in each of two others
    d1, d2, d3 = _doc(1), _doc(2), _doc(3)
    place = _article(d1, _m(d1, 0, "Selvig", "Region"), _m(d1, 50, "Selvig", "Region"))
    org2 = _article(d2, _m(d2, 0, "Selvig", "Agency"))
    org3 = _article(d3, _m(d3, 0, "Selvig", "Agency"))
    for order in ([place, org2, org3], [org3, org2, place], [org2, place, org3]):
        assert resolve(order, gazetteer).entities["Selvig"].cls == "Agency"


def test_a_clear_majority_is_not_a_tie(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    a = _article(d1, _m(d1, 0, "Hestra", "Agency"), _m(d1, 40, "Hestra", "Agency"))
    b = _article(d2, _m(d2, 0, "Hestra", "Company"))
    assert _both_orders(gazetteer, a, b, "Hestra") == ("Agency", "Agency")


def test_vote_round_trips_json_and_reads_older_records():
    vote = ClassVote()
    d1, d2 = _doc(1), _doc(2)
    vote.add(_m(d1, 0, "Hestra", "Agency"), d1.doc_id)
    vote.add(_m(d1, 9, "Hestra", "Agency"), d1.doc_id)
    vote.add(_m(d2, 0, "Hestra", "Region", "Hestra"), d2.doc_id)
    again = ClassVote.from_json(vote.to_json())
    assert again == vote and again.documents == Counter(Agency=1, Region=1)
    assert again.cues == Counter(Agency=0, Region=1) and again.winner() == "Agency"
    assert ClassVote.from_json({"Region": 2}).winner() == "Region"  # a kg add record of s58
