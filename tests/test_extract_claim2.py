"""`reports` constructions of issue 12 (stop 21, h-claim2), on sentences written for this test
(invented or generic participants, not taken from any article or corpus): each construction has
cases where a claim must appear and near-misses where a claimant must not."""

from __future__ import annotations

import pytest


def _check(found, claimant, fragment):
    """A claim of ``claimant`` holding ``fragment``; none of ``claimant`` when it is None."""
    ours = [s.lower() for c, s in found if c == claimant]
    assert any(fragment.lower() in s for s in ours) if fragment else not ours, found


# --- a dateline with the year in brackets ("QUITO, February 3 (2009) - ") is a dateline:
# "the government" of its story is the dateline's state, and no statement holds it ---------
DATELINE_SAID = [
    ("year_dateline_government_spokesman",
     "NAIROBI, March 4 (1998) - Kenya began sending troops to Somalia on Monday. About 300 "
     "soldiers left Nairobi airport aboard French and Italian transport planes, a government "
     "spokesman said.", "Kenya", "300 soldiers left"),
    ("year_dateline_government_officials",
     "ACCRA, October 2 (1987) - Ghana has ordered six patrol boats from Spain. The boats "
     "will be built in Cadiz with Spanish and German engines, government officials said.",
     "Ghana", "boats will be built"),
]
DATELINE_NOT_SAID = [
    ("year_dateline_adjective_not_speaker",
     "NAIROBI, March 4 (1998) - Kenya began sending troops to Somalia on Monday. About 300 "
     "soldiers left Nairobi airport aboard French and Italian transport planes, a government "
     "spokesman said.", "Italy"),
    ("year_dateline_adjective_not_speaker_2",
     "ACCRA, October 2 (1987) - Ghana has ordered six patrol boats from Spain. The boats "
     "will be built in Cadiz with Spanish and German engines, government officials said.",
     "Germany"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    *(pytest.param(t, c, f, id=i) for i, t, c, f in DATELINE_SAID),
    *(pytest.param(t, c, None, id=i) for i, t, c in DATELINE_NOT_SAID)])
