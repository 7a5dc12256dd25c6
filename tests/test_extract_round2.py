"""Issue 12, round 2: constructions on sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract import only, roles
from test_extract_news import of

# --------------------------------------------------------------------------- plans are no events


@pytest.mark.parametrize("text", [
    "Britain would send a battery to Poland, officials said.",
    "Norway will give Ukraine its remaining howitzers.",
    "Spain said it would donate ten tanks to Ukraine.",
    "Officials said Washington would consider supplying fighter jets to Jordan.",
    "Italy is expected to send more troops to Lebanon.",
    "Canada plans to send drones to Ukraine.",
    "Washington said it had no plans to station more troops in Colombia.",
    "Portugal offered to sell its frigates to Brazil.",
])
def test_a_plan_is_no_supply_or_deployment(run, text):
    _, rels = run(text)
    assert of(rels, "supplies") == [] and of(rels, "deploys") == []


def test_hedged_fact_stays_an_event(run):
    _, rels = run("Russia may have sent drones to Iran.")
    assert roles(only(rels, "supplies"))["supplier"] == ["Russia"]
    _, rels = run("Estonia said it would donate howitzers, and Germany delivered tanks to "
                  "Ukraine last year.")
    assert [r["supplier"] for r in of(rels, "supplies")] == [["Germany"]]


# ------------------------------------------------------------------- companies and places


@pytest.mark.parametrize("cls, text, name", [
    ("Company", "Boeing signed a deal with the state-owned Emirati Defence Industries on Monday.",
     "Emirati Defence Industries"),
    ("Company", "The radars were bought from Toshiba Electric last year.", "Toshiba Electric"),
    ("Company", "Ankara ordered drones from Karadeniz Defense in March.", "Karadeniz Defense"),
    ("Company", "Rome will build tanks together with the state-owned Italian Armaments Group.",
     "Italian Armaments Group"),
    ("Company", "The corvettes were built by the Jiangnan shipyard in Shanghai.",
     "Jiangnan shipyard"),
    ("Region", "A jet bombed a camp for displaced people in Gwoza, officials said.", "Gwoza"),
    # the feature noun is part of the mention; the resolved place keeps "Kamal" as an alias
    ("Region", "Troops were sent to the Kamal desert last week.", "Kamal desert"),
    ("Region", "The deal lets US troops use bases including Tolemaida, Larandia and Tres "
     "Esquinas.", "Larandia"),
])
def test_class_from_context(run, cls, text, name):
    """Companies from suffixes and context; places NER took for actors."""
    mentions, _ = run(text)
    assert (cls, name) in {(m.cls, m.key or m.lemma) for m in mentions}


@pytest.mark.parametrize("text, cls", [
    ("US Defense Secretary Jim Mattis visited Doha.", "Company"),  # a title after a suffix
    ("The sale was blocked in Congress last year.", "Region"),  # an organisation after "in"
])
def test_no_class_from_false_context(run, text, cls):
    mentions, _ = run(text)
    assert cls not in {m.cls for m in mentions}


def test_a_framework_agreement_is_no_purchase(run):
    _, rels = run("Poland signed framework agreements with Hyundai Rotem for 1,000 K2 tanks.")
    assert of(rels, "supplies") == []
    _, rels = run("Poland signed a deal with Hyundai Rotem for 180 K2 tanks.")
    assert of(rels, "supplies")[0]["supplier"] == ["Hyundai Rotem"]


# --------------------------------------------------------------------------- deals and signing


def test_a_deal_is_named_after_its_buyer_and_seller(run):
    mentions, rels = run("Japan is a close partner of Vietnam. Last year Hanoi bought four radars "
                         "from Toshiba Electric under a $90 million contract.")
    assert "arms deal (Vietnam–Toshiba Electric)" in {m.key for m in mentions}
    # the buyer and the seller its clause names concluded the contract (dev conventions S2;
    # the seller was left out before stop 22, h-sign5)
    assert [r["party"] for r in of(rels, "signed")] == [["Vietnam", "Toshiba Electric"]]


def test_agreeing_to_buy_makes_both_sides_parties(run):
    _, rels = run("Ankara agreed to buy the system from Moscow in 2017 in a $2 billion deal.")
    assert [sorted(r["party"]) for r in of(rels, "signed")] == [["Russia", "Turkey"]]


# --------------------------------------------------------------------------- armed forces


def test_a_countrys_military_as_speaker_is_its_armed_forces(run):
    mentions, rels = run("The jets landed near Tunis, the Tunisian military said in a statement.")
    assert ("Agency", "Armed Forces (Tunisia)") in {(m.cls, m.key) for m in mentions}
    assert [r["claimant"] for r in of(rels, "reports")] == [["Armed Forces (Tunisia)"]]


@pytest.mark.parametrize("text", [
    "Tunisia will modernise its military equipment.",
    "Seoul warns of Tunisia's military ambitions.",
])
def test_military_as_a_modifier_is_no_agency(run, text):
    mentions, _ = run(text)
    assert "Agency" not in {m.cls for m in mentions}


# --------------------------------------------------------------------------- accusations


def test_accusation_by_a_gerund_names_the_accused_as_supplier(run):
    _, rels = run("Qatar denied the report. Bahrain accused the Gulf state of complicity "
                  "in the war by arming the Wagner Group in Sirte.")
    assert of(rels, "supplies") == [{"supplier": ["Qatar"], "recipient": ["Wagner Group"]}]
    (claim,) = [r for r in rels if r.relation == "reports" and roles(r)["claimant"] == ["Bahrain"]]
    assert "arming the Wagner Group" in claim.attr("statement")


# --------------------------------------------------------------------------- paragraph ends


def test_a_title_heavy_sentence_ending_a_paragraph_is_no_headline(run):
    mentions, _ = run("Foreign Minister Anna Lindqvist and Defence Minister Pal Jonson signed "
                      "for Sweden, with President Alar Karis looking on.\n\nThe pact took effect.")
    people = {m.key or m.lemma for m in mentions if m.cls == "Person"}
    assert {"Anna Lindqvist", "Pal Jonson"} <= people


def test_signers_for_their_country_and_no_witness(run):
    # (the parse of the gapped second signer, "and B for Norway", varies with the names; the
    # rule for the misparse that makes B the object is exercised on the dev corpus only)
    _, rels = run("Sweden and Norway signed a Defence Cooperation Agreement in Oslo on Monday. "
                  "Foreign Minister Anna Lindqvist and Defence Minister Tobias Berg signed for "
                  "Sweden, and Defence Secretary Peter Hultqvist for Norway, with President "
                  "Karl Olsen looking on.")
    people = {p for r in rels if r.relation == "signed" for p in roles(r)["party"]}
    assert {"Anna Lindqvist", "Tobias Berg"} <= people
    assert "Karl Olsen" not in people


# ------------------------------------------------------------------ ambiguous country names


def test_a_place_ner_found_under_an_ambiguous_country_name_is_the_country(run):
    mentions, rels = run("Syria and Jordan signed a border treaty on Wednesday.")
    assert ("Country", "Jordan") in {(m.cls, m.key) for m in mentions}
    mentions, _ = run("Michael Jordan said he was happy.")
    assert "Country" not in {m.cls for m in mentions}


# --------------------------------------------------------------------------- plural system names


def test_the_plural_of_a_named_system_is_that_system(run):
    _, rels = run("Norway bought 24 Caesar self-propelled howitzers last year. Spain has already "
                  "delivered 12 Caesars to Kyiv.")
    assert of(rels, "supplies") == [{"supplier": ["Spain"], "recipient": ["Ukraine"],
                                     "item": ["CAESAR howitzer"]}]


# --------------------------------------------------------------------------- denials


@pytest.mark.parametrize("text, claims", [
    ("Ankara rejected US demands to cancel the purchase.", 0),
    ("The court dismissed a case brought by Iran against Canada.", 0),
    ("Moscow rejected the accusation.", 0),  # nothing stated it denies (s36 h-rep39)
    ("Tehran denied involvement in the attack.", 1),
])
def test_a_denial_needs_something_claimed(run, text, claims):
    _, rels = run(text)
    assert len(of(rels, "reports")) == claims
