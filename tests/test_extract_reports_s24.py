"""`reports` constructions of issue 12, stop 24 (h-rep4), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- a government named by a leader the article gives no state: the state of the place it
# speaks in (dev conventions R5); (id, text, claimant, fragment, or None: no claim of it) ------
LEADER_GOVERNMENT = [
    ("possessive_place_of_saying",
     "Troops crossed the border on Monday. President Marco Duval's government said in "
     "Nairobi that the soldiers had been invited by the authorities.",
     "Kenya", "soldiers had been invited"),
    ("of_leader_place_first",
     "In Lima, the government of President Anton Vell said it had bought the rifles from "
     "Spain for its own defence.",
     "Peru", "bought the rifles"),
    # the place of the saying, not the dateline's state
    ("not_the_dateline_state",
     "WASHINGTON, May 4 (1983) - Arms have reached the port. In Lima, the government of "
     "President Anton Vell said it had bought the rifles from Spain.",
     "United States", None),
    # a leader the article affiliates keeps his own state (`_leaders_state`)
    ("affiliated_leader_own_state",
     "ACCRA, May 4 (1983) - Togolese President Paul Ebbo flew home on Monday. President Paul "
     "Ebbo's government said the border would stay closed.",
     "Togo", "border would stay closed"),
    ("affiliated_leader_not_dateline",
     "ACCRA, May 4 (1983) - Togolese President Paul Ebbo flew home on Monday. President Paul "
     "Ebbo's government said the border would stay closed.",
     "Ghana", None),
]


# --- an apposition that describes the speaker names no claimant: "X, the Angolan rebel
# movement, said" is no claim of Angola, "leaders of the party, a partner in Y's
# coalition" none of Y ------------------------------------------------------------------
DESCRIBED_SPEAKER = [
    ("nationality_in_description",
     "FLORA, the Angolan rebel movement, said it would take part in the elections.",
     "Angola", None),
    ("leader_in_description",
     "Leaders of the Liberal Party, a partner in Prime Minister Anton Vell's coalition, said "
     "they would oppose the purchase.",
     "Anton Vell", None),
    ("party_speaks_not_leader",
     "Leaders of the Liberal Party, a partner in Prime Minister Anton Vell's coalition, said "
     "they would oppose the purchase.",
     "Liberal Party", "would oppose the purchase"),
    # a named apposition still speaks
    ("named_apposition_speaks",
     "The head of the state arms agency, Marco Duval, said the rifles had been delivered.",
     "Marco Duval", "rifles had been delivered"),
]


# --- "In <place>, <speaker> said": the parser may hang the speaker as an apposition of the
# opening place, leaving the verb without a subject; the apposition speaks ------------------
PLACED_SPEAKER = [
    ("official_after_opening_place",
     "In Addis Ababa, an Ethiopian foreign ministry official said his government had been "
     "informed in advance.",
     "Ministry of Foreign Affairs (Ethiopia)", "government had been informed"),
    ("named_after_title_accused_and_said",
     "In Addis Ababa, the Ethiopian Prime Minister, Tesfaye Bekele, accused Eritrean officers "
     "of arming the rebels and said the border would stay closed.",
     "Tesfaye Bekele", "border would stay closed"),
    ("accusation_without_the_place",
     "In Addis Ababa, the Ethiopian Prime Minister, Tesfaye Bekele, accused Eritrean officers "
     "of arming the rebels and said the border would stay closed.",
     "Tesfaye Bekele", "officers of arming the rebels"),
]


def test_placed_speaker_statement_leaves_the_place(claims):
    found = claims("In Addis Ababa, the Ethiopian Prime Minister, Tesfaye Bekele, accused "
                   "Eritrean officers of arming the rebels and said the border would stay "
                   "closed.")
    assert found and all("Ababa" not in s for _, s in found), found

# --- "X said Y must leave … and described …": a finite reporting verb the parser coordinates
# with the reported clause, whose auxiliary it cannot share, is X's second verb, not Y's -----
UNSHARED_CLAUSE = [
    ("modal_clause_then_described",
     "Foreign Minister Marco Duval said Ugandan troops must leave the valley at once and "
     "described the shelling of villages as \"a crime\".",
     "Uganda", None),
    ("progressive_clause_then_warned",
     "President Tesfaye Bekele said Kenya was building up its navy against Ethiopia and "
     "warned that the balance of power in the region was being upset.",
     "Kenya", None),
    ("outer_speaker_warns",
     "President Tesfaye Bekele said Kenya was building up its navy against Ethiopia and "
     "warned that the balance of power in the region was being upset.",
     "Tesfaye Bekele", "balance of power"),
]

# --- a headline "A does X, B warns C": the unquoted clause before a reporting verb with its
# own object is the news, not what B says ("…, B says" still reports it) -----------------
_STORY = "\n\nNAIROBI, May 2 (Reuters) - Kenya said on Monday that more troops had crossed."
HEADLINE = [
    ("headline_warns_object",
     "Ugandan troops pour into Congo, Marco Duval warns Moscow" + _STORY, "Marco Duval", None),
    ("headline_hails_object",
     "Ethiopia receives first Russian jets, Tesfaye Bekele hails \"new era\"" + _STORY,
     "Tesfaye Bekele", None),
    ("headline_says_reports",
     "Ugandan troops pour into Congo, Kenya says" + _STORY, "Kenya", "pour into Congo"),
    ("story_told_reporters_reports",
     "Rebels hold the airport" + _STORY + " The jets would protect the country, Tesfaye "
     "Bekele told reporters.", "Tesfaye Bekele", "jets would protect"),
]

# --- "criticised X as Y", "defended X as Y" are read like "called X Y" (dev conventions R1);
# without the "as" phrase they state nothing (R2) ------------------------------------------
CRITICISED_AS = [
    ("criticised_as",
     "Prime Minister Marco Duval has criticised the treaty as a step towards a new arms race.",
     "Marco Duval", "treaty as a step towards"),
    ("defended_as",
     "Foreign Minister Tesfaye Bekele defended the purchase as a matter of national pride.",
     "Tesfaye Bekele", "purchase as a matter of national pride"),
    ("criticised_plain",
     "Prime Minister Marco Duval has criticised the treaty.", "Marco Duval", None),
    ("defended_plain",
     "Foreign Minister Tesfaye Bekele defended the purchase on Monday.", "Tesfaye Bekele", None),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    pytest.param(*case[1:], id=case[0])
    for case in (*LEADER_GOVERNMENT, *DESCRIBED_SPEAKER, *PLACED_SPEAKER,
                 *UNSHARED_CLAUSE, *HEADLINE, *CRITICISED_AS)])
def test_claimant(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
