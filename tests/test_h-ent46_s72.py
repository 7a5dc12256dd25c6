"""A bank or a cooperative set in apposition to a name kg does not list states a business
(roles firm_kind_nouns; kg.extract.refine.names._kind_class; issue 12, stop 72, h-ent46):
"Kravbank, the country's second-largest bank, said"; "Tarwick, the dairy cooperative that
…". A bank noun that ends a public office's phrase of agency_nouns ("the central bank") names
no firm. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.refine.names import _office_phrase


def _classes(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Kravbank, the country's second-largest bank, said its cash machines had stopped working "
     "for two days.", "Kravbank"),
    ("Tarwick, the dairy cooperative that is the island's biggest employer, said it expected "
     "its exports to rise.", "Tarwick"),
])
def test_an_apposed_bank_or_cooperative_states_a_firm(run, text, name):
    assert _classes(run, text).get(name) == "Company"


def test_a_central_bank_states_no_firm(run):
    text = ("Valdora Reserve, the central bank, said on Monday that it would raise interest "
            "rates again.")
    assert _classes(run, text).get("Valdora Reserve") != "Company"


@pytest.mark.parametrize(("text", "at", "office"), [
    ("Valdora Reserve, the central bank, said so.", 5, True),
    ("Kravbank, the largest bank, said so.", 4, False),
])
def test_office_phrase(nlp, gazetteer, text, at, office):
    word = nlp.tokenizer(text)[at]
    assert word.text == "bank"
    assert _office_phrase(word, gazetteer.roles) is office
