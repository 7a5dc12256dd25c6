"""Issue 12 (h-sign4): signing constructions from the fresh dev articles d86–d125, each tested
on sentences written for this file (real spaCy parse), with a negative beside each. Names are
compared as `kg eval` compares them (lower case, a plural -s dropped: "thale", "solomon island").
"""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

TREATY = "Kenya signed the Nairobi Treaty on Monday. "
# (s59 h-sig8: "agreed on a … pact" is now a signing, S1 and stop 57's census; "proposed" keeps
# the states unsigned, as this context needs)
REEF = "Peru, Chile and Ecuador proposed a coral reef pact last year. "
TALKS = "Chile and Peru held talks in Lima on Monday. "
MOU = "The two leaders also signed a memorandum of understanding on fisheries."
SPAIN = "Peru signed a deal with Spain to buy 12 jets. "

# (id, text, the parties of its asserted signings)
SIGNERS = [
    # "announced that A had signed …": the complementiser is no plan marker (d98)
    ("that-clause", "The minister announced on Monday that Peru had signed an agreement with "
     "Italy to buy two frigates.", {"peru", "italy"}),
    # "a pact that A, B's neighbour, concluded with C": the apposition names no party (d91)
    ("relative-that", "The accord follows a security pact that the Solomon Islands, Papua New "
     "Guinea's neighbour, concluded with Beijing last year.", {"solomon island", "china"}),
    ("that-clause-if", "Officials said that Peru would sign an agreement with Italy if the "
     "price fell.", set()),
    # the relative clause hangs on the deal's value (d102)
    ("relative-on-value", "The radars arrived under a deal worth nearly 300 million euros that "
     "Chile signed with Thales last spring, the ministry said.", {"chile", "thale"}),
    ("relative-on-value-paid", "The radars arrived under a deal worth nearly 300 million euros "
     "that Chile paid in cash.", set()),
    # "by A for X, B for Y and C for Z" (d106)
    ("signers-for-states", REEF + "The pact was signed in Lima on Monday by Foreign Minister Ana "
     "Soto for Peru, Marco Diaz for Chile and Luis Vega for Ecuador.",
     {"ana soto", "marco diaz", "luis vega"}),
    # the agent's "by" hangs on a place's apposition (d106)
    ("agent-on-apposition", REEF + "The pact was signed at the Town Hall, the old colonial "
     "building near the harbour, by Foreign Minister Ana Soto for Lima and Marco Diaz for "
     "Santiago.", {"ana soto", "marco diaz"}),
    ("participle-agent", REEF + "The pact was signed at the Town Hall, a building designed by "
     "Gustave Eiffel, on Monday.", set()),
    ("first-to-criticise", TREATY + "Uganda was the first to criticise it.", {"kenya"}),
    # the parser hangs "President A" on "President B" as a modifier (d36, d37)
    ("two-titled-signers", "Chilean President Ana Soto and Peruvian President Luis Vega signed "
     "a treaty on Thursday.", {"ana soto", "luis vega"}),
    # another verb's clause inside the signing clause (d91, d106)
    ("with-in-adverbial", "Chile and Peru signed a defence pact on Monday, as Santiago competes "
     "with Beijing for influence in the region.", {"chile", "peru"}),
    ("with-in-relative", "Peru signed the Lima Accord in May. The accord was concluded days "
     "before the conference that is expected to sign a trade treaty with Japan.", {"peru"}),
    ("with-in-own-clause", "Chile signed a deal with Spain on Monday that will modernise its "
     "navy.", {"chile", "spain"}),
    # the members sign, not the body they belong to (d90)
    ("members-of-body", "The eight members of the Nordic Council signed the Helsinki Rescue "
     "Agreement on Thursday.", set()),
    ("members-apposition", "Norway and Sweden, members of the Nordic Council, signed the "
     "Helsinki Rescue Agreement on Thursday.", {"norway", "sweden"}),
    # a headline's plan (d14)
    ("headline-plan", "Peru to buy six jets from Spain in $2 billion deal", set()),
]

# (id, text, pairs signed, pairs not signed)
PAIRS = [
    # the protocols, not the treaty their clause names; "protocols (<treaty>)" (d86, d66)
    ("protocols", TREATY + "France and Britain also signed protocols pledging not to test "
     "weapons in states that are party to the treaty.",
     {("france", "protocols (nairobi treaty)")}, {("france", "nairobi treaty")}),
    ("own-clause-agreement", TREATY + "France and Britain signed an agreement that will enforce "
     "the treaty.", {("france", "agreement (france–united kingdom)")},
     {("france", "nairobi treaty")}),
    # "was among the first to put its name to the document" (d86)
    ("among-the-first", TREATY + "Uganda, which gave up its missiles in 1990, was among the "
     "first to put its name to the document.", {("uganda", "nairobi treaty")}, set()),
    ("not-among-the-first", TREATY + "Uganda was not among the first to put its name to the "
     "document.", set(), {("uganda", "nairobi treaty")}),
    # a new contract of one named party that is none of the last deal's (d121)
    ("lone-signer", SPAIN + "Chile, which bought 18 jets in May, signed a contract for six more "
     "in March.", {("chile", "arms deal (chile)")}, {("chile", "arms deal (peru–spain)")}),
    # a headline's kind is the named treaty its next lines sign (d88)
    ("headline-named-signed", "Ghana and Togo sign revised border treaty\n\nACCRA, May 2 "
     "(Reuters) - Ghana and Togo signed a new border treaty on Saturday, replacing the 1990 pact "
     "that ended their dispute.\n\nPresident Kofi Mensah and President Yao Agbeko signed the "
     "Treaty of Good Neighbourliness and Cooperation in Accra, while Benin looked on.",
     {("ghana", "treaty of good neighbourliness and cooperation")}, set()),
    # papers of another kind are not the agreement (d64)
    ("acceptance-documents", "India leased the submarine from Russia in 2004 in a deal worth "
     "$900 million. The boat was handed over at a ceremony at the shipyard, where India's "
     "ambassador, Ravi Rao, signed the acceptance documents.", set(),
     {("ravi rao", "arms deal (india–russia)")}),
    ("the-document", "India leased the submarine from Russia in 2004 in a deal worth $900 "
     "million. India's ambassador, Ravi Rao, signed the document at the shipyard.",
     {("ravi rao", "arms deal (india–russia)")}, set()),
    ("purchase-in-deal", "Peru bought six jets from Spain in a $2 billion deal.",
     {("peru", "arms deal (peru–spain)")}, set()),
]

