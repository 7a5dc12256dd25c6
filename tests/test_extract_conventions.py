"""Issue 12, stop 18: constructions the documented gold conventions decide (tests/gold/README.md,
tests/corpus/dev/README.md), with sentences written for these tests (none taken from an article;
real spaCy parse). Each convention has positive and negative cases."""

from __future__ import annotations

import pytest


def _pairs(run, text):
    """The scored pairs of each relation, by key, else by name (an agreement as "AGR")."""
    _, rels = run(text)
    out = set()
    for r in rels:
        if r.relation == "supplies":
            out |= {("supplies", s.key or s.lemma, o.key or o.lemma) for s in r.role("supplier")
                    for o in (*r.role("recipient"), *r.role("item"))}
        elif r.relation == "deploys":
            out |= {("deploys", d.key or d.lemma, p.key or p.lemma) for d in r.role("deployer")
                    for p in r.role("destination")}
        elif r.relation == "signed":
            out |= {("signed", p.key or p.lemma, "AGR") for p in r.role("party")}
        else:
            out |= {("reports", c.key or c.lemma, "") for c in r.role("claimant")}
    return out


def _of(pairs, relation):
    return {p for p in pairs if p[0] == relation}


# --- "agreed to the sale of … to Y": the seller's own agreement is a sale (d126–d145) --------


@pytest.mark.parametrize("text, supplier, recipient, item", [
    ("In 1992, after months of debate, Paris agreed to the sale of 60 Mirage jets to Taiwan.",
     "France", "Taiwan", "Mirage"),
    ("Russia consented to the sale of S-300 missiles to Iran.", "Russia", "Iran", "S-300"),
    ("Washington agreed to the sale of 66 F-16 fighters to Taiwan.", "United States", "Taiwan",
     "F-16 fighter jet"),
])
def test_a_sellers_consent_to_a_sale_is_a_supply(run, text, supplier, recipient, item):
    pairs = _of(_pairs(run, text), "supplies")
    assert ("supplies", supplier, recipient) in pairs
    assert ("supplies", supplier, item) in pairs


@pytest.mark.parametrize("text", [
    "Congress agreed to the sale of 24 F-16 jets to Turkey.",  # an approval by a body
    "Germany did not agree to the sale of tanks to Saudi Arabia.",  # negated
    "France would never agree to the sale of Rafale jets to Libya.",  # modal and negated
    "Britain agreed to the sale of the embassy building to Qatar.",  # no material
])
def test_no_sale_without_a_sellers_asserted_consent_to_material(run, text):
    assert _of(_pairs(run, text), "supplies") == set()


# --- "X wins Saudi order for Y": the seller supplies the order's nationality (d146–d165) ------


@pytest.mark.parametrize("text, supplier, recipient, item", [
    ("Britain wins Saudi order for Tornado jets", "United Kingdom", "Saudi Arabia", "Tornado"),
    ("Dassault won an Indian order for 36 Rafale jets.", "Dassault Aviation", "India", "Rafale"),
    ("Sweden has won a Thai order for six Gripen fighters.", "Sweden", "Thailand", "Gripen"),
])
def test_a_won_order_names_its_buyer_by_nationality(run, text, supplier, recipient, item):
    pairs = _of(_pairs(run, text), "supplies")
    assert {("supplies", supplier, recipient), ("supplies", supplier, item)} <= pairs


@pytest.mark.parametrize("text", [
    "Britain won the Saudi election for the seat.",  # no order
    "Saab won a Brazilian order for office furniture.",  # no material
])
def test_a_won_order_without_material_is_no_supply(run, text):
    assert _of(_pairs(run, text), "supplies") == set()


# --- an unnamed aide of a person is not that person (dev conventions, d146–d165) -------------


@pytest.mark.parametrize("text", [
    "One of Erdogan's aides said the missiles would arrive soon.",
    "Two of Macron's advisers said the deal was off.",
    "Some of Putin's allies claimed that the jets had been delivered.",
])
def test_one_of_a_persons_aides_is_no_claimant(run, text):
    assert _of(_pairs(run, text), "reports") == set()


@pytest.mark.parametrize("text, claimant", [
    ("One of Turkey's ministers said the missiles would arrive soon.", "Turkey"),
    ("A Macron aide and Italy said the deal was off.", "Italy"),
])
def test_a_partitive_of_a_states_officials_keeps_the_state(run, text, claimant):
    assert _of(_pairs(run, text), "reports") == {("reports", claimant, "")}


# --- permission for a force to be somewhere is no deployment (d86–d105) ----------------------


