"""A name ending in an organisation's word after a business's trade word is a firm's
(kg.extract.refine.firms._firm_group, roles firm_group_heads; issue 12, stop 72, h-ent44):
"the Acme Aviation Production Association", "the 33rd Aircraft Repair Plant", "Acme Investment
Group". A trade word public services' names hold too ("Defence") and a group with no trade word
stay bodies. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.refine.firms import _firm_group


def _classes(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Officials of the Kestrov Aviation Production Association said it would send engineers.",
     "Kestrov Aviation Production Association"),
    ("The jets were overhauled at the 33rd Aircraft Repair Plant in Dravosk, the paper said.",
     "33rd Aircraft Repair Plant"),
    ("The mine is owned by the Tellan Investment Group, which denies the charges.",
     "Tellan Investment Group"),
])
def test_trade_word_before_a_group_head_names_a_firm(run, text, name):
    assert _classes(run, text).get(name) == "Company"


def _name(words: list[str]):
    doc = Doc(spacy.blank("en").vocab, words=words)
    return doc[0:len(words)]


@pytest.mark.parametrize(("words", "firm"), [
    (["the", "Varnak", "Aviation", "Production", "Association"], True),
    (["Korvo", "Aircraft", "Repair", "Plant"], True),
    (["Norvale", "Defence", "Association"], False),  # a public service's word
    (["Kessel", "Contact", "Group"], False),  # no trade word
    (["Aviation", "Group"], False),  # the trade word alone names no firm
])
def test_firm_group(gazetteer, words, firm):
    assert _firm_group(_name(words), gazetteer.roles) is firm
