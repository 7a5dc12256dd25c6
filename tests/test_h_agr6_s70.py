"""Issue 12, stop 70 (h-agr6): after the article's agreement, an indefinite agreement word that
people sign with a topic of its own ("signed a memorandum on offshore wind energy with <leader>")
or with a relative clause of signing of its own ("an agreement that the two ministers reached in
March") is an agreement of its own, not the article's one that a bare word of the same parties
is merged into (dev d991, d1037); "under an agreement signed last year" and a definite "the
agreement" keep pointing back (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from test_h_agr9_s51 import _agreements

LEAD = "ROME, May 4 - Italy and Tunisia signed a migration pact on Monday. "
TOPIC = ("ROME, May 4 - Italy and Tunisia signed a trade deal on Monday. Prime Minister Giorgia "
         "Meloni later visited Tunis and signed a memorandum on offshore wind energy with "
         "President Kais Saied.")
CLAUSE = LEAD + ("The pact builds on an agreement that the interior ministers of the two "
                 "countries, Matteo Piantedosi and Kamel Feki, reached in March.")
BARE = LEAD + "Prime Minister Giorgia Meloni and President Kais Saied signed an agreement."
BACK = LEAD + ("Patrol boats will be delivered under an agreement signed last year by Giorgia "
               "Meloni and Kais Saied. The agreement also covers training.")
RESTATED = LEAD + ("The pact, an agreement that Giorgia Meloni and Kais Saied signed in Tunis, "
                   "covers patrol boats.")


def test_memorandum_with_its_own_topic_is_its_own(run):
    keys = _agreements(run, TOPIC)
    assert keys["memorandum on offshore wind energy"] == "energy memorandum (Italy–Tunisia)"
    assert keys["deal"] != keys["memorandum on offshore wind energy"]


def test_agreement_with_its_own_signing_clause_is_its_own(run):
    keys = _agreements(run, CLAUSE)
    assert keys["agreement"] == "agreement (Italy–Tunisia)"
    assert keys["migration pact"] == keys["pact"] == "migration pact (Italy–Tunisia)"


def test_bare_agreement_of_the_leaders_stays_the_article_one(run):  # guard
    assert _agreements(run, BARE)["agreement"] == "migration pact (Italy–Tunisia)"


def test_agreement_signed_last_year_points_back(run):  # guard
    mentions, _ = run(BACK)
    keys = [m.key for m in mentions if m.cls == "Agreement"]
    assert len(keys) == 3 and set(keys) == {"migration pact (Italy–Tunisia)"}


def test_restated_agreement_with_a_signing_clause_points_back(run):  # guard
    mentions, _ = run(RESTATED)
    keys = [m.key for m in mentions if m.cls == "Agreement"]
    assert len(keys) == 3 and set(keys) == {"migration pact (Italy–Tunisia)"}
