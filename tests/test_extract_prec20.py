"""Issue 12, stop 20 (h-prec2): relation-pair precision on new text — constructions where kg
asserted a pair the text does not state (sentences written for these tests, none taken from a
corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_prec19 import _deployments, _parties
from tests.test_extract_round5_relations import _supplies

# --- "hope to sell": the rule lemmatizer made "hopes"/"hoped"/"hoping" "hop", so the planning
# head was missed (d200, d201) -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Paris hopes to sell 24 Rafale jets to India before the end of the year.",
    "Seoul, which had hoped to sell K2 tanks to Poland, lost the contest to Germany.",
    "Moscow is hoping to deliver S-400 batteries to Ankara next year, a Kremlin aide said.",
    "Analysts said the gift was a cheap way to win influence in Africa, where Beijing hopes "
    "to sell more drones.",
])
def test_a_hoped_sale_is_no_supply(run, text):
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text, supply", [
    ("Germany sold Leopard tanks to Qatar in 2013, hoping to win further orders in the Gulf.",
     ("Germany", "Qatar", "Leopard tank")),
    ("France sold 24 Rafale jets to Egypt, which hopes to buy more.",
     ("France", "Egypt", "Rafale")),
])
def test_a_sale_beside_a_hope_is_still_a_supply(run, text, supply):
    assert supply in _supplies(run, text)


def test_hope_forms_get_their_lemma(nlp):
    doc = nlp("Chile hopes, Peru hoped and Bolivia is hoping.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope"] * 3


# --- a destination's relative clause and a border's state are not where the force went -------
# (d192 "its Kaliningrad exclave, which borders Lithuania and Poland", d193 "an air base in
# Zulia state, which borders Colombia", "move troops to Colombian border"; d193 and d195 "its
# border with …")


@pytest.mark.parametrize("text, deployer, wrong", [
    ("The Netherlands sent 300 marines to Lithuania, which borders Belarus, in March.",
     "Netherlands", "Belarus"),
    ("Russia moved a brigade to its Kaliningrad region, which lies between Poland and "
     "Lithuania.", "Russia", "Poland"),
    ("Britain deployed a frigate to the port of Duqm, which Oman leases to the Royal Navy.",
     "United Kingdom", "Oman"),
    ("Turkey moved troops and tanks to the Syrian border on Monday.", "Turkey", "Syria"),
    ("India has deployed two divisions to the Chinese frontier in Ladakh.", "India", "China"),
    ("Kenya dispatched troops to the Somali border town of Mandera.", "Kenya", "Somalia"),
])
def test_a_place_only_described_or_across_the_border_is_no_destination(
        run, text, deployer, wrong):
    found = _deployments(run, text)
    assert (deployer, wrong) not in found


@pytest.mark.parametrize("text, deployment", [
    ("The Netherlands sent 300 marines to Lithuania, which borders Belarus, in March.",
     ("Netherlands", "Lithuania")),
    ("Britain deployed a frigate to the port of Duqm, which Oman leases to the Royal Navy.",
     ("United Kingdom", "Duqm")),
    ("India has deployed two divisions to the Chinese frontier in Ladakh.", ("India", "Ladakh")),
    ("Kenya dispatched troops to the Somali border town of Mandera.", ("Kenya", "Mandera")),
    ("The United States deployed 100 troops to Jordan's border with Syria.",
     ("United States", "Jordan")),
    ("Germany deployed a Patriot battery to the Lithuanian city of Vilnius.",
     ("Germany", "Lithuania")),
])
def test_the_destination_itself_stays(run, text, deployment):
    assert deployment in _deployments(run, text)


# --- a body that sends material with no one who received moves its own (d125, d197) ----------


@pytest.mark.parametrize("text", [
    "Since 2016 the U.S. Navy has regularly sent P-8 Poseidon patrol aircraft to the base to "
    "track submarines.",
    "The French air force dispatched four Rafale jets to the island last week.",
    "The U.N. mission has sent attack helicopters to support the Congolese army.",
])
def test_a_body_sending_its_own_material_is_no_supply(run, text):
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text, supply", [
    ("Iran sent Shahed drones to Russia last year.", ("Iran", "Russia", "Shahed")),
    ("Germany sent Leopard tanks and howitzers to the Ukrainian army.",
     ("Germany", "Army (Ukraine)", "Leopard tank")),
    ("China sent drones and rifles to the rebels, the report said.", ("China", None, "rifle")),
])
def test_a_sending_with_a_recipient_or_by_a_state_is_still_a_supply(run, text, supply):
    assert supply in _supplies(run, text)


# --- "said he could neither confirm nor deny …": no claim (d198; like d102's "would neither
# confirm nor deny the purchase") --------------------------------------------------------------


def _claims(run, text):
    _, rels = run(text)
    return {(m.key or m.lemma, r.attr("statement")) for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text", [
    "A spokesman for Rosoboronexport said he could neither confirm nor deny the shipment of "
    "the missiles.",
    "Saab said it could not confirm the report of a second order from Brazil.",
    "Dmitry Peskov told reporters that he could not verify the figures.",
])
def test_declining_to_confirm_is_no_claim(run, text):
    assert _claims(run, text) == set()


@pytest.mark.parametrize("text, claimant", [
    ("Rosoboronexport said it had confirmed the delivery of the first two frigates to Algeria.",
     "Rosoboronexport"),
    ("Dmitry Peskov said Russia had not confirmed the sale to Iran.", "Dmitry Peskov"),
    ("Saab said it could neither confirm nor deny the report, but the company added that talks "
     "with Brazil continued.", "Saab"),
])
def test_a_confirmation_or_another_speaker_is_still_a_claim(run, text, claimant):
    assert claimant in {c for c, _ in _claims(run, text)}


# --- a dateline with a place after the city acts in nothing (d191 "ARUSHA, Tanzania, Aug 4 -";
# 16 readable dev leads have this form, d171–d200 among them) ----------------------------------


@pytest.mark.parametrize("text, parties, place", [
    ("ARUSHA, Tanzania, Aug 4 - Rwandan President Juvenal Habyarimana and the rebel leader "
     "Alexis Kanyarengwe signed a peace agreement on Wednesday.",
     {"Juvenal Habyarimana", "Alexis Kanyarengwe"}, "Tanzania"),
    ("KEFLAVIK, Iceland, Aug 24 (Reuters) - Norway and Denmark signed a defence pact on "
     "Monday.", {"Norway", "Denmark"}, "Iceland"),
    ("CLARK AIR BASE, Philippines, Nov 28 - Japan and Australia signed a logistics agreement "
     "on Tuesday.", {"Japan", "Australia"}, "Philippines"),
])
def test_a_dateline_place_is_no_party(run, text, parties, place):
    found = _parties(run, text)
    assert parties <= found and place not in found


def test_a_list_of_states_opening_a_sentence_is_no_dateline(run):
    assert {"Tanzania", "Kenya", "Uganda"} <= _parties(
        run, "Tanzania, Kenya and Uganda signed the treaty in Arusha on Monday.")


# --- a territorial "claim" on land or water named by a common noun or in a relative clause says
# nothing (d183 "in waters that Hanoi also claims"; named seas in d130, d180) -----------------


@pytest.mark.parametrize("text", [
    "The transfer comes as Chinese vessels press Beijing's claims in waters that Hanoi also "
    "claims.",
    "Vietnam protested, citing the islands, which both Hanoi and Manila claim.",
    "China, which claims most of the sea, reacted cautiously to the sale.",
    "Argentina still claims the islands, the minister said in Buenos Aires.",
])
def test_claiming_land_is_no_claim_of_words(run, text):
    assert not any(c in {"Vietnam", "Philippines", "China", "Argentina"}
                   for c, _ in _claims(run, text))


@pytest.mark.parametrize("text, claimant", [
    ("The report, which Moscow claims is false, said 40 tanks had arrived.", "Russia"),
    ("Hanoi claims that Chinese ships entered its waters last week.", "Vietnam"),
])
def test_a_claim_with_a_clause_is_still_a_claim(run, text, claimant):
    assert claimant in {c for c, _ in _claims(run, text)}


# --- a force "near" a state is outside it, as near its borders (d196 "Iraqi divisions mass near
# Kuwait"; d101 "massed … troops near Ukraine's borders") ----------------------------------------


@pytest.mark.parametrize("text", [
    "U.S. rushes troops and warplanes to Gulf as Iraqi divisions mass near Kuwait",
    "Russia massed 100,000 troops near Ukraine last spring.",
    "Russia has stationed troops near Latvia, officials said.",
    "Turkey deployed tanks near Syria on Monday.",
])
def test_near_a_state_is_no_destination(run, text):
    assert not any(place in {"Kuwait", "Ukraine", "Latvia", "Syria"}
                   for _, place in _deployments(run, text))


@pytest.mark.parametrize("text, deployment", [
    ("France deployed 500 troops near Bamako in January.", ("France", "Mali")),
    ("Britain stationed the Marines at a base near Trondheim.", ("United Kingdom", "Trondheim")),
])
def test_near_a_city_is_still_where_the_force_went(run, text, deployment):
    assert deployment in _deployments(run, text)
