"""Issue 12, stop 20 (h-supp2): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest


def _items(run, text):
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "supplies" for m in r.role("item")}


# --- "from A and from B": the repeated preposition is a conjunct of the first --------------


@pytest.mark.parametrize("text, expected", [
    ("Chile bought frigates from Britain and from the Netherlands in 2005.",
     {("United Kingdom", "Chile"), ("Netherlands", "Chile")}),
    ("Poland has ordered tanks from South Korea and from the United States.",
     {("South Korea", "Poland"), ("United States", "Poland")}),
    ("Peru acquired helicopters from Russia and from Belarus in the 1990s.",
     {("Russia", "Peru"), ("Belarus", "Peru")}),
    ("The Philippine navy received patrol boats from Japan and from the United States.",
     {("Japan", "Navy (Philippines)"), ("United States", "Navy (Philippines)")}),
])
def test_a_repeated_from_names_a_second_seller(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text, expected", [
    # another clause's seller is not this buyer's
    ("Chile bought frigates from Britain, and Peru bought jets from Italy.",
     {("United Kingdom", "Chile"), ("Italy", "Peru")}),
    # "from 2015" is a date, no seller
    ("Egypt bought frigates from France and from 2015 onwards received them.",
     {("France", "Egypt")}),
])
def test_a_from_of_another_clause_or_a_date_adds_no_seller(role_pairs, text, expected):
    assert role_pairs(text) == expected


# --- "shipped A, B and C to X": a list the parser split over several objects ----------------


@pytest.mark.parametrize("text, pair, item", [
    ("Last year Serbian arms maker Yugoimport shipped anti-tank missiles, grenade launchers and "
     "millions of rounds of ammunition to the Cypriot government.",
     ("Yugoimport", "Cyprus"), "rocket-propelled grenade launcher"),
    ("Two years ago Turkish defence group Roketsan delivered anti-tank missiles, grenade "
     "launchers and drones to Azerbaijan.", ("Roketsan", "Azerbaijan"), "drone"),
    ("Bulgaria exported anti-tank rockets, grenade launchers and millions of rounds of "
     "ammunition to Saudi Arabia in 2016.", ("Bulgaria", "Saudi Arabia"),
     "rocket-propelled grenade launcher"),
    # "to" hung on the material of the amount in the list's last member
    ("Last month Chinese state firm Poly Technologies delivered armoured vehicles, mortars and "
     "thousands of rifles to the Malian army, officials said.",
     ("Poly Technologies", "Army (Mali)"), "rifle"),
])
def test_every_member_of_a_split_list_is_supplied_to_the_recipient(role_pairs, run, text, pair,
                                                                  item):
    assert pair in role_pairs(text)
    assert item in _items(run, text)


@pytest.mark.parametrize("text", [
    # no supply verb: a seizure
    "The rebels seized anti-tank missiles, grenade launchers and millions of rounds of "
    "ammunition from the Cypriot government.",
])
def test_a_split_list_without_a_supply_verb_supplies_nothing(role_pairs, text):
    assert role_pairs(text) == set()


def test_a_coordinated_verb_is_no_list_member(role_pairs, run):
    # "trained crews": a verb of its own with a past tense, not a list member; the plant is
    # built "in" Azerbaijan, which receives nothing
    text = "Roketsan delivered anti-tank missiles, trained crews and built a plant in Azerbaijan."
    assert role_pairs(text) == set()
    assert _items(run, text) == {"anti-tank missile"}


# --- "bought … as part of a deal (worth …) signed with Z": the deal's other party sells ------


@pytest.mark.parametrize("text, pair", [
    ("Peru bought 24 MiG-29 fighters as part of a deal signed with Belarus.",
     ("Belarus", "Peru")),
    ("Kenya ordered the tanks in 2007 under a contract worth about $30 million signed with "
     "Ukrspetsexport.", ("Ukrspetsexport", "Kenya")),
    ("Vietnam bought six Kilo-class submarines as part of a package worth $2 billion agreed "
     "with Moscow in 2009.", ("Russia", "Vietnam")),
])
def test_the_party_a_purchase_deal_was_signed_with_sells(role_pairs, text, pair):
    assert pair in role_pairs(text)


@pytest.mark.parametrize("text, items", [
    ("Peru bought two frigates as part of a deal worth $500 million signed with Italy, which "
     "also included 40 Otomat missiles.", {"frigate", "missile"}),
    ("Morocco ordered the jets as part of a package worth $2 billion signed with Lockheed "
     "Martin, which also includes AIM-120 missiles.", {"AIM-120 AMRAAM"}),
])
def test_what_the_deal_includes_is_supplied_too(run, text, items):
    assert items <= _items(run, text)


@pytest.mark.parametrize("text", [
    # a plan discussed, not a deal signed
    "Egypt bought the frigate as part of a plan worth 1 billion euros discussed with Naval "
    "Group.",
    # "with pride": no party of the deal
    "Chile ordered F-16 jets as part of a package worth $600 million, the minister said with "
    "pride.",
    # the clause of an unnamed programme that signs nothing names no party
    "Peru bought 12 Rafale jets under a programme that competes with Chile's.",
])
def test_no_seller_without_a_signed_deal_party(role_pairs, text):
    assert role_pairs(text) == set()


def test_a_relative_clause_that_does_not_list_contents_adds_no_item(role_pairs, run):
    text = ("Brazil bought the helicopters as part of a deal signed with France, which also "
            "plans to build a submarine base.")
    assert role_pairs(text) == {("France", "Brazil")}
    assert _items(run, text) == {"helicopter"}


# --- "bound for" / "destined for": the recipient of a supplied weapon or a shipment ---------


@pytest.mark.parametrize("text, pair", [
    ("Police seized Iranian-supplied rifles bound for Hezbollah.", ("Iran", "Hezbollah")),
    ("The ship was carrying Chinese-supplied rockets destined for Sudan.", ("China", "Sudan")),
    # material without a named weapon: a supply line without an item
    ("A freighter was carrying North Korean-supplied weapons bound for Syria, officials said.",
     ("North Korea", "Syria")),
    ("Officials intercepted a shipment of weapons from North Korea bound for Syria.",
     ("North Korea", "Syria")),
])
def test_bound_for_names_the_recipient(role_pairs, text, pair):
    assert pair in role_pairs(text)


@pytest.mark.parametrize("text", [
    "Police seized Russian-made rifles bound for Hezbollah.",  # origin, no supply
    "Customs officers found Iranian-supplied arms in a warehouse near the port.",  # no recipient
    "The navy stopped Iranian-supplied arms bound for the port of Aden.",  # a place, no actor
])
def test_no_recipient_without_a_supply_and_an_actor_bound_for(role_pairs, text):
    assert role_pairs(text) == set()


# --- "turn over" is a hand-over like "hand over"; "over" taken for a preposition ------------


@pytest.mark.parametrize("text, pair, item", [
    # "patrol vessel" is a kind of its own beside the patrol boat (stop 69, h-wpn3)
    ("Japan turned over two patrol vessels to Vietnam in 2019.", ("Japan", "Vietnam"),
     "patrol vessel"),
    ("The United States turned two cutters over to the Philippine Navy.",
     ("United States", "Navy (Philippines)"), "cutter"),
    ("Australia has turned over four Guardian-class patrol boats to Fiji, officials said.",
     ("Australia", "Fiji"), "Guardian-class boat"),
    # a headline: the parser takes "over" for a preposition with the item as its object
    ("Japan hands over donated corvette to Vietnam\n\n", ("Japan", "Vietnam"), "corvette"),
])
def test_turning_or_handing_over_supplies_the_item(role_pairs, run, text, pair, item):
    assert pair in role_pairs(text)
    assert item in _items(run, text)


@pytest.mark.parametrize("text", [
    "Nigeria turned to Moscow after Britain stopped its deliveries.",
    "The government turned over the investigation to the police.",
    "Egypt turned down an offer of French jets.",
    "The fighting turned over the weekend.",
])
def test_turning_without_a_handed_over_weapon_supplies_nothing(role_pairs, text):
    assert role_pairs(text) == set()


# --- "armed and trained the army": the supply verb shares the object of the verb after it ----


@pytest.mark.parametrize("text, pair", [
    ("Iran has armed and financed Hezbollah for decades.", ("Iran", "Hezbollah")),
    ("Russia supplied and trained the Syrian army, officials said.", ("Russia", "Army (Syria)")),
    # inside an accusation, with a perfect gerund
    ("Kigali accuses Paris of having armed and trained the Burundian army.",
     ("France", "Army (Burundi)")),
    ("Washington accuses Tehran of arming and training the Houthis.", ("Iran", "Houthis")),
])
def test_a_supply_verb_shares_the_object_of_the_support_verb_after_it(role_pairs, text, pair):
    assert pair in role_pairs(text)


@pytest.mark.parametrize("text", [
    "Iran armed and later attacked the Kurdish rebels.",  # not a verb of support
    "Russia supplied and Iran paid for the drones.",  # a subject of its own
    "France sold and Germany trained the Malian army.",
])
def test_no_shared_object_across_a_subject_or_a_verb_of_another_kind(role_pairs, text):
    assert role_pairs(text) == set()


# --- "build the ships … and hand them over to X": the pronoun is the first verb's object -----


@pytest.mark.parametrize("text, pair", [
    ("Under the contract, Hanwha Ocean will build the three ships at its yard in Geoje and hand "
     "them over to the Thai navy by 2027.", ("Hanwha", "Navy (Thailand)")),
    ("Under the deal, Damen will build four vessels in Galati and deliver them to Vietnam by "
     "2024.", ("Damen", "Vietnam")),
    ("Fincantieri refitted the two ships at La Spezia and then handed them over to Indonesia.",
     ("Fincantieri", "Indonesia")),
])
def test_a_pronoun_object_stands_for_the_first_verbs_material(role_pairs, text, pair):
    assert pair in role_pairs(text)


@pytest.mark.parametrize("text", [
    # the first verb's object is no material
    "Under the contract, Austal will build the ferries in Henderson and deliver them to Tonga.",
    # "them" with no verb before it in the sentence
    "Last year Saab handed them over to Brazil.",
])
def test_a_pronoun_object_without_material_before_it_supplies_nothing(role_pairs, text):
    assert role_pairs(text) == set()


# --- "It returned them to the manufacturer, X": weapons named before; the name in apposition ---


@pytest.mark.parametrize("text, pair, item", [
    ("Algeria bought 15 MiG-29 fighters from Russia in 2006. It returned them to Moscow in 2008.",
     ("Algeria", "Russia"), "MiG-29"),
    # the description's name in apposition is the recipient, not the firm named before
    ("Jordan bought 12 Su-30 jets in 2010 while talks with Boeing went on. It returned them to "
     "the manufacturer, Sukhoi, in 2014.", ("Jordan", "Sukhoi"), "Su-30"),
    ("India bought ten Mirage 2000 jets in 1985 as talks with Moscow dragged on. It returned "
     "them to the manufacturer, Dassault, in 2015.", ("India", "Dassault Aviation"),
     "Mirage 2000"),
])
def test_returning_them_returns_the_weapons_named_before(role_pairs, run, text, pair, item):
    assert pair in role_pairs(text)
    assert item in _items(run, text)


def test_a_description_without_a_name_still_points_back(role_pairs):
    text = ("Jordan bought 12 Su-30 jets from Sukhoi in 2010. It returned them to the "
            "manufacturer in 2014.")
    assert ("Jordan", "Sukhoi") in role_pairs(text)


@pytest.mark.parametrize("text", [
    "The court heard the case in 2010. It returned them to the committee in 2011.",
    "India bought ten Mirage 2000 jets in 1985. It returned the favour to France in 2015.",
])
def test_returning_no_weapon_supplies_nothing_new(role_pairs, text):
    assert not any(a in ("India", "court") and b in ("France", "committee")
                   for a, b in role_pairs(text))


# --- "sold the kingdom F-16 jets": a description the parser hung on the object receives -------


@pytest.mark.parametrize("text, pair", [
    ("Morocco wants to modernise its forces. The United States sold the kingdom F-16 jets in 2008.",
     ("United States", "Morocco")),
    ("Saudi Arabia signed a defence pact with France on Monday. France has sold the kingdom 30 "
     "Rafale jets.", ("France", "Saudi Arabia")),
    ("Chile's army has long wanted new armour. Germany agreed to sell the army Marder infantry "
     "fighting vehicles.", ("Germany", "Army (Chile)")),
])
def test_a_description_before_the_object_is_the_indirect_object(role_pairs, text, pair):
    assert pair in role_pairs(text)


@pytest.mark.parametrize("text", [
    "Lebanon's army needs money. Saudi Arabia has also given the army a separate $1 billion "
    "grant.",  # money
    "The Philippines wants to build a navy. The FA-50s would give the air force a basic ability "
    "to intercept intruders.",  # no transfer
])
def test_a_description_given_no_material_receives_nothing(role_pairs, text):
    assert role_pairs(text) == set()


# --- "X signs for N weapons from Z": a headline's purchase ------------------------------------


@pytest.mark.parametrize("text, pair", [
    ("Croatia signs for 12 used Rafale jets from France\n\n", ("France", "Croatia")),
    ("Serbia signs for six Rafale jets from Dassault\n\n", ("Dassault Aviation", "Serbia")),
    ("Egypt signed for 24 Rafale jets from France on Monday.", ("France", "Egypt")),
])
def test_signing_for_weapons_from_a_seller_buys_them(role_pairs, text, pair):
    assert pair in role_pairs(text)


@pytest.mark.parametrize("text", [
    "Foreign Minister Andrei Gromyko signed for the Soviet Union in a brief ceremony.",  # on behalf
    "Croatia will sign for 12 Rafale jets from France next month.",  # planned
    "Croatia did not sign for the Rafale jets from France.",  # negated
])
def test_signing_for_a_state_or_not_yet_buys_nothing(role_pairs, text):
    assert role_pairs(text) == set()


# --- "the shipments, which include tanks": the contents of the transfer stated just before ----


@pytest.mark.parametrize("text, items", [
    ("Belarus has been sending arms to Russia since March. The deliveries include T-72 tanks "
     "and artillery shells, officials said.", {"T-72 tank", "artillery shell"}),
    ("Belarus has been sending arms to Russia since March. The shipments, officials said, "
     "include T-72 tanks and artillery shells.", {"T-72 tank", "artillery shell"}),
    ("Oslo acknowledged that it had been supplying weapons to Kyiv for a year. A spokesman said "
     "that the shipments, which include howitzers and anti-aircraft guns, were legal.",
     {"howitzer", "anti-aircraft gun"}),
])
def test_the_transfers_contents_are_supplied_by_its_supplier(run, text, items):
    _, rels = run(text)
    listed = [r for r in rels if r.relation == "supplies" and set(
        m.key or m.lemma for m in r.role("item")) == items]
    assert listed and all(r.role("supplier") and r.role("recipient") for r in listed)


@pytest.mark.parametrize("text", [
    "Belarus has been sending arms to Russia since March. Other shipments include T-72 tanks.",
    "Belarus has been sending arms to Russia since March. Its exports include potash and "
    "tanks.",  # not a definite transfer noun
    "Belarus sells potash. The shipments include T-72 tanks.",  # no supply before
])
def test_no_contents_without_a_definite_transfer_just_stated(run, text):
    assert not _items(run, text) & {"T-72 tank", "tank"}
