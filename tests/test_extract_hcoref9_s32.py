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


@pytest.mark.parametrize(("name", "text", "claimant", "fragment"), CASES,
                         ids=[c[0] for c in CASES])
def test_lead_government(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


def test_two_lead_governments_name_no_state(claims):
    text = ("Chile and Peru end border row\n\nSANTIAGO, May 3 (1990) - Chile's government and "
            "Peru's government said on Friday that the border row was over.\n\nUnion leaders "
            "said the rifles came from dealers in Bolivia. Relief workers counted many wounded. "
            "Most shops stayed closed. Buses ran again.\n\nThe government put the number of "
            "troops at 2,000.")
    assert not [c for c, s in claims(text) if "2,000" in s and c in ("Chile", "Peru")]