# (id, text, agreements that must be found, agreements that must not)
AGREEMENTS = [
    ("protocols-followed", TREATY + "France followed the protocol.", {"nairobi treaty"},
     {"protocol (nairobi treaty)"}),
    ("last-deal-party", SPAIN + "Spain signed a contract for six more in March.",
     {"arms deal (peru–spain)"}, {"arms deal (spain)"}),
    # the parser takes a dateline's "LIMA" for a second subject of "signed"
    ("dateline-no-signer", "Bolivia's warring sides sign peace deal as US troops land\n\nLIMA, "
     "Aug 18 (AP) - Bolivia's government and the two rebel movements signed a comprehensive "
     "peace agreement in Peru's capital on Monday, ending years of war.", set(),
     {"peace agreement (peru)"}),
    # a headline's kind is the agreement its first lines sign or name (d88, d106)
    ("headline-named", "Chile, Peru and Bolivia sign Andean security pact\n\nLIMA, May 2 "
     "(Reuters) - Chile, Peru and Bolivia signed a three-way security treaty on Saturday. The "
     "accord, which will be known as the Lima Treaty, was signed at the palace.",
     {"lima treaty"}, {"security pact (chile–peru–bolivia)"}),
    ("headline-member-of", "Chile and Peru sign security pact\n\nLIMA, May 2 (Reuters) - Chile "
     "and Peru signed a security pact on Saturday. Both are members of the Andean Trade "
     "Agreement, which Bolivia left in 2006.", {"security pact (chile–peru)"}, set()),
    # a headline's unnamed agreement is the one the lead first names (d17, d89, d91, d101, d109)
    ("headline-lead-contract", "Peru seals contract for Rafale jets as US clears F-16 sale\n\n"
     "LIMA, Feb 10 (AFP) - Peru signed a contract with France's Dassault Aviation on Thursday "
     "for 24 Rafale fighter jets. The contract is worth about $2 billion.",
     {"arms deal (peru–dassault aviation)"}, {"arms deal (peru–united states)"}),
    ("headline-lead-pact", "Chile and Peru sign defence pact amid protests\n\nLIMA, May 22 (AP) "
     "- Chile and Peru signed a defence cooperation agreement on Monday that will let Chilean "
     "forces use Peruvian ports. Critics said the pact was aimed at Bolivia.",
     {"defence cooperation agreement (chile–peru)"}, {"mutual defence treaty (chile–peru)"}),
    ("headline-other-parties", "Chile signs arms deal with Spain\n\nLIMA, May 22 (AP) - Peru "
     "and Bolivia signed a border agreement on Monday after years of talks.",
     {"arms deal (chile–spain)"}, set()),
]


@pytest.mark.parametrize("text, parties", [c[1:] for c in SIGNERS], ids=[c[0] for c in SIGNERS])
def test_signers(run, text, parties):
    _, signed, _ = _observe(run, text)
    assert {p for p, _ in signed} - {"kenya"} == parties - {"kenya"}


FOUND = [("signed", *c) for c in PAIRS] + [("agreements", *c) for c in AGREEMENTS]


@pytest.mark.parametrize("what, text, present, absent", [(c[0], *c[2:]) for c in FOUND],
                         ids=[f"{c[0]}-{c[1]}" for c in FOUND])
def test_found_and_not_found(run, what, text, present, absent):
    agreements, signed, _ = _observe(run, text)
    found = signed if what == "signed" else agreements
    assert present <= found
    assert not absent & found


def test_two_leaders_are_two_people_not_one_named_twice(run):
    # "Vega" after "Luis Vega" is one leader, so the other is Ana Soto (d109)
    _, signed, _ = _observe(run, TALKS + "President Ana Soto of Chile met Prime Minister Luis "
                                         "Vega of Peru. Vega praised the talks. " + MOU)
    assert "ana soto" in {p for p, _ in signed}


def test_two_leaders_need_two_people(run):
    _, signed, _ = _observe(run, TALKS + "Prime Minister Luis Vega of Peru praised the talks. "
                                         "Vega said they went well. " + MOU)
    assert not {p for p, _ in signed} & {"luis vega", "vega"}


def test_possessor_of_the_signer_does_not_sign(run):
    _, signed, _ = _observe(run, "Chilean President Ana Soto's envoy signed a treaty with Peru "
                                 "on Thursday.")
    assert "ana soto" not in {p for p, _ in signed}
