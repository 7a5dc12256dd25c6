"""Issue 12, stop 81 (h-ent85): entity names.

- The short island name of a two-island state ("Trinidad", "Antigua", "St Kitts", "St Vincent")
  is that state, a `Country`, as its full name is (countries.yaml aliases; dev README E12).
- A name NER ran on through a verb's "to" ("flown from Valcartier to Saint-Hubert", "sold the
  frigate Llandaff to Bangladesh") is cut before the "to", and the capitalised words after it
  are a place of their own; a name's own "to" ("Brothers to the Rescue") is left alone
  (kg/extract/loose_tails.py ``names_cut_at_verb_to``).

Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.extract.loose_tails import names_cut_at_verb_to
from tests.test_extract_deploys_stop19 import _deploys


def _keys(run, text: str) -> dict[str, tuple[str | None, str]]:
    """span text → (key, class) of every mention of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: (m.key, m.cls) for m in mentions}


@pytest.mark.parametrize("text, name, key", [
    ("Trinidad bought two patrol boats from a Dutch yard on Monday.", "Trinidad",
     "Trinidad and Tobago"),
    ("Police in Antigua said the ship had left the harbour at dawn.", "Antigua",
     "Antigua and Barbuda"),
    ("The government of St Kitts asked its neighbours for help after the storm.", "St Kitts",
     "Saint Kitts and Nevis"),
    ("Jamaica flew 40 soldiers to St Vincent on Tuesday after the riots.", "St Vincent",
     "Saint Vincent and the Grenadines"),
])
def test_short_island_name_of_a_state_is_the_state(run, text, name, key):
    found = _keys(run, text)
    assert found.get(name) == (key, "Country"), found


def test_short_island_name_is_a_deployment_destination(run):
    assert _deploys(run, "Jamaica flew 40 soldiers to St Vincent on Tuesday after the riots.") \
        == {("Jamaica", "Saint Vincent and the Grenadines")}


@pytest.mark.parametrize("text, names, gone", [
    ("Engineers were flown from their camp at Morvale to Kestrel Point, north of the capital.",
     {"Morvale", "Kestrel Point"}, "Morvale to Kestrel Point"),
    ("The ministry dispatched officers of the Federal Guard to Porto Linda and Serra Alta.",
     {"Federal Guard", "Porto Linda"}, "Federal Guard to Porto Linda"),
])
def test_name_run_on_through_a_verbs_to_is_cut(run, text, names, gone):
    found = _keys(run, text)
    assert names <= set(found), found
    assert gone not in found and f"the {gone}" not in found, found
    assert all(found[n][1] == "Region" for n in names if n != "Federal Guard"), found


def test_ship_name_before_a_verbs_to_ends_before_it(run):
    found = _keys(run, "Britain has sold the frigate Harrowgate to Ghana, whose navy renamed it.")
    assert "Harrowgate to" not in found, found
    assert found.get("Ghana") == ("Ghana", "Country"), found


def _doc(words: list[str], heads: list[int], name: tuple[int, int, str]) -> Doc:
    """A parsed sentence of ``words`` (each hung on ``heads``) with the one name ``name``."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))
    doc.ents = [Span(doc, *name)]
    return doc


def test_a_names_own_to_is_kept():
    # "Brothers to the Rescue": the "to" hangs on "Brothers", inside the name
    doc = _doc(["The", "group", "Brothers", "to", "the", "Rescue", "said", "so"],
               [1, 6, 1, 2, 5, 3, 6, 6], (2, 6, "ORG"))
    assert [e.text for e in names_cut_at_verb_to(doc, list(doc.ents))] \
        == ["Brothers to the Rescue"]


def test_a_verbs_to_splits_the_name_in_two():
    # "sent the Federal Guard to Porto Linda": the "to" hangs on "sent", outside the name
    doc = _doc(["They", "sent", "the", "Federal", "Guard", "to", "Porto", "Linda"],
               [1, 1, 4, 4, 1, 1, 7, 5], (2, 8, "ORG"))
    assert [(e.text, e.label_) for e in names_cut_at_verb_to(doc, list(doc.ents))] \
        == [("the Federal Guard", "ORG"), ("Porto Linda", "GPE")]


def test_a_listed_name_is_left_whole():
    doc = _doc(["They", "sent", "Federal", "Guard", "to", "Porto", "Linda"],
               [1, 1, 3, 1, 1, 6, 4], (2, 7, "ORG"))
    doc.ents = [Span(doc, 2, 7, label="ORG", span_id="Federal Guard to Porto Linda")]
    assert [e.text for e in names_cut_at_verb_to(doc, list(doc.ents))] \
        == ["Federal Guard to Porto Linda"]