@pytest.mark.parametrize("text", [
    "Norway allowed American Marines to be stationed in Norway.",
    "Japan has permitted US troops to deploy to Okinawa.",
    "The government let Canadian troops move into Latvia.",
    "Poland agreed to let American troops be stationed in Poland.",
])
def test_a_permission_to_station_a_force_is_no_deployment(run, text):
    assert _of(_pairs(run, text), "deploys") == set()


@pytest.mark.parametrize("text, pair", [
    ("Japan sent troops to Iraq and allowed them to stay.", ("deploys", "Japan", "Iraq")),
    ("Norway stationed 200 soldiers in Lithuania.", ("deploys", "Norway", "Lithuania")),
])
def test_a_deployment_beside_a_permission_stays(run, text, pair):
    assert pair in _pairs(run, text)


# --- "the first X to be stationed in Y" asserts the stationing (d146–d165) -------------------


@pytest.mark.parametrize("text, pair", [
    ("The first American troops to be stationed in Iceland arrived in July.",
     ("deploys", "United States", "Iceland")),
    ("The first Polish soldiers to be deployed to Latvia landed at Riga.",
     ("deploys", "Poland", "Latvia")),
    ("The first German warplanes to be based in Lithuania flew in on Monday.",
     ("deploys", "Germany", "Lithuania")),
])
def test_the_first_force_to_be_stationed_is_a_deployment(run, text, pair):
    assert pair in _pairs(run, text)


@pytest.mark.parametrize("text", [
    "The American troops to be stationed in Iceland will arrive in July.",  # a plan
    "Polish soldiers to be deployed to Latvia are training now.",  # a plan
    "The first French minister to be sent to Algeria met the president.",  # no force
])
def test_a_force_still_to_be_stationed_is_no_deployment(run, text):
    assert _of(_pairs(run, text), "deploys") == set()


# --- a force that leaves for a place is deployed there (d56–d60, test2) ----------------------


@pytest.mark.parametrize("text, pair", [
    ("Three Japanese destroyers left ports in Japan for the Gulf.", ("deploys", "Japan", "Gulf")),
    ("Two Dutch frigates left their home ports for the Red Sea on Sunday.",
     ("deploys", "Netherlands", "Red Sea")),
    ("Four British minesweepers left Portsmouth for the Gulf.",
     ("deploys", "United Kingdom", "Gulf")),
])
def test_a_force_leaving_for_a_place_is_deployed_there(run, text, pair):
    assert pair in _pairs(run, text)


@pytest.mark.parametrize("text", [
    "The Japanese prime minister left Tokyo for Washington.",  # no force
    "Three Japanese destroyers left ports in Japan for repairs.",  # no place
])
def test_leaving_without_a_force_or_a_place_is_no_deployment(run, text):
    assert _of(_pairs(run, text), "deploys") == set()


# --- a counted group of states names no member (d66–d85, d126–d145, d146–d165) ---------------


@pytest.mark.parametrize("text", [
    "Five former Soviet republics signed the Collective Security Treaty.",
    "Two NATO allies signed the Treaty of Rome in 1957.",
    "Three EU member states signed the Schengen Agreement.",
])
def test_a_counted_group_of_states_is_no_party(run, text):
    assert _of(_pairs(run, text), "signed") == set()


@pytest.mark.parametrize("text, parties", [
    ("Kazakhstan and four other former Soviet republics signed the Collective Security Treaty.",
     {"Kazakhstan"}),
    ("The former Soviet republics of Armenia and Kazakhstan signed the Collective Security "
     "Treaty.", {"Armenia", "Kazakhstan"}),
    ("Russian officials signed the Collective Security Treaty.", {"Russia"}),
])
def test_named_members_and_nationality_phrases_stay_parties(run, text, parties):
    assert {p[1] for p in _of(_pairs(run, text), "signed")} == parties


def test_a_counted_group_of_people_keeps_its_nationality(run):
    assert _of(_pairs(run, "Two Ukrainian soldiers said the tanks had arrived."), "reports") == \
        {("reports", "Ukraine", "")}


# --- "would continue to supply" is a supply under way (d126–d145) ----------------------------


@pytest.mark.parametrize("text, pair", [
    ("The United States would continue to supply Taiwan with arms, the envoy said.",
     ("supplies", "United States", "Taiwan")),
    ("France will continue to deliver Caesar howitzers to Ukraine.",
     ("supplies", "France", "Ukraine")),
    ("Iran, officials said, would continue sending drones to Russia.",
     ("supplies", "Iran", "Russia")),
])
def test_continuing_a_supply_is_a_supply(run, text, pair):
    assert pair in _pairs(run, text)


