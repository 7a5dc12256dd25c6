"""Issue 12, stop 81 (h-slice81): orders told with "tell", St Vincent as a country, and a
described name that the parser splits into two subjects.

R2: "<leader> told <someone> to <act>" says what someone is to do, nothing that could be true or
false (the dev conventions' "told them … to stop" gives no line); "told reporters that …" and
"told the envoy (that) …" stay claims (R1). E12: "St Vincent" is the usual short name of Saint
Vincent and the Grenadines (its capital Kingstown). R1: "The opposition <Party> welcomed … but
said …", parsed with "opposition" and the party as two subjects, is the party's claim. Every
sentence was written for these tests (none taken from a corpus; real spaCy parse).
"""

from __future__ import annotations

ORDER = ("Chile tells Peru to withdraw ships\n\nSANTIAGO, May 3 - President Ricardo Lagos told "
         "the Peruvian envoy to withdraw the ships from the disputed waters, officials said.\n")
ORDERS_INSIDE_CLAIM = ("Diplomats said President Lula had told Evo Morales to close the camps. "
                       "Brazil said the border was calm.\n")
CLAUSE = ("Chile says ships left\n\nSANTIAGO, May 3 - President Ricardo Lagos told reporters "
          "that Peru had withdrawn its ships from the disputed waters.\n")
BARE_CLAUSE = ("Chile says ships left\n\nSANTIAGO, May 3 - President Ricardo Lagos told the "
               "Peruvian envoy the ships had to leave the disputed waters by Friday.\n")
ST_VINCENT = ("Grenada sends police to St Vincent\n\nST GEORGE'S, May 3 - Grenada has sent 40 "
              "policemen to St Vincent to help after floods, officials said.\n")


def test_told_to_act_is_an_order_not_a_claim(claims):
    found = claims(ORDER)
    assert not [c for c in found if "withdraw the ships" in c[1]], found


def test_told_to_act_inside_a_claim_gives_the_teller_no_claim(claims):
    found = claims(ORDERS_INSIDE_CLAIM)
    assert not [c for c in found if "close the camps" in c[1]], found
    assert ("Brazil", "the border was calm") in found, found


def test_told_with_a_that_clause_stays_a_claim(speakers):
    assert "Ricardo Lagos" in speakers(CLAUSE, "Peru had withdrawn its ships"), CLAUSE


def test_told_with_a_bare_clause_stays_a_claim(speakers):
    assert "Ricardo Lagos" in speakers(BARE_CLAUSE, "the ships had to leave"), BARE_CLAUSE


def test_st_vincent_is_the_country(role_pairs):
    pairs = role_pairs(ST_VINCENT, "deploys")
    assert ("Grenada", "Saint Vincent and the Grenadines") in pairs, pairs


OPPOSITION = ("Norway buys patrol boats\n\nOSLO, May 3 - Norway has ordered four patrol boats from "
              "Damen, the defence ministry said.\n\nThe opposition Progress Party welcomed the "
              "decision but said the coast guard also needed more crews.\n")


def test_a_described_party_speaks_through_the_conjoined_verb(speakers):
    found = speakers(OPPOSITION, "the coast guard also needed more crews")
    assert found and all("Progress Party" in c for c in found), found
