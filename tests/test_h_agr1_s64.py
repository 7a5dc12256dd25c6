"""Issue 12, h-agr1 (stop 64): a bare agreement word whose own modifiers word the kind of a
listed treaty ("its security treaty with the United States") is that treaty where its parties
are named, not the article's last agreement; a dated one, a wider kind ("a bilateral security
treaty") and one of other states are not (sentences written for these tests, real spaCy parse;
dev d469, d594, d895).
"""

from __future__ import annotations

from tests.test_h_agr9_s51 import _agreements

US_JAPAN = "Treaty of Mutual Cooperation and Security between the United States and Japan"

KEEPS = ("TOKYO, May 2 - Japan and South Korea signed a fisheries agreement on Friday, "
         "officials said. Prime Minister Kenji Mori said Japan would keep its security treaty "
         "with the United States and would not change its defence policy.\n\n"
         "Under the agreement, boats of both countries may fish the disputed waters.")

STATIONED = ("NAHA, Japan, June 3 - About 200 soldiers arrived on the island on Monday to man a "
             "new radar station. American troops are based on Okinawa under the security treaty "
             "with Washington.")


def test_a_kind_with_no_written_forms_is_no_ruler_name(gazetteer):
    # "security treaty" is reached only through a phrase's words: the ruler never tags it
    assert gazetteer.lookup("security treaty") is None
    assert not [p for p in gazetteer.ruler_patterns(str.split) if p.get("id") == "security treaty"]
    assert [k.label for k in gazetteer.agreements_of_kind("security treaty")] == [US_JAPAN]


def test_security_treaty_with_parties_in_sentence(run):
    found = _agreements(run, KEEPS)
    assert found["security treaty"] == US_JAPAN
    # the article's own agreement stays the one a later "the agreement" is
    assert found["agreement"] == found["fisheries agreement"] != US_JAPAN


def test_security_treaty_with_one_party_in_sentence_and_the_other_in_the_document(run):
    assert _agreements(run, STATIONED)["security treaty"] == US_JAPAN


def test_a_dated_security_treaty_is_an_older_one(run):
    text = STATIONED.replace("under the security treaty", "under the 1951 security treaty")
    assert US_JAPAN not in _agreements(run, text).values()


def test_security_treaty_of_other_states_is_not_the_listed_one(run):
    text = ("CANBERRA, July 4 - Australia and Fiji put their names to a bilateral security "
            "treaty on Thursday. Fijian police will train with Australian officers under the "
            "security treaty with Canberra.")
    assert US_JAPAN not in _agreements(run, text).values()