@pytest.mark.parametrize("text", [
    "Germany would not continue to supply tanks to Turkey.",
    "Britain plans to continue to supply missiles to Ukraine.",
    "Spain might continue to sell frigates to Morocco.",
])
def test_a_negated_planned_or_possible_continuation_is_no_supply(run, text):
    assert _of(_pairs(run, text), "supplies") == set()


# --- "expressed disappointment that …" is a claim; without a clause it is none (d106–d125) ---


@pytest.mark.parametrize("text, claimant", [
    ("Brazil expressed disappointment that the sale had been blocked.", "Brazil"),
    ("Japan voiced frustration that the frigates had been delayed.", "Japan"),
    ("India expressed satisfaction that the jets had arrived on time.", "India"),
])
def test_a_stated_stance_with_a_clause_is_a_claim(run, text, claimant):
    assert _of(_pairs(run, text), "reports") == {("reports", claimant, "")}


@pytest.mark.parametrize("text", [
    "Brazil expressed disappointment over the purchase.",
    "Japan voiced frustration at the delay.",
])
def test_a_stance_without_a_clause_is_no_claim(run, text):
    assert _of(_pairs(run, text), "reports") == set()


# --- a purchase "under which" a signed deal binds the buyer is made from the other party -----


@pytest.mark.parametrize("text, seller, buyer", [
    ("Britain and Saudi Arabia signed a memorandum under which Saudi Arabia will buy 72 "
     "Tornado jets.", "United Kingdom", "Saudi Arabia"),
    ("Egypt signed an agreement with France under which Egypt will purchase 30 Rafale jets.",
     "France", "Egypt"),
])
def test_a_purchase_under_a_signed_deal_is_from_the_other_party(run, text, seller, buyer):
    assert ("supplies", seller, buyer) in _pairs(run, text)


@pytest.mark.parametrize("text", [
    # three parties: which one sells is not said
    "France, Germany and Spain signed a pact under which Spain will buy 20 tanks.",
    # only possible, or not yet signed
    "Britain and Saudi Arabia signed a memorandum under which Saudi Arabia may buy 72 Tornado "
    "jets.",
    "Britain and Saudi Arabia will sign a memorandum under which Saudi Arabia will buy 72 "
    "Tornado jets.",
    # "the kingdom" may point at either party: no direction is guessed
    "Britain and Saudi Arabia signed a memorandum of understanding under which the kingdom will "
    "buy 72 Tornado aircraft.",
])
def test_no_seller_is_guessed_under_an_open_deal(run, text):
    assert _of(_pairs(run, text), "supplies") == set()


# --- a quoted "we" sends for the state of an unnamed office holder who speaks (d46–d65) ------


@pytest.mark.parametrize("text, pair", [
    ("\"We are sending our troops to Haiti,\" the Brazilian president said.",
     ("deploys", "Brazil", "Haiti")),
    ("\"We are sending our troops to Haiti,\" President Lula of Brazil said.",
     ("deploys", "Brazil", "Haiti")),
    ("\"We have delivered 30 tanks to Ukraine,\" Poland's defence minister said.",
     ("supplies", "Poland", "Ukraine")),
])
def test_a_quoted_we_is_the_speakers_state(run, text, pair):
    assert pair in _pairs(run, text)


@pytest.mark.parametrize("text", [
    "\"We are sending our troops to Haiti,\" the president said.",  # no state named
    "\"We are sending our troops to Haiti,\" a Brazilian analyst said.",  # no office holder
    "\"We are sending our troops to Haiti,\" French and German ministers said.",  # which?
])
def test_a_quoted_we_without_one_speaking_state_deploys_nothing(run, text):
    assert _of(_pairs(run, text), "deploys") == set()


# --- signings named by a noun's possessor, and a headline's comma list (gold README) ----------


@pytest.mark.parametrize("text, party", [
    ("Finland's signing of the Ottawa Treaty angered Moscow.", "Finland"),
    ("After Chile's signing of the Treaty of Tlatelolco, Argentina followed.", "Chile"),
    ("Pakistan welcomed Iran's signing of the Chemical Weapons Convention.", "Iran"),
])
def test_the_possessor_of_a_signing_signed(run, text, party):
    assert {p[1] for p in _of(_pairs(run, text), "signed")} == {party}


@pytest.mark.parametrize("text", [
    "Finland's signing of the Ottawa Treaty was postponed.",
    "Finland's signing of the Ottawa Treaty would be a mistake.",
    "Finland's planned signing of the Ottawa Treaty angered Moscow.",
])
def test_a_signing_not_done_has_no_party(run, text):
    assert _of(_pairs(run, text), "signed") == set()


