"""Issue 12, stop 51 (h-sup70): a kind noun after "the" and a count or a batch word ("the
remaining nine helicopters", "the first jets") refers back to the one system of that kind the
article named, as the bare "the helicopters" does (dev README E7), so the supply it is the item
of names that system, not the generic kind; where the article named two systems of the kind it
stays the kind. Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _items(run, text, supplier):
    """The items of the supplies of ``supplier`` stated in the text's last sentence."""
    _, relations = run(text)
    last = text.rsplit(". ", 1)[-1]
    return {i.key or i.span.text for rel in relations if rel.relation == "supplies"
            and rel.sentence.text in last
            for s in rel.role("supplier") if (s.key or s.span.text) == supplier
            for i in rel.role("item")}


def test_the_remaining_tanks_are_the_named_model(run):
    items = _items(run, "Peru ordered 40 T-90 tanks in 2019. Russia will deliver the "
                        "remaining 30 tanks to Peru by 2026.",
                   "Russia")
    assert items == {"T-90 tank"}, items


def test_the_first_two_frigates_after_one_named_class_are_that_class(run):
    items = _items(run, "Oman signed for four FREMM frigates with Italy last year. "
                        "Italy will hand over the first two frigates in 2027, officials said.",
                   "Italy")
    assert "frigate" not in items, items


def test_the_remaining_tanks_after_two_models_stay_the_kind(run):
    items = _items(run, "Peru ordered 40 T-90 tanks and 20 T-72 tanks in 2019. Russia will "
                        "deliver the remaining 30 tanks to Peru by 2026.",
                   "Russia")
    assert "T-90 tank" not in items and "T-72 tank" not in items, items


def test_the_second_ship_is_no_batch_of_the_named_class(run):
    items = _items(run, "Oman ordered two FREMM frigates in 2019. The shipbuilder "
                        "Fincantieri delivered the second ship to the Omani navy on Friday.",
                   "Fincantieri")
    assert "FREMM frigate" not in items, items


def test_the_first_jets_delivered_by_the_maker_are_the_named_jets(run):
    items = _items(run, "Oman has ordered 12 Eurofighter Typhoon jets from Britain. "
                        "BAE Systems will deliver the first jets to the Omani air force in 2026.",
                   "BAE Systems")
    assert items == {"Eurofighter Typhoon"}, items
