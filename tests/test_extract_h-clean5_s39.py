"""Issue 12, stop 39, h-clean5: the relation rules read wire datelines with
``kg.extract.dateline``'s one reader (``dateline_at`` for a sentence begun inside one).
Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

from kg.extract.dateline import dateline_at

HEADLINE = "Floods sweep the coast\n\n"
LINE = "MAPUTO, March 9 (Reuters) - "


def _index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_dateline_at_holds_the_city_date_and_dash(nlp):
    doc = nlp(HEADLINE + LINE + "Forty people have died in the floods, officials said.\n")
    line = dateline_at(doc, _index(doc, "March"))
    assert line is not None and doc[line.start].text == "MAPUTO" and doc[line.lead].text == "Forty"
    assert dateline_at(doc, _index(doc, "Forty")) is None  # the lead is no part of it
    assert dateline_at(doc, 0) is None  # nor the headline


def test_a_claim_on_the_leads_root_leaves_the_dateline_out(claims):
    # ("according to": the claim is the lead's root, on which the dateline hangs)
    found = claims(HEADLINE + LINE + "Forty people have died in the floods, according to the "
                   "Mozambican government.")
    assert found == [("Mozambique", "Forty people have died in the floods")], found