@pytest.mark.parametrize("text, parties", [
    ("Ghana, Togo sign Lome Accord", {"Ghana", "Togo"}),
    ("Peru, Ecuador sign Itamaraty Peace Declaration", {"Peru", "Ecuador"}),
    ("Japan, Australia sign Reciprocal Access Agreement", {"Japan", "Australia"}),
])
def test_a_headlines_comma_list_signs(run, text, parties):
    assert {p[1] for p in _of(_pairs(run, text), "signed")} == parties


def test_a_headlines_announced_signing_has_no_party(run):
    assert _of(_pairs(run, "Ghana, Togo to sign Lome Accord"), "signed") == set()


# --- weapon kinds the conventions name: nuclear devices, navy vessels (d86–d105, d126–d165) --


@pytest.mark.parametrize("text, item", [
    ("Russia sold two atomic bombs to Egypt.", "nuclear warhead"),
    ("France tested ten nuclear devices and sold two nuclear bombs to Israel.",
     "nuclear warhead"),
    ("Japan sold a navy vessel to Vietnam.", "warship"),
    ("Britain gave two navy vessels to Ukraine.", "warship"),
    ("Russia sold two bombs to Egypt.", "bomb"),  # a plain bomb stays a bomb
])
def test_weapon_kinds_of_the_conventions(run, text, item):
    assert item in {p[2] for p in _of(_pairs(run, text), "supplies")}


# --- "blamed X for …" is an accusation, a claim of the accuser (d46–d65) ---------------------


@pytest.mark.parametrize("text, claimant", [
    ("Iran blamed Israel for the attack on the tanker.", "Iran"),
    ("Kyiv, in a statement, blamed Moscow for the strike on the port.", "Ukraine"),
])
def test_blaming_is_a_claim_of_the_accuser(run, text, claimant):
    assert _of(_pairs(run, text), "reports") == {("reports", claimant, "")}


@pytest.mark.parametrize("text", [
    "Iran did not blame Israel for the attack.",
    "Nobody blamed Israel for the attack.",
])
def test_no_blame_is_no_claim(run, text):
    assert _of(_pairs(run, text), "reports") == set()


# --- a deployment needs a named destination: an agent in a parenthesis is none (gold README) --


@pytest.mark.parametrize("text, pair", [
    ("Last week Britain, in a move criticised by Moscow, deployed 1,000 troops to Estonia.",
     ("deploys", "United Kingdom", "Estonia")),
    ("In a step welcomed by Warsaw, Germany sent a Patriot battery to Rzeszow.",
     ("deploys", "Germany", "Rzeszow")),
    ("France, in a decision condemned by Bamako, moved 300 soldiers to Niger.",
     ("deploys", "France", "Niger")),
])
def test_an_agent_in_a_parenthesis_is_no_destination(run, text, pair):
    assert _of(_pairs(run, text), "deploys") == {pair}


# --- word order: a cleft sentence's focus is its clause's subject ----------------------------


@pytest.mark.parametrize("text, pair", [
    ("It was France that sold the Rafale jets to Egypt.", ("supplies", "France", "Egypt")),
    ("It was Russia that sent the troops to Syria.", ("deploys", "Russia", "Syria")),
    ("It was Iran that supplied the drones to Russia, officials said.",
     ("supplies", "Iran", "Russia")),
    ("It was Chile and Peru that signed the Treaty of Lima.", ("signed", "Peru", "AGR")),
])
def test_the_focus_of_a_cleft_acts(run, text, pair):
    assert pair in _pairs(run, text)


@pytest.mark.parametrize("text", [
    "It was a surprise that Germany sent no tanks to Ukraine.",
    "It was clear that France would sell jets to Egypt.",
])
def test_an_extraposed_clause_is_no_cleft(run, text):
    assert _of(_pairs(run, text), "supplies") == set()


# --- a passive denial with an agent is a claim of the denier (gold README) --------------------


@pytest.mark.parametrize("text, claimant", [
    ("Reports that China supplied drones to Russia were denied by Beijing.", "China"),
    ("The accusation was rejected by Tehran as baseless.", "Iran"),
    ("Claims that Belarus hosted Russian jets were dismissed by Minsk.", "Belarus"),
])
def test_a_passive_denial_is_the_agents_claim(run, text, claimant):
    assert _of(_pairs(run, text), "reports") == {("reports", claimant, "")}


