"""`reports` constructions of issue 12, stop 28 (h-rep9), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "rejected/dismissed X as Y" with X no claim of another: what X is called is the claim,
# as "described X as Y" (dev conventions R1) ---------------------------------------------------
CALLED_AS = [
    ("rejected_plan_as_noun", "Minister Carlos Ruiz rejected the peace plan as a surrender.",
     "Carlos Ruiz", "the peace plan as a surrender"),
    ("dismissed_visit_as_noun", "Bolivia dismissed the summit as a waste of time.", "Bolivia",
     "the summit as a waste of time"),
    ("dismissed_as_participle", "Peru dismissed the photographs as faked and said no ship was "
     "missing.", "Peru", "the photographs"),
]
CALLED_AS_NOT = [
    # a bare refusal names nothing said
    ("rejected_demands", "Bolivia rejected the demands of the miners.", "Bolivia"),
    # a relative clause on a thing refused says nothing
    ("relative_refused_thing", "Spain took back the 20 trucks that Peru rejected as unfit.",
     "Peru"),
]

# --- "Peking", the old romanisation of China's capital, stands for China as "Beijing" does
# (officials in a capital are its state, R9) ---------------------------------------------------
OLD_CAPITAL = [
    ("officials_in_peking", "Officials in Peking said the talks on the river border would go "
     "on.", "China", "talks on the river border"),
    ("peking_says", "Peking says the patrol boats never left port.", "China",
     "patrol boats never left port"),
]

# --- what a poll finds is its maker's or publisher's claim (R1, R7) ----------------------------
POLL = [
    ("survey_published_by_newspaper", "A survey published by the newspaper La Nacion found "
     "strong support for the new frigates.", "La Nacion", "strong support for the new frigates"),
    ("polls_by_outlet_give", "Polls published by Reuters give the ruling party a narrow lead.",
     "Reuters", "the ruling party a narrow lead"),
    ("poll_found_that", "A poll conducted by Reuters found that most voters opposed the base.",
     "Reuters", "most voters opposed the base"),
    # a polling company named before the noun (companies.yaml)
    ("pollster_compound", "A Gallup poll found that most voters backed the frigate deal.",
     "Gallup", "most voters backed the frigate deal"),
]
POLL_NOT = [
    # the people polled are no maker
    ("poll_of_nationality", "A poll of Peruvians found that most opposed the base.", "Peru"),
    # finding things is no claim
    ("soldiers_found", "Bolivian soldiers found rifles in the camp.", "Bolivia"),
]

CASES = [*CALLED_AS, *OLD_CAPITAL, *POLL]
NOT_CASES = [*CALLED_AS_NOT, *POLL_NOT]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    *(pytest.param(t, c, f, id=i) for i, t, c, f in CASES),
    *(pytest.param(t, c, None, id=i) for i, t, c in NOT_CASES)])
def test_claims_s28(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


def test_pollster_is_company(nlp, gazetteer):
    """A polling company is a Company, not a public body."""
    from kg.extract import extract_mentions

    doc = nlp("An Ipsos survey found that most voters backed the frigate deal.")
    found = {m.key: m.cls for m in extract_mentions(doc, "d", ignore=gazetteer.not_entities)}
    assert found.get("Ipsos") == "Company", found
