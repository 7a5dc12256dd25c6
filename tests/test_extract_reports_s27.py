"""`reports` constructions of issue 12, stop 27 (h-rep7), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from tests.test_extract_claim2 import _check

# --- a person named later by the first word of his full name, as news names Korean, Chinese
# or Thai people ("Han" after "Han Min-koo"): the one person whose name begins with it -------
FIRST_NAME = [
    ("korean_family_name_insisted",
     "Navy chief Pyo Jin-seok inspected the new frigates in Busan on Monday. Pyo insisted that "
     "the ships would be ready for patrols by the spring.", "Pyo", "ships would be ready"),
    ("thai_given_name_told",
     "The ceremony was attended by Air Chief Marshal Somchai Thongdee and the Swedish envoy. "
     "\"The jets will guard our skies,\" Somchai told reporters.", "Somchai",
     "jets will guard our skies"),
]

# --- a bare rejection of "that account" / "the charge" with no accusation before: the latest
# claim of another that names the denier (or one of its bodies) is what it denies (R4) -------
BARE_REJECTION = [
    ("rejects_account_named_by_adjective",
     "The Chilean navy said on Monday that Peruvian gunboats had entered its waters near Arica. "
     "Peru has rejected that account.", "Peru", "Peruvian gunboats had entered its waters"),
    ("rejects_charge_naming_its_ministry",
     "The State Department said it had evidence that Chilean firms had sold rifles to Peru's "
     "Ministry of Defence. Officials in Washington declined to give details. Peru also "
     "rejected the charge.", "Peru", "sold rifles"),
]

# --- "denied <verb>-ing …": the negated clause, the verb in its base form and a state by its
# name, not its capital's (R4) -----------------------------------------------------------------
GERUND_DENIAL = [
    ("capital_denied_selling",
     "Peru says Bolivian rifles reached the rebels. La Paz denied selling any rifles.",
     "Bolivia", "Bolivia did not sell any rifles"),
    ("person_denies_arming",
     "Minister Carlos Ruiz denies arming the militia in the north.", "Carlos Ruiz",
     "did not arm the militia"),
    ("denied_having_asked",
     "The Bolivian government denied having asked for foreign troops.", "Bolivia",
     "had not asked for foreign troops"),
    # a "that" clause is the statement as written
    ("denied_that_clause",
     "Bolivia denied that it had sold any rifles to the rebels.", "Bolivia",
     "it had sold any rifles"),
]

CASES = [*FIRST_NAME, *BARE_REJECTION, *GERUND_DENIAL]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in CASES])
def test_claimant(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "word"), [
    # two people share the first word: it names neither
    pytest.param("Minister Pyo Jin-seok and his deputy Pyo Dong-hun visited Busan. Later Pyo "
                 "insisted that the ships were ready.", "Pyo", id="first_word_shared"),
    # a title before the name is not the name's first word
    pytest.param("Admiral Ole Berntsen visited the base. Admiral said nothing more.",
                 "Admiral", id="title_not_a_name"),
])
def test_first_word_not_a_person(nlp, gazetteer, text, word):
    doc = nlp(text)
    later = text.rindex(word)
    people = [m for m in extract_mentions(doc, "d", ignore=gazetteer.not_entities)
              if m.cls == "Person" and m.span.start == later and m.span.text == word]
    assert not people


def test_rejects_account_of_unnamed_denies_the_claim_just_before(claims):
    # the claim before does not name the denier, yet it is the one just told: Peru denies it
    # (s62 h-rep75, dev conventions R4; s36 h-rep39 gave no claim, and "that account" with
    # its own words before that)
    found = claims("The Chilean navy said on Monday that gunboats had entered its waters near "
                   "Arica. Peru has rejected that account.")
    assert any(who == "Peru" and "gunboats had entered" in s for who, s in found), found