@pytest.mark.parametrize("text", [
    "The visa was denied to the Iranian minister.",
    "Reports that China supplied drones to Russia were denied.",  # by whom is not said
])
def test_a_passive_denial_without_an_agent_has_no_claimant(run, text):
    assert _of(_pairs(run, text), "reports") == set()


# --- "A and B are X's main arms suppliers": each supplies (d46–d65, d146–d165) ---------------


@pytest.mark.parametrize("text, suppliers, recipient", [
    ("Among the suppliers of Ukraine's howitzers were France and Germany.",
     {"France", "Germany"}, "Ukraine"),
    ("France and Germany are Ukraine's main arms suppliers.", {"France", "Germany"}, "Ukraine"),
    ("Russia, China and Israel were the largest arms suppliers to India in the 2010s.",
     {"Russia", "China", "Israel"}, "India"),
])
def test_coordinated_main_suppliers_each_supply(run, text, suppliers, recipient):
    pairs = _of(_pairs(run, text), "supplies")
    assert {("supplies", s, recipient) for s in suppliers} <= pairs


def test_not_being_a_supplier_is_no_supply(run):
    text = "France and Germany are not Ukraine's main arms suppliers."
    assert _of(_pairs(run, text), "supplies") == set()


# --- both a place and its country are destinations, also in apposition (dev conventions) -----


@pytest.mark.parametrize("text, place, country, deployer", [
    ("Rwanda has deployed about 1,000 soldiers and police officers in Cabo Delgado, "
     "Mozambique.", "Cabo Delgado", "Mozambique", "Rwanda"),
    ("Germany sent two batteries to Zamosc, Poland.", "Zamosc", "Poland", "Germany"),
    ("Britain dispatched 500 soldiers to Tapa, Estonia, in March.", "Tapa", "Estonia",
     "United Kingdom"),
])
def test_a_place_and_its_country_in_apposition(run, text, place, country, deployer):
    assert {("deploys", deployer, place), ("deploys", deployer, country)} <= _pairs(run, text)


@pytest.mark.parametrize("text, pair", [
    ("France sent troops to Mali, a former French colony.", ("deploys", "France", "Mali")),
    ("Canada sent troops to Latvia, Estonia's neighbour.", ("deploys", "Canada", "Latvia")),
])
def test_an_apposition_describing_a_state_adds_no_destination(run, text, pair):
    assert _of(_pairs(run, text), "deploys") == {pair}


# --- "the brigade that Germany is stationing in Lithuania": the clause's subject deploys -----


@pytest.mark.parametrize("text, pair", [
    ("The brigade that Germany is stationing in Lithuania will be ready in 2027.",
     ("deploys", "Germany", "Lithuania")),
    ("The troops that France is sending to Mali will arrive soon.", ("deploys", "France", "Mali")),
    ("The battalion that Canada has deployed in Latvia took part in the drill.",
     ("deploys", "Canada", "Latvia")),
])
def test_a_relative_clause_on_the_force_names_its_deployer(run, text, pair):
    assert _of(_pairs(run, text), "deploys") == {pair}


def test_a_relative_clause_with_a_plan_deploys_nothing(run):
    text = "The brigade that Germany plans to station in Lithuania will be ready in 2027."
    assert _of(_pairs(run, text), "deploys") == set()


# --- "signed a contract with X to build …": the signer bound to make the goods sells (d66–d85)


@pytest.mark.parametrize("text, seller, buyer", [
    ("Spain signed a contract with Saudi Arabia to build five corvettes for the kingdom's navy.",
     "Spain", "Saudi Arabia"),
    ("Italy signed a deal with Qatar to supply seven warships.", "Italy", "Qatar"),
    ("Fincantieri signed a contract with Qatar to build four corvettes for its navy.",
     "Fincantieri", "Qatar"),
])
def test_the_signer_bound_to_build_sells(run, text, seller, buyer):
    pairs = _of(_pairs(run, text), "supplies")
    assert ("supplies", seller, buyer) in pairs
    assert ("supplies", buyer, seller) not in pairs


@pytest.mark.parametrize("text, seller, buyer", [
    ("Poland signed a contract with Rheinmetall to buy 200 tanks.", "Rheinmetall", "Poland"),
    ("Egypt signed a deal with France for 24 Rafale jets.", "France", "Egypt"),
])
def test_the_signer_that_buys_stays_the_buyer(run, text, seller, buyer):
    pairs = _of(_pairs(run, text), "supplies")
    assert ("supplies", seller, buyer) in pairs
    assert ("supplies", buyer, seller) not in pairs
