"""Issue 12, stop 62 (h-sig14): a plural agreement word in "-ies" ("treaties") is an agreement
mention as "accords" is; a headline's unnamed agreement whose modifier is a word of the
agreement the article names with it ("seal river border deal" … "the River Boundary
Agreement") is that agreement, unless the modifier qualifies only the name's complement
(sentences written for these tests, real spaCy parse; dev d127, d816, d1056, d995).
"""

from __future__ import annotations

from kg.extract.gazetteer import plural_forms
from tests.test_challenge_agreements import _norm
from tests.test_challenge_signatories import _signed
from tests.test_h_agr9_s51 import _agreements

RIVER = ("Chad and Niger seal river border deal, ending decades of dispute\n\n"
         "NDJAMENA, March 4 - Chad and Niger exchanged the instruments of ratification of their "
         "1990 River Boundary Agreement on Friday, opening two crossings to traders.\n\n"
         "But the two leaders did not sign a deal on sharing the fish of the lake, which "
         "farmers oppose.")

COMPLEMENT = ("Chad and Niger seal sea boundary deal after years of talks\n\n"
              "NDJAMENA, March 4 - Chad and Niger signed an agreement on Friday that fixes the "
              "line between their waters, under the rules of the Convention on the Law of the "
              "Sea.")


def test_plural_forms_take_ies_after_a_consonant():
    assert {"treaty", "treatys", "treaties"} <= plural_forms("treaty")
    assert "daies" not in plural_forms("day")  # (a vowel before the "y": "days")


def test_treaties_is_an_agreement_mention(run):
    found = _agreements(run, "Chile and Peru signed two treaties in Lima on Monday.")
    assert "treaties" in found


def _deals(run, text: str) -> list:
    """The Agreement mentions written "deal", in text order."""
    mentions, _ = run(text)
    return sorted((m for m in mentions if m.cls == "Agreement" and m.span.text == "deal"),
                  key=lambda m: m.span.start)


def test_headline_deal_named_by_its_modifier_is_the_named_agreement(run):
    assert _deals(run, RIVER)[0].key == "River Boundary Agreement"
    assert (_norm("Chad"), _norm("River Boundary Agreement")) in _signed(run, RIVER)


def test_an_indefinite_deal_after_the_name_stays_another(run):
    later = [m for m in _deals(run, RIVER) if m.span.start > RIVER.index("did not sign")]
    assert later and all(m.key != "River Boundary Agreement" for m in later)


def test_a_word_of_the_names_complement_does_not_name_it(run):
    assert _deals(run, COMPLEMENT)[0].key != "Convention on the Law of the Sea"