def test_dateline_with_year(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


def test_year_dateline_is_no_statement(claims):
    """The dateline "LIMA, June 9 (2004) - " is no part of what is said."""
    found = claims("LIMA, June 9 (2004) - Peru has bought two frigates from Italy, a defence "
                   "ministry spokesman said.")
    assert found and all(not s.startswith("LIMA") for _, s in found), found


def test_government_of_a_leader_is_not_the_datelines(relations):
    """"the government of President X" is his state, never the dateline's."""
    found = relations("WASHINGTON, May 2 (1979) - Uganda's President Ali Amin flew to Moscow "
                      "in April. The Soviet Union has shipped tanks to the government of "
                      "President Ali Amin, officials said.")
    assert all("United States" not in roles.get("recipient", ()) for _, roles in found), found


# --- outlets the text does not name: "Russian newspapers reported" has no claimant (R5) -----
@pytest.mark.parametrize(("text", "claimant"), [
    ("Kenya has ordered four corvettes from Turkey, Kenyan newspapers reported on Monday.",
     "Kenya"),
    ("A second batch of rifles is on its way, Ugandan papers have reported.", "Uganda"),
    ("Some Ghanaian newspapers called the purchase \"a waste of money\".", "Ghana"),
])
def test_unnamed_newspapers_are_no_claimant(claims, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # "X media" keeps the country (dev conventions R5); a named paper is the outlet
    ("Kenyan media reported that the corvettes had arrived in Mombasa.", "Kenya",
     "corvettes had arrived"),
    ("The Daily Lantern reported the sale on Monday. The newspaper said the rifles had "
     "arrived in Kampala.", "Daily Lantern", "rifles had arrived"),
    # a nationality beside the newspapers still speaks for itself
    ("Kenyan officials said the corvettes had arrived, local newspapers reported.", "Kenya",
     "corvettes had arrived"),
])
def test_named_or_media_outlets_still_claim(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


# --- "called the raid "piracy"": a quoted common noun after the object, which the parser
# takes for the object, is what the object is called (R1) ------------------------------------
@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Nairobi called the raid \"piracy\" and demanded the crew's release.", "Kenya",
     "raid \"piracy"),
    ("Uganda called the blockade \"aggression\".", "Uganda", "blockade \"aggression"),
    ("Ghana called the embargo \"blackmail\" and recalled its envoy.", "Ghana",
     "embargo \"blackmail"),
])
def test_called_object_quoted_noun(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    ("Kenya called the new frigate \"Umoja\".", "Kenya"),  # a name, no claim
    ("Kenya called the frigate \"Umoja\" and sent it to Mombasa.", "Kenya"),
    ("Uganda called the navy chief home for talks.", "Uganda"),  # a summons
])
def test_called_name_or_summons_is_no_claim(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- a firm's spokesman speaks for the firm, not for the capital that locates him -----------
@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Kenya ordered four corvettes from the Turkish shipbuilder Marmara Tersane. A company "
     "spokesman in Ankara said the yard hoped to win further orders in Africa.",
     "Marmara Tersane", "further orders"),
    ("Ghana bought two patrol boats from the German firm Ostholm. A company spokesman in "
     "Berlin said the boats would be delivered in May.", "Ostholm", "delivered in May"),
    # a government's spokesman in a capital still speaks for that state (R9)
    ("Ghana bought two patrol boats from the German firm Ostholm. A government spokesman in "
     "Accra said the boats would be delivered in May.", "Ghana", "delivered in May"),
])
def test_company_spokesman_in_capital(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    ("Kenya ordered four corvettes from the Turkish shipbuilder Marmara Tersane. A company "
     "spokesman in Ankara said the yard hoped to win further orders in Africa.", "Turkey"),
    ("Ghana bought two patrol boats from the German firm Ostholm. A company spokesman in "
     "Berlin said the boats would be delivered in May.", "Germany"),
])
def test_company_spokesman_not_the_capitals_state(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- "Carter administration officials said": the leader's name only qualifies his government,
# whose state speaks (R5 "Administration officials"), not the leader ------------------------
LEADER_GOVERNMENT = ("Kenyan President Daniel Otieno met the Ugandan envoy in Nairobi. "
                     "Uganda has sent 2,000 troops to the border, Otieno administration "
                     "officials said on Friday.")
LEADER_GOVERNMENT_2 = ("Ghanaian President Kwesi Boateng flew to Lagos on Monday. Togo has "
                       "bought four patrol boats from France, Boateng government officials "
                       "said.")


@pytest.mark.parametrize(("text", "claimant"), [
    (LEADER_GOVERNMENT, "Daniel Otieno"), (LEADER_GOVERNMENT, "Otieno"),
    (LEADER_GOVERNMENT_2, "Kwesi Boateng"), (LEADER_GOVERNMENT_2, "Boateng"),
])
def test_leaders_administration_officials_are_not_the_leader(claims, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    (LEADER_GOVERNMENT, "Kenya", "2,000 troops"),
    (LEADER_GOVERNMENT_2, "Ghana", "patrol boats"),
    # the leader himself still speaks
    ("Kenyan President Daniel Otieno met the Ugandan envoy in Nairobi. Otieno said Uganda "
     "had sent 2,000 troops to the border.", "Otieno", "2,000 troops"),
])
def test_leaders_administration_officials_speak_for_the_state(claims, text, claimant,
                                                              fragment):
    _check(claims(text), claimant, fragment)


