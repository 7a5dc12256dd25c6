"""Issue 12, stop 44 (s50 h-sup54): a kind noun with "both" or "the" stands for the named
weapons of its kind the article named before: "both frigates" for the two frigates named in
apposition, "the jet" paragraphs on for the one jet the article named (sentences written for
these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

_FILLER = (" The ministry gave no price. Officials said the crews had trained for a year. "
           "The opposition called the decision hasty. Parliament will debate it next week.")


def _supplies(run, text):
    """(supplier, recipient or item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in (*r.role("recipient"), *r.role("item"))}


def _items(run, text):
    """The names of the items of each supply."""
    _, rels = run(text)
    return {b.span.text for r in rels if r.relation == "supplies" for b in r.role("item")}


def test_both_frigates_are_the_two_named_in_apposition(run):
    items = _items(run, "The frigates HMAS Anzac and HMAS Arunta and the tanker HMAS Sirius "
                   "sailed from Perth on Tuesday." + _FILLER + " Both frigates were bought "
                   "from Germany in the 1990s.")
    assert {"HMAS Anzac", "HMAS Arunta"} <= items
    assert "HMAS Sirius" not in items and "frigates" not in items


def test_the_jet_far_back_is_the_one_jet_named(run):
    found = _supplies(run, "Norway will buy 40 F-35 stealth fighters from the United States, "
                      "the defence ministry said on Monday." + _FILLER + " Denmark has also "
                      "ordered the jet from the United States.")
    assert ("United States", "F-35") in found and ("United States", "Denmark") in found


def test_the_jet_far_back_after_two_kinds_of_jets_names_none(run):
    _, rels = run("Norway will buy 40 F-35 stealth fighters from the United States, and Sweden "
                  "has sold Hungary 14 Gripen fighter jets." + _FILLER + " Denmark has also "
                  "ordered the jet from the United States.")
    danish = [r for r in rels if r.relation == "supplies"
              and any(m.span.text == "Denmark" for m in r.role("recipient"))]
    assert danish and not [m for r in danish for m in r.role("item")]
