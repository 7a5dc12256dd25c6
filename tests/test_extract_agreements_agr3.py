"""Issue 12, h-agr3: one test or more per construction the third agreement round handles, on
sentences written for these tests (invented agreements and people, real states)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _deal, _norm, _observe


@pytest.mark.parametrize("text, name", [
    # a head-final name that starts with a place ("Bay of Biscay") or has "and" inside
    ("France and Spain signed the Bay of Biscay Fisheries Pact in Bilbao.",
     "Bay of Biscay Fisheries Pact"),
    ("Chile and Peru signed the Trade and Security Cooperation Agreement in Lima.",
     "Trade and Security Cooperation Agreement"),
    ("Portugal and Brazil signed the Porto do Sol Declaration in 1990.",
     "Porto do Sol Declaration"),
    # a "Treaty of …" name with a listed "A, B and C" or hyphenated title words
    ("Mongolia and China signed the Treaty of Peace, Trade and Navigation in 1958.",
     "Treaty of Peace, Trade and Navigation"),
    ("Laos and Vietnam signed the Treaty of Long-Term Cooperation in Hanoi.",
     "Treaty of Long-Term Cooperation"),
])
def test_whole_names_of_unknown_agreements(run, text, name):
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_norm(name)}
    assert len({a for _, a in signed}) == 1 and {a for _, a in signed} == {_norm(name)}


def test_names_stop_at_the_article_and_at_dates(run):
    agreements, signed, _ = _observe(
        run, "Norway and Iceland signed the North Sea Pact and Denmark joined in May.")
    assert agreements == {_norm("North Sea Pact")}
    assert ("norway", _norm("North Sea Pact")) in signed


def test_initialled_is_a_signing(run):
    _, signed, _ = _observe(run, "Bosnia and Croatia initialled the Neretva River Accord on "
                                 "Wednesday.")
    assert signed == {("bosnia and herzegovina", "neretva river accord"),
                      ("croatia", "neretva river accord")} or signed == {
        ("bosnia", "neretva river accord"), ("croatia", "neretva river accord")}


@pytest.mark.parametrize("text", [
    "Bolivia has yet to sign the Andes Water Charter.",
    "Ecuador is yet to sign the Andes Water Charter.",
])
def test_yet_to_sign_is_no_signing(run, text):
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_norm("Andes Water Charter")}
    assert signed == set()


def test_yet_to_deliver_is_no_supply(run):
    _, _, supplies = _observe(run, "Germany has yet to deliver the Leopard tanks to Poland.")
    assert supplies == set()


def test_the_two_countries_of_the_sentence_before_name_the_pact(run):
    text = ("Latvia and Lithuania held joint drills last month. The two countries signed a "
            "security pact in Riga on Thursday.")
    agreements, signed, _ = _observe(run, text)
    pact = _deal("security pact", "Latvia", "Lithuania")
    assert agreements == {_norm(pact)}
    assert signed == {("latvia", _norm(pact)), ("lithuania", _norm(pact))}


def test_signed_by_their_ministers(run):
    text = ("Tunisia and Libya presented the Border Trade Accord on Monday. It was signed by "
            "their foreign ministers in Tripoli.")
    _, signed, _ = _observe(run, text)
    assert {("tunisia", "border trade accord"), ("libya", "border trade accord")} <= signed


def test_their_ministers_only_when_no_state_was_named_since(run):
    text = ("Tunisia and Libya presented the Border Trade Accord on Monday. Egypt and Sudan "
            "signed a pact, and their ministers signed the accord in Cairo.")
    _, signed, _ = _observe(run, text)
    assert not {p for p, a in signed if a == "border trade accord"} & {"tunisia", "libya"}


def test_a_deal_signed_by_a_named_minister_is_not_also_the_buyers(run):
    text = ("Greece ordered six frigates from Italy under a deal signed in May by Greek "
            "defence minister Nikos Petrou.")
    _, signed, _ = _observe(run, text)
    deal = _norm(_deal("arms deal", "Greece", "Italy"))
    assert signed == {("nikos petrou", deal)}


def test_buyer_still_concludes_a_deal_without_its_own_signer(run):
    _, signed, _ = _observe(run, "Greece ordered six frigates from Italy in a deal worth "
                                 "$2 billion.")
    assert ("greece", _norm(_deal("arms deal", "Greece", "Italy"))) in signed


def test_named_agreement_in_a_sentence_case_headline(run):
    agreements, signed, _ = _observe(run, "Fiji and Tonga sign Coral Reef Charter")
    assert agreements == {"coral reef charter"}
    assert signed == {("fiji", "coral reef charter"), ("tonga", "coral reef charter")}


def test_title_case_headline_still_drops_invented_organisations(run):
    agreements, _, _ = _observe(run, "Fiji Leaders Meet Tonga Officials On Reef Plan")
    assert agreements == set()


@pytest.mark.parametrize("text, kind, states, people", [
    # a kind with its own signing verbs ("security pact") and a bare agreement word
    ("Chile and Peru held talks in Lima. President Ana Ruiz and Prime Minister Karl Menden "
     "signed a security pact on Monday.", "security pact", ("Chile", "Peru"),
     ("ana ruiz", "karl menden")),
    ("Ghana and Togo held border talks in Lome. President Kofi Mensah and President Edem Abalo "
     "signed an agreement on Monday.", "agreement", ("Ghana", "Togo"),
     ("kofi mensah", "edem abalo")),
])
def test_people_signing_name_it_after_the_documents_parties(run, text, kind, states, people):
    agreements, signed, _ = _observe(run, text)
    deal = _norm(_deal(kind, *states))
    assert agreements == {deal}
    assert signed == {(p, deal) for p in people}


def test_people_planning_a_pact_name_none(run):
    text = ("Chile and Peru held talks in Lima. President Ana Ruiz and Prime Minister Karl "
            "Menden will sign a security pact in June.")
    agreements, signed, _ = _observe(run, text)
    assert signed == set()
    assert agreements == set()


def test_bare_agreement_word_is_the_same_party_deal_named_before(run):
    text = ("Chile and Peru seal frigate deals\n\nChile signed agreements with Peru on Monday "
            "to buy two frigates. President Ana Ruiz and Prime Minister Karl Menden signed a "
            "strategic partnership.")
    agreements, signed, _ = _observe(run, text)
    deal = _norm(_deal("arms deal", "Chile", "Peru"))
    assert agreements == {deal, _norm(_deal("strategic partnership", "Chile", "Peru"))}
    assert ("chile", deal) in signed


def test_both_sides_are_the_states_the_sentence_before_lists(run):
    text = ("Serbia and Kosovo resumed talks in Brussels. Both sides signed the Ibar Bridge "
            "Protocol on Tuesday.")
    _, signed, _ = _observe(run, text)
    assert signed == {("serbia", "ibar bridge protocol"), ("kosovo", "ibar bridge protocol")}


def test_both_sides_not_an_older_list(run):
    text = ("China and Pakistan are close partners. On Monday India's minister and his "
            "Russian counterpart met, and the two sides concluded a contract for 50 tanks.")
    _, signed, _ = _observe(run, text)
    assert not {p for p, _ in signed} & {"china", "pakistan"}


def test_reciprocal_is_part_of_the_kind(run):
    agreements, _, _ = _observe(run, "Norway and Canada signed a reciprocal access agreement "
                                     "in Oslo.")
    assert agreements == {_norm(_deal("reciprocal access agreement", "Norway", "Canada"))}


@pytest.mark.parametrize("text, name", [
    ("Chad and Sudan welcomed the Khartoum accord on Monday.", "Khartoum accord"),
    ("The Nairobi agreement ended the fighting in the north.", "Nairobi agreement"),
])
def test_a_capital_before_an_agreement_word_names_it(run, text, name):
    agreements, _, _ = _observe(run, text)
    assert agreements == {_norm(name)}


def test_a_state_before_an_agreement_word_is_its_deal_not_a_name(run):
    agreements, _, _ = _observe(run, "Egypt criticised the Israel agreement on Monday.")
    assert "israel agreement" not in agreements


def test_signed_kind_of_one_named_party_is_the_agreement_named_next(run):
    text = ("Mali and four neighbouring states signed a ceasefire agreement in Niamey on "
            "Friday. Mali's president signed the accord alongside the ministers of Niger and "
            "Chad. The Niamey agreement calls for a truce within 48 hours.")
    agreements, signed, _ = _observe(run, text)
    assert agreements == {"niamey agreement"}
    assert {("mali", "niamey agreement"), ("niger", "niamey agreement"),
            ("chad", "niamey agreement")} <= signed


def test_signed_kind_of_one_party_not_an_agreement_named_far_later(run):
    text = ("Mali and four neighbouring states signed a ceasefire agreement on Friday. Talks "
            "had lasted a month. Aid groups welcomed the truce. Prices fell in Bamako. Roads "
            "reopened in the north. The Niamey agreement was signed in 2015.")
    agreements, signed, _ = _observe(run, text)
    assert ("mali", "niamey agreement") not in signed


def test_people_signing_an_accord_is_the_same_party_accord_named_before(run):
    text = ("Indian troops land in Sri Lanka under peace accord\n\nIndia sent troops to Sri "
            "Lanka on Thursday, a day after Prime Minister Ravi Menon and President Anura "
            "Perera signed an accord aimed at ending the war.")
    agreements, signed, _ = _observe(run, text)
    accord = _norm(_deal("peace agreement", "India", "Sri Lanka"))
    assert agreements == {accord}
    assert {("ravi menon", accord), ("anura perera", accord)} <= signed


def test_the_deal_after_a_named_agreement_is_that_agreement(run):
    text = ("Kenya and Ethiopia signed the Moyale Border Accord on Monday. Somalia and Sudan "
            "criticised the deal on Tuesday.")
    agreements, _, _ = _observe(run, text)
    assert agreements == {"moyale border accord"}


def test_the_contract_is_the_last_contract_not_its_sentences_states(run):  # guard (base too)
    text = ("Chile signed a contract with Spain for two frigates. Peru and Bolivia said the "
            "contract would upset the regional balance.")
    agreements, _, _ = _observe(run, text)
    assert agreements == {_norm(_deal("arms deal", "Chile", "Spain"))}


def test_a_new_contract_of_other_states_is_still_a_new_deal(run):
    text = ("Chile signed a contract with Spain for two frigates. Peru signed a contract with "
            "Italy for four helicopters.")
    agreements, _, _ = _observe(run, text)
    assert agreements == {_norm(_deal("arms deal", "Chile", "Spain")),
                          _norm(_deal("arms deal", "Peru", "Italy"))}


@pytest.mark.parametrize("text", [
    "Congress banned US arms sales to Bolivia in March.",
    "Rights groups urged Italy to suspend all arms sales to Egypt.",
    "China said Lithuanian firms would be excluded from major contracts.",
])
def test_deals_in_general_are_no_agreement(run, text):
    agreements, _, _ = _observe(run, text)
    assert agreements == set()


def test_signed_deals_in_a_headline_are_still_an_agreement(run):
    agreements, signed, _ = _observe(run, "Chile and Spain seal frigate and helicopter deals "
                                          "worth 2 billion euros")
    deal = _norm(_deal("arms deal", "Chile", "Spain"))
    assert agreements == {deal}
    assert signed == {("chile", deal), ("spain", deal)}
