"""Issue 12, stop 32 (h-coref9): a bare "the government" / "the junta" after a lead that names
one state's ruling body as an actor is that state's, however far back and whatever state was
named since. Sentences written for these tests, none taken from a corpus; real spaCy parse.
Positive and negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

HEAD = "Chile says 30 died in port clash\n\n"
LEAD = ("SANTIAGO, May 3 (1990) - Chile's government said on Friday that 30 people were killed "
        "when troops broke up a strike in the port of Valparaiso.\n\n")
MIDDLE = ("Union leaders said the strikers had rifles bought from dealers in Peru. Relief "
          "workers counted many wounded. Most shops stayed closed.\n\n")
CASES = [
    # the last state named is only the dealers' place: the story's government speaks
    ("lead_government_far_back", HEAD + LEAD + MIDDLE + "The government put the number of "
     "strikers at 2,000.", "Chile", "the number of strikers at 2,000"),
    ("lead_government_not_last_state", HEAD + LEAD + MIDDLE + "The government put the number of "
     "strikers at 2,000.", "Peru", None),
    # a dateline that is only a venue: the state whose government the lead names
    ("lead_government_other_dateline",
     "Bolivia says strike is over\n\nLIMA, May 3 (1990) - The Bolivian government said on "
     "Friday that the miners had agreed to return to work.\n\nPeru offered to mediate. Officials "
     "in Lima said talks went well. Buses ran again.\n\nThe government said the mines would "
     "reopen on Monday.", "Bolivia", "the mines would reopen on Monday"),
    # a government named in the lead only as a partner is not the story's
    ("partner_government_no_lead",
     "Chile signs radar deal\n\nSANTIAGO, May 3 (1990) - Chile signed a contract with the "
     "Brazilian government on Friday for six radars.\n\nUnion leaders said the price was high. "
     "Relief workers counted many wounded. Most shops stayed closed.\n\nThe government said "
     "the radars would arrive in 1992.", "Brazil", None),
    # qualified by a place: not the bare description
    ("placed_government_not_lead", HEAD + LEAD + MIDDLE + "The government in Lima said the "
     "rifles were not sold by Peru.", "Peru", "the rifles were not sold"),
]


# --- the lead's acting head of state stands for his state's government ----------------------
LEADER_CASES = [
    ("leader_in_lead",
     "Peru and rebels sign truce\n\nQUITO, May 3 (1990) - Peru's President Carlos Ortega and "
     "the rebel leader signed a truce in the Ecuadorean capital on Friday.\n\nEcuador hosted the "
     "talks. Officials in Quito said they went well. Buses ran again.\n\nThe government says "
     "about 9,000 people have died since 1980.", "Peru", "about 9,000 people have died"),
    # a meeting in a venue's dateline: the leader still acts for the story's state
    ("leader_meets_in_venue",
     "Peru and rebels meet\n\nQUITO, May 3 (1990) - Peru's President Carlos Ortega and the "
     "rebel leader met in the Ecuadorean capital on Friday.\n\nEcuador hosted the talks. "
     "Officials in Quito said they went well. Buses ran again.\n\nThe government says about "
     "9,000 people have died since 1980.", "Peru", "about 9,000 people have died"),
    # the leader only met as an object: not the story's actor
    ("leader_not_acting",
     "Ecuador hosts truce talks\n\nQUITO, May 3 (1990) - Ecuador's foreign minister met Peru's "
     "President Carlos Ortega on Friday.\n\nRelief workers counted many wounded. Officials in "
     "Quito said they went well. Buses ran again.\n\nThe government says about 9,000 people "
     "have died since 1980.", "Peru", None),
]


@pytest.mark.parametrize(("name", "text", "claimant", "fragment"), CASES + LEADER_CASES,
                         ids=[c[0] for c in CASES + LEADER_CASES])
def test_lead_government(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


def test_two_lead_governments_name_no_state(claims):
    text = ("Chile and Peru end border row\n\nSANTIAGO, May 3 (1990) - Chile's government and "
            "Peru's government said on Friday that the border row was over.\n\nUnion leaders "
            "said the rifles came from dealers in Bolivia. Relief workers counted many wounded. "
            "Most shops stayed closed. Buses ran again.\n\nThe government put the number of "
            "troops at 2,000.")
    assert not [c for c, s in claims(text) if "2,000" in s and c in ("Chile", "Peru")]

