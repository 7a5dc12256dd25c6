"""Issue 12, stop 19 (h-prec): relation-pair precision — constructions where kg asserted a pair
the text does not state (sentences written for these tests, none taken from a corpus; real
spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_round5_relations import _supplies


def _claimants(run, text):
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


def _items(run, text):
    return {i for _, _, i in _supplies(run, text)}


# --- an unnamed spokesman or aide "for"/"to" a person is not that person ----------------------


@pytest.mark.parametrize("text", [
    "A spokesman for President Jacques Chirac said France would never test another bomb.",
    "An aide to Chancellor Angela Merkel said Germany had stopped the exports.",
    "Sweden will send two corvettes, a spokeswoman for Prime Minister Olof Palme told "
    "reporters on Monday.",
])
def test_a_spokesman_for_a_person_is_no_claimant(run, text):
    assert _claimants(run, text) == set()


@pytest.mark.parametrize("text, claimant", [
    ("Prime Minister Jacques Chirac said France would never test another bomb.",
     "Jacques Chirac"),
    ("A spokesman for Rosoboronexport said the contract had been signed.", "Rosoboronexport"),
    ("A spokesman for the group, Kofi Mensah, said the rebels had withdrawn.", "Kofi Mensah"),
])
def test_a_named_speaker_or_a_body_still_claims(run, text, claimant):
    assert claimant in _claimants(run, text)


# --- money lent or given is no supply ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tokyo agreed last year to lend Hanoi 300 million dollars to buy eight patrol vessels.",
    "Moscow has lent Damascus $1 billion for new purchases, including T-90 tanks.",
    "Beijing gave the rebels the money to pay for 40 mortars, the report said.",
    "Peru orders 12 Mirage fighters, lends Dassault $50 million",
    # "clear"/"authorise" a sale: an approval, like "approve" (d44, d80, d89 headlines)
    "US clears Israeli Kfir jet sale to Ecuador four years after veto",
    "Washington clears German tank sale to Qatar",
    "The State Department authorised the Turkish drone sale to Poland on Monday.",
])
def test_money_lent_and_a_sale_cleared_are_no_supply(run, text):
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text, item", [
    ("Israel sold India $2 billion worth of Barak missiles over five years.", "Barak"),
    ("Russia sold Algeria $7.5 billion of arms, including MiG-29 fighters.", "MiG-29"),
    ("China sold Pakistan eight Hangor-class submarines and lent it the money to pay for them.",
     "Hangor-class submarine"),
    ("Israel completed the Kfir jet sale to Ecuador in 1982.", None),
    ("Germany's tank sale to Qatar angered rights groups.", None),
])
def test_material_and_a_sale_done_are_still_a_supply(run, text, item):
    assert _supplies(run, text) and item in _items(run, text)


# --- a modifier before the coordinator holds for its own noun only ----------------------------


@pytest.mark.parametrize("text, seller, item, other", [
    ("Pakistan operates F-16 fighters bought from the United States and JF-17 jets it builds "
     "with Chinese help.", "United States", "F-16 fighter jet", "JF-17"),
    ("The totals include Su-30 fighters that Uganda received from Russia, and two patrol boats "
     "built by a local yard.", "Russia", "Su-30", "patrol boat"),
    ("Kenya uses howitzers supplied by France and tanks it bought from Ukraine.", "Ukraine",
     "tank", "howitzer"),
    ("Kenya uses howitzers supplied by France and tanks it bought from Ukraine.", "France",
     "howitzer", "tank"),
    ("Chad flies Mi-24 gunships delivered by Russia and Mirage jets it leases.", "Russia",
     "Mi-24", "Mirage"),
])
def test_a_modifier_does_not_reach_another_conjunct(run, text, seller, item, other):
    sold = {(s, i) for s, _, i in _supplies(run, text)}
    assert (seller, item) in sold and (seller, other) not in sold, sold


@pytest.mark.parametrize("text, items", [
    ("Poland received the tanks and howitzers that it ordered from South Korea.",
     {"tank", "howitzer"}),
    ("Chile flies Mirage and F-5 fighters bought from France.", {"Mirage", "F-5"}),
])
def test_a_modifier_after_the_list_holds_for_the_list(run, text, items):
    assert items <= _items(run, text)


# --- a named system and its kind in one phrase are one item -----------------------------------


@pytest.mark.parametrize("text, named, kind", [
    ("Zimbabwe has few friends, but China has sold it K-8 trainer jets and anti-aircraft "
     "guns.", "k-8", "trainer aircraft"),
    ("The United States has rushed Redeye anti-aircraft missiles to Chad's army.", "Redeye",
     "missile"),
    # (not a named ship: "the aircraft carrier Admiral Gorshkov" gives the kind as an item too
    # since stop 66, dev conventions E6; tests/test_h-ship1_s66.py)
])
def test_a_named_system_and_its_kind_are_one_item(run, text, named, kind):
    items = {i.lower() for i in _items(run, text) if i}
    assert named.lower() in items and kind not in items, items


@pytest.mark.parametrize("text, items", [
    ("Russia delivered Su-30 jets and helicopters to Uganda.", {"Su-30", "helicopter"}),
    ("Washington shipped Stinger missiles and 40 mortars to the rebels.", {"Stinger", "mortar"}),
    ("Germany sent Leopard 2 tanks and howitzers to Ukraine.", {"Leopard 2 tank", "howitzer"}),
])
def test_a_kind_of_its_own_stays_an_item(run, text, items):
    assert items <= _items(run, text)


# --- "her Spanish counterpart Pablo Ortega": the person signs, not the state ------------------


def _parties(run, text):
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "signed" for m in r.role("party")}


@pytest.mark.parametrize("text, people, state", [
    ("Kenya agreed to buy patrol boats from Spain. Kenyan Defence Minister Ruth Wanjiru and "
     "her Spanish counterpart Pablo Ortega signed the contract in Nairobi.",
     {"Ruth Wanjiru", "Pablo Ortega"}, "Spain"),
    ("Croatia bought twelve jets from France. Defence Minister Mario Banozic and his French "
     "counterpart Florence Parly put their signatures to the inter-governmental agreement in "
     "Zagreb.", {"Mario Banozic", "Florence Parly"}, "France"),
    ("Peru will buy frigates from Italy. On Monday the Italian counterpart Marco Bellini and "
     "Defence Minister Rosa Quispe signed the deal.", {"Marco Bellini", "Rosa Quispe"}, "Italy"),
])
def test_a_named_counterpart_signs_not_the_state(run, text, people, state):
    parties = _parties(run, text)
    assert people <= parties and state not in parties, parties


def test_a_state_that_signs_is_still_a_party(run):
    assert {"Peru", "Chile"} <= _parties(run, "Peru signed the Treaty of Lima with Chile.")


# --- "dismissed the statement": nothing stated, no claim --------------------------------------


@pytest.mark.parametrize("text", [
    "President Zelenskiy dismissed the statement within hours.",
    "The rebel leader Joseph Kony dismissed the claim in a statement released by his office.",
    "Cairo rejected the claim on Tuesday.",
])
def test_dismissing_bare_words_is_no_claim(run, text):
    assert _claimants(run, text) == set()


@pytest.mark.parametrize("text, claimant", [
    ('Moscow dismissed the claim as "absurd".', "Russia"),
    ("Moscow dismissed the statement and said the troops would stay.", "Russia"),
    ("China denied the claim that it had sold missiles to Iran.", "China"),
])
def test_a_denial_with_content_is_still_a_claim(run, text, claimant):
    assert claimant in _claimants(run, text)


# --- the name after "a spokesman for the head of state," is the head's; "he" is the spokesman -


@pytest.mark.parametrize("text", [
    "The government confirmed the purchase, but a spokesman for the head of state, General "
    "Yakubu Gowon, insisted that the deal carried no conditions.",
    "An aide to the president, Maria Lopez, told reporters the deal was signed.",
    "A spokeswoman for the prime minister, Helen Clark, said the troops would leave on Friday.",
])
def test_the_name_of_whom_a_spokesman_speaks_for_is_no_claimant(run, text):
    assert _claimants(run, text) == set()


@pytest.mark.parametrize("text", [
    'Chancellor Helmut Kohl was in Bonn. A spokesman for the chancellor said the records were '
    'being examined. "We have nothing to hide," he said.',
    "President Omar Bongo has ruled for years. A government spokesman said on Tuesday that the "
    "jets had arrived, but he rejected what he called a campaign of lies.",
    'Prime Minister Jacinda Ardern spoke first. An aide to the prime minister said the ships '
    'had sailed, and she added that more would follow.',
])
def test_he_after_an_unnamed_spokesman_is_the_spokesman(run, text):
    assert not {"Helmut Kohl", "Omar Bongo", "Jacinda Ardern"} & _claimants(run, text)


@pytest.mark.parametrize("text, claimant", [
    ("The chairman of the committee, Konstantin Kosachev, said the treaty was dead.",
     "Konstantin Kosachev"),
    ('A spokesman for the Defence Ministry, Colonel Ivan Petrov, said the jets had arrived. '
     '"We are very pleased," he said.', "Ivan Petrov"),
    ('President Omar Bongo spoke on Tuesday. "We are very pleased," he said.', "Omar Bongo"),
])
def test_a_named_speaker_and_his_pronoun_still_claim(run, text, claimant):
    assert claimant in _claimants(run, text)



# --- "Tehran radio said": the station speaks, not the state -----------------------------------


@pytest.mark.parametrize("text, state", [
    ("Baghdad radio on Saturday denied that Iraq intended to use force.", "Iraq"),
    ("Tehran radio quoted the navy commander, Admiral Ali Shamkhani, as saying the submarine "
     "was purely defensive.", "Iran"),
    ("Kabul television reported that the convoy had reached the border.", "Afghanistan"),
])
def test_a_station_named_by_a_place_is_not_the_state(run, text, state):
    assert state not in _claimants(run, text)


@pytest.mark.parametrize("text, claimant", [
    ("Iranian radio said the submarine had arrived at Bandar Abbas.", "Iran"),
    ("Iraqi television said the troops had left Kuwait.", "Iraq"),
    ("Tehran radio quoted the navy commander, Admiral Ali Shamkhani, as saying the submarine "
     "was purely defensive.", "Ali Shamkhani"),
])
def test_a_nationality_or_a_quoted_speaker_still_claims(run, text, claimant):
    assert claimant in _claimants(run, text)



# --- a force word before material or a headquarters makes no force ---------------------------


def _deployments(run, text):
    _, rels = run(text)
    return {(d.key or d.lemma, p.key or p.lemma) for r in rels if r.relation == "deploys"
            for d in r.role("deployer") for p in r.role("destination")}


@pytest.mark.parametrize("text, state, place", [
    ("Norway moved its military headquarters to Reitan near Bodo in 2009.", "Norway", None),
    ("North Korea sent infantry rockets and missiles by rail into Russia.", "North Korea",
     "Russia"),
    ("The United States sent military aid to Ukraine.", "United States", "Ukraine"),
])
def test_a_force_word_before_material_or_an_office_deploys_nothing(run, text, state, place):
    assert _deployments(run, text) == set()
    if place is not None:  # material sent is a supply
        assert (state, place) in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text, pair", [
    # (not "to the Belarus border": a border's state is no destination, stop 20, h-prec2)
    ("Poland moved army units to Lithuania.", ("Poland", "Lithuania")),
    ("Russia sent military aircraft to Syria.", ("Russia", "Syria")),
    ("France sent fighter jets to Romania.", ("France", "Romania")),
])
def test_a_force_is_still_deployed(run, text, pair):
    assert pair in _deployments(run, text)