# --- "assured Congress in a letter that …": a clause-taking verb's "that" clause after an
# adverbial, which the parser hangs on the adverbial's noun --------------------------------
@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("President Amara Diallo assured parliament in a letter that the rifles would be "
     "\"purely defensive\".", "Amara Diallo", "rifles would be"),
    ("Uganda informed Kenya in a note on Monday that the frigates would sail in May.",
     "Uganda", "frigates would sail"),
    ("Kofi Mensah assured reporters at the time that the order was final.", "Kofi Mensah",
     "order was final"),
])
def test_clause_after_adverbial(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    ("Uganda assured Kenya in a letter of its full support.", "Uganda"),  # no clause
    ("Ghana assured its allies at the summit.", "Ghana"),
])
def test_assurance_without_clause_is_no_claim(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- "officials in both capitals said": the two states named last speak ---------------------
BOTH_CAPITALS = ("Kenya and Uganda signed a border accord in Arusha on Monday. The talks took "
                 "two years, officials in both capitals said.")
BOTH_GOVERNMENTS = ("Ghana has bought four patrol boats from France, officials from both "
                    "governments said.")
BOTH_COUNTRIES = ("Peru has received two frigates from Italy, making the South American "
                  "country the Italian yard's largest customer, officials in both countries "
                  "said.")


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    (BOTH_CAPITALS, "Kenya", "talks took two years"),
    (BOTH_CAPITALS, "Uganda", "talks took two years"),
    (BOTH_GOVERNMENTS, "Ghana", "patrol boats"),
    (BOTH_GOVERNMENTS, "France", "patrol boats"),
    (BOTH_COUNTRIES, "Peru", "two frigates"),
    (BOTH_COUNTRIES, "Italy", "two frigates"),
])
def test_officials_of_both_states(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    # "the South American country" describes Peru; it names no other state
    (BOTH_COUNTRIES, "United States"),
    # no two states named: no claimant
    ("The talks took two years, officials in both capitals said.", "Kenya"),
    # rebels are no officials of the states
    ("Kenya and Uganda signed a border accord in Arusha on Monday. Rebels in both countries "
     "said the accord would fail.", "Kenya"),
])
def test_officials_of_both_states_near_misses(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- "announced the contribution": a plain object with no clause states nothing ------------
@pytest.mark.parametrize(("text", "claimant"), [
    ("The government in Nairobi announced the contribution in November.", "Kenya"),
    ("Ghana announced a clinic and other aid projects for the island.", "Ghana"),
    ("Uganda announced the transfer last week.", "Uganda"),
])
def test_announced_noun_phrase_is_no_claim(claims, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Kenya announced the plan to buy the jets in May.", "Kenya", "plan to buy the jets"),
    ("Kenya announced that it would buy six jets from Sweden.", "Kenya", "buy six jets"),
    ("Ghana announced on Monday it would send 200 soldiers to Mali.", "Ghana",
     "send 200 soldiers"),
])
def test_announced_clause_is_a_claim(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


# --- "X rejected the accusation.": the denier's claim is the accusation made before (R4) ----
@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Kenya accused Uganda of arming the rebels in the north. Uganda's foreign ministry "
     "rejected the accusation.", "Ministry of Foreign Affairs (Uganda)", "arming the rebels"),
    ("Kenya accused Uganda of arming the rebels. \"This is a fact,\" the minister said. "
     "Uganda rejected the accusations.", "Uganda", "arming the rebels"),
    # a denial with its own clause keeps it
    ("Uganda rejected the accusation that it had armed the rebels.", "Uganda",
     "armed the rebels"),
    # one that judges what it rejects ("as baseless") is a claim of its own
    ("The accusation was rejected by Kampala as baseless.", "Uganda", "accusation"),
])
def test_bare_denial_denies_the_accusation_before(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize("text", [
    "Uganda rejected the accusation.",  # no accusation named: nothing is stated
    # nothing told before (s62 h-rep75: a claim told just before is what "the charge" denies,
    # tests/test_h_rep75_s55.py)
    "Kenya sent two battalions to the border. Uganda rejected the charge.",
])
def test_bare_denial_without_accusation_is_no_claim(claims, text):
    # (s36 h-rep39: "the accusation" alone states nothing, as "dismissed the claim"; it was
    # kept with its own two words before)
    assert [s for c, s in claims(text) if c == "Uganda"] == []


# --- "told the troops before they embarked that …": the "that" clause after a temporal clause
# is what was told ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Kofi Mensah told the soldiers before they left that they would be home by Christmas.",
     "Kofi Mensah", "home by christmas"),
    ("Kofi Mensah told reporters after the meeting ended that the talks had failed.",
     "Kofi Mensah", "talks had failed"),
])
def test_that_clause_after_temporal_clause(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


def test_temporal_clause_with_its_own_that_clause(claims):
    """"after he learned that …": the clause is what he learned, not what he told."""
    found = claims("Kofi Mensah told reporters after he learned that the ship had sunk.")
    assert all("ship had sunk" not in s for _, s in found), found
