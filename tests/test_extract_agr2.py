"""Issue 12, h-agr2 (stop 21): agreement entities (sentences written for these tests, real
spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements, _signed  # the same look-ups as round 4

# --- "signed a declaration in <city>": the "<City> Declaration" (dev d118, d206) ----------

@pytest.mark.parametrize("text, key", [
    ("Ethiopia and Eritrea signed a declaration in Algiers on Tuesday, pledging to end the "
     "border war.", "Algiers Declaration"),
    ("The Arab League adopted a declaration at Khartoum in August that rejected talks.",
     "Khartoum Declaration"),
    ("Ghana and Togo sign border declaration in Lome\n\nACCRA, May 2 - The two presidents met "
     "on Friday.", "Lome Declaration"),
])
def test_declaration_signed_in_a_city_is_named_after_it(run, text, key):
    assert key in _agreements(run, text)


def test_place_named_declaration_is_the_one_the_text_names_later(run):
    text = ("Ethiopia and Eritrea signed a declaration in Algiers on Tuesday, pledging to end "
            "the border war. The Algiers Declaration takes effect at once.")
    mentions, _ = run(text)
    keys = {m.key or m.span.text for m in mentions if m.cls == "Agreement"}
    assert keys == {"Algiers Declaration"}, keys
    assert {p for p, _ in _signed(run, text)} == {"Ethiopia", "Eritrea"}


@pytest.mark.parametrize("text", [
    "Kenya signed a declaration of intent in Nairobi with Uganda.",  # named by its "of"
    "The minister made a declaration in Algiers on Tuesday.",  # no signing
    "Chad and Niger signed a declaration in Nigeria on Tuesday.",  # a state, not a city
    "Chad and Niger signed a declaration on Tuesday.",  # no place
])
def test_declarations_not_signed_in_a_named_city_are_not_place_named(run, text):
    assert not any(k and k.endswith(" Declaration") for k in _agreements(run, text))


# --- "A and B signed a treaty … . The X Treaty bars …": the name of the signed one --------
# (dev d209, d210)

LEAD = ("Chile and Peru signed a {kind} on Monday. Foreign ministers met in Lima for the "
        "ceremony. Both leaders praised the army engineers. ")


def _keys(run, text):
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls == "Agreement"}


@pytest.mark.parametrize("text, name", [  # (dev d108, d191)
    (LEAD.format(kind="agreement") + "Under the Tacna Agreement, both armies will clear the "
     "mines by 2030.", "Tacna Agreement"),
    (LEAD.format(kind="peace accord") + "The Tacna accords provide for joint patrols.",
     "Tacna accords"),
])
def test_name_after_an_opening_preposition_or_in_plural_names_it_too(run, text, name):
    assert _keys(run, text) == {name}


@pytest.mark.parametrize("text, name", [
    (LEAD.format(kind="treaty") + "The Andes Demining Treaty takes effect in May.",
     "Andes Demining Treaty"),
    ("Norway and Finland sign border rescue pact\n\nOSLO, May 2 - Prime Ministers Ola Hansen "
     "and Mikko Virtanen signed a treaty on Monday that pools their rescue helicopters. The "
     "Border Rescue Agreement sets out how crews cross the border.", "Border Rescue Agreement"),
])
def test_first_name_opening_a_sentence_names_the_signed_agreement(run, text, name):
    assert _keys(run, text) == {name}


@pytest.mark.parametrize("text", [
    LEAD.format(kind="fishing accord") + "The Lima Convention already governs the zone.",
    LEAD.format(kind="treaty") + "The Antarctic Treaty of 1959 bars bases there.",
    LEAD.format(kind="treaty") + "Officials said the Andes Treaty would follow.",
    LEAD.format(kind="agreement") + "Under the 1952 Lima Agreement, both navies share the zone.",
])
def test_other_names_stay_other_agreements(run, text):
    assert len(_keys(run, text)) == 2


# --- "would deal with", "to deal with": a verb, no deal (dev d91, d225) --------------------

@pytest.mark.parametrize("text", [
    "Peru and Chile said they would deal with the dispute.",
    'Chile said Peru would "deal with the problem" at once.',
    "Peru and Chile met in Lima to deal with the border dispute.",
])
def test_agreement_word_used_as_a_verb_is_no_agreement(run, text):
    assert _agreements(run, text) == []


@pytest.mark.parametrize("text", [
    "Peru and Chile said they would sign a deal with Spain.",
    "Peru and Chile signed a deal to deal with the dispute.",
])
def test_agreement_nouns_beside_verbs_stay_agreements(run, text):
    assert len(_agreements(run, text)) == 1


# --- "X, which bought … from Z in a deal": the relative's antecedent buys (dev d54, d211) --

@pytest.mark.parametrize("text, key", [
    ("The talks were followed closely in Chile, which bought six frigates from Spain in a "
     "2015 deal.", "arms deal (Chile–Spain)"),
    ("Norway's defence chief visited Madrid. Norway's navy, which bought five frigates from "
     "Navantia in a deal signed in 2000, will retire one.", "arms deal (Norway–Navantia)"),
])
def test_relative_clause_buyer_is_a_party_of_the_deal(run, text, key):
    assert _agreements(run, text) == [key]


@pytest.mark.parametrize("text, key", [
    ("Officials in Peru said Colombia had bought jets from Israel in a deal.",
     "arms deal (Colombia–Israel)"),
    ("Analysts in Peru, which buys its jets from Russia, said Colombia bought jets from "
     "Israel in a deal.", "arms deal (Colombia–Israel)"),
])
def test_other_relatives_and_places_are_no_parties(run, text, key):
    assert _agreements(run, text) == [key]


# --- "a treaty the two countries signed in 2017": a contact relative clause whose counted
# subject is the states named just before (dev d194, d213) ------------------------------

@pytest.mark.parametrize("text, key", [
    ("Kenyan troops crossed into Uganda on Monday. Kenya said it acted under a security "
     "treaty the two countries signed in 2009.", "security treaty (Kenya–Uganda)"),
    ("Fiji is sending police officers to Tonga after two days of unrest. The deployment was "
     "made under a bilateral policing treaty the two countries signed in 2015, he said.",
     "bilateral policing treaty (Fiji–Tonga)"),
])
def test_treaty_the_two_countries_signed_is_theirs(run, text, key):
    assert _agreements(run, text) == [key]


@pytest.mark.parametrize("text", [
    "Fiji is sending police officers to Tonga after two days of unrest. The deployment was "
    "made under a bilateral policing treaty the rebels signed in 2015, he said.",
    "Kenyan troops crossed into Uganda on Monday. Kenya said it acted under a security "
    "treaty the two countries would sign in May.",
])
def test_treaty_not_signed_by_counted_states_gets_no_parties(run, text):
    assert not any(k and "–" in k for k in _agreements(run, text))


# --- "B concluded a similar deal": with the last agreement's partner (dev d19, d220) -------

PERU = ("Peru has signed an agreement with Spain to buy four patrol boats, the ministry said. "
        "The deal, worth 80 million dollars, includes training. ")


@pytest.mark.parametrize("text, key", [
    (PERU + "Ecuador concluded a similar deal for two boats last month.",
     "arms deal (Spain–Ecuador)"),
    (PERU + "Ecuador concluded a similar deal with Italy last month.",
     "arms deal (Ecuador–Italy)"),  # its own partner
    (PERU + "Ecuador and Chile concluded a similar deal last month.",
     "arms deal (Ecuador–Chile)"),  # two signers: theirs
    (PERU + "Ecuador concluded a separate deal for two boats last month.",
     "arms deal (Ecuador)"),  # not "similar"
])
def test_similar_deal_of_one_signer_is_with_the_last_partner(run, text, key):
    keys = _agreements(run, text)
    assert keys[:2] == ["arms deal (Peru–Spain)"] * 2, keys  # "The deal" is Peru's
    assert keys[2:] == [key]
