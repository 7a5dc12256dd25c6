"""Issue 12 (h-sign): constructions of agreements and signing found on the development split,
each tested on sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe


def test_bare_surname_after_full_name_signs(run):
    _, signed, _ = _observe(run, "Peru bought two frigates from Chile in a $300 million deal. "
                                 "Defence Minister Ana Ruiz attended. Ruiz and her Chilean "
                                 "counterpart, Marco Vidal, signed the contract in Lima.")
    assert {p for p, _ in signed} >= {"ruiz", "marco vidal"}


def test_bare_surname_needs_the_full_name_first(run):
    mentions, _ = run("Ruiz and Vidal met in Lima.")
    assert not [m for m in mentions if m.span.text == "Ruiz" and m.cls == "Person"]


def test_between_the_two_countries_are_the_parties(run):
    _, signed, _ = _observe(run, "Ghana and Togo have grown closer. A defence pact between the "
                                 "two countries, signed in May, took effect this week.")
    assert {p for p, _ in signed} == {"ghana", "togo"}


@pytest.mark.parametrize("text, name", [
    ("Spain sold jets to Oman under the Al Rahma agreement, signed in 1990.", "al rahma agreement"),
    ("Serbia and Kosovo signed the Ohrid accord in 2003.", "ohrid accord"),
    ("The Dayton peace accord ended the war in 1995.", "dayton peace accord"),
])
def test_proper_name_before_lower_case_agreement_word_names_it(run, text, name):
    agreements, _, _ = _observe(run, text)
    assert name in agreements


@pytest.mark.parametrize("text", [
    "Chile praised the Dutch agreement on Monday.",
    "Peru signed the Rafale agreement with France.",
])
def test_state_or_weapon_before_agreement_word_is_no_name(run, text):
    agreements, _, _ = _observe(run, text)
    assert not any(a.startswith(("dutch", "rafale")) for a in agreements)


def test_signing_postponed_is_no_signing(run):
    _, signed, _ = _observe(run, "Fiji postponed the signing of the Coral Sea Treaty by Tonga "
                                 "and Samoa.")
    assert signed == set()


def test_signatories_are_the_subject_of_are(run):
    _, signed, _ = _observe(run, "Fiji and Tonga are signatories to the Coral Sea Treaty.")
    assert signed == {("fiji", "coral sea treaty"), ("tonga", "coral sea treaty")}


def test_entered_a_country_is_no_signing(run):
    _, signed, _ = _observe(run, "Troops entered Chad after Libya signed the Sahel Pact.")
    assert signed == {("libya", "sahel pact")}


def test_counted_states_are_the_last_states_named(run):
    agreements, signed, _ = _observe(run, "Chile pledged to back the bids of Peru and Bolivia "
                                          "after the three countries signed a memorandum on "
                                          "river trade.")
    assert {p for p, _ in signed} == {"chile", "peru", "bolivia"}
    assert len(agreements) == 1


def test_before_signing_is_no_agreement_of_the_parties(run):
    agreements, signed, _ = _observe(run, "Chile and Peru met before the two countries signed "
                                          "a memorandum on river trade.")
    assert signed == set() or all(a.startswith("agreement") for _, a in signed)


def test_firm_noun_before_a_company_is_the_company(run):
    _, signed, _ = _observe(run, "Egypt ordered two corvettes in a contract signed with the "
                                 "German shipbuilder TKMS in May.")
    assert ("thyssenkrupp marine system", "arms deal (egypt–thyssenkrupp marine systems)") in \
        signed or any(p == "thyssenkrupp marine system" for p, _ in signed)
    assert not any(p == "germany" for p, _ in signed)


def test_coordinated_participle_keeps_its_own_agent(run):
    _, signed, _ = _observe(run, "Qatar bought six frigates from Italy. The deal, drafted by "
                                 "lawyers in 2015 and signed in Doha by Qatari and Italian "
                                 "officials, covers training.")
    assert {p for p, _ in signed} == {"qatar", "italy"}


def test_listed_signers_the_parser_hangs_as_possessors(run):
    _, signed, _ = _observe(run, "Vladimir Putin and Bill Clinton met Leonid Kravchuk. Under "
                                 "the Kiev Statement that Clinton, Putin and Kravchuk's "
                                 "successor Leonid Kuchma signed in May, Ukraine gave up its "
                                 "warheads.")
    assert {p for p, _ in signed} >= {"vladimir putin", "leonid kuchma"}
    assert "leonid kravchuk" not in {p for p, _ in signed}


def test_group_and_person_subject_keeps_the_group(run):
    _, signed, _ = _observe(run, "Under the Aegean Statement, which EU leaders and Prime "
                                 "Minister Kemal Arslan agreed on Friday, Ankara takes back "
                                 "migrants.")
    assert {p for p, _ in signed} == {"european union", "kemal arslan"}
