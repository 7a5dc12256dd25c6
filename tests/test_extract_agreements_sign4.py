"""Issue 12 (h-sign4): signing constructions from the fresh dev articles d86–d125, each tested
on sentences written for this file (real spaCy parse), with a negative beside each."""

from __future__ import annotations

from test_challenge_agreements import _observe


def test_that_clause_signing_names_the_deal_of_its_parties(run):
    # "announced that A had signed …": the complementiser is no plan marker
    agreements, signed, _ = _observe(run, "The minister announced on Monday that Peru had signed "
                                          "an agreement with Italy to buy two frigates.")
    assert {p for p, _ in signed} == {"peru", "italy"}
    assert len(agreements) == 1


def test_relative_that_clause_names_the_pact_of_its_parties(run):
    agreements, signed, _ = _observe(run, "The accord follows a security pact that the Solomon "
                                          "Islands, Papua New Guinea's neighbour, concluded with "
                                          "Beijing last year.")
    assert agreements == {"security pact (solomon islands–china)"}  # not the neighbour's
    assert {p for p, _ in signed} == {"solomon island", "china"}  # (kg eval's plural -s)


def test_that_clause_with_if_is_still_a_plan(run):
    agreements, signed, _ = _observe(run, "Officials said that Peru would sign an agreement "
                                          "with Italy if the price fell.")
    assert signed == set()


def test_relative_clause_on_the_deal_value_signs_the_deal(run):
    _, signed, _ = _observe(run, "The radars arrived under a deal worth nearly 300 million "
                                 "euros that Chile signed with Thales last spring, the ministry "
                                 "said.")
    assert {p for p, _ in signed} == {"chile", "thale"}  # (kg eval drops a plural -s)


def test_relative_clause_on_the_deal_value_without_signing(run):
    _, signed, _ = _observe(run, "The radars arrived under a deal worth nearly 300 million "
                                 "euros that Chile paid in cash.")
    assert signed == set()


def test_signers_each_for_a_state_in_the_agent(run):
    _, signed, _ = _observe(run, "Peru, Chile and Ecuador agreed on a coral reef pact last year. "
                                 "The pact was signed in Lima on Monday by Foreign Minister Ana "
                                 "Soto for Peru, Marco Diaz for Chile and Luis Vega for Ecuador.")
    assert {p for p, _ in signed} == {"ana soto", "marco diaz", "luis vega"}


def test_agent_hung_on_a_place_apposition(run):
    _, signed, _ = _observe(run, "Peru, Chile and Ecuador agreed on a coral reef pact last year. "
                                 "The pact was signed at the Town Hall, the old colonial building "
                                 "near the harbour, by Foreign Minister Ana Soto for Lima and "
                                 "Marco Diaz for Santiago.")
    assert {p for p, _ in signed} == {"ana soto", "marco diaz"}


def test_agent_of_a_participle_in_the_apposition_is_no_signer(run):
    _, signed, _ = _observe(run, "Peru, Chile and Ecuador agreed on a coral reef pact last year. "
                                 "The pact was signed at the Town Hall, a building designed by "
                                 "Gustave Eiffel, on Monday.")
    assert not any(p == "gustave eiffel" for p, _ in signed)


def test_protocols_signed_are_not_the_treaty_their_clause_names(run):
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Treaty on Monday. France and Britain "
                                 "also signed protocols pledging not to test weapons in states "
                                 "that are party to the treaty.")
    assert ("france", "nairobi treaty") not in signed
    assert ("france", "protocols (nairobi treaty)") in signed  # (dev convention of d66/d86)


def test_protocols_followed_are_no_agreement(run):
    agreements, _, _ = _observe(run, "Kenya signed the Nairobi Treaty on Monday. France "
                                     "followed the protocol.")
    assert agreements == {"nairobi treaty"}


def test_an_agreement_object_keeps_its_own_clause(run):
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Treaty on Monday. France and Britain "
                                 "signed an agreement that will enforce the treaty.")
    assert ("france", "nairobi treaty") not in signed
    assert any(p == "france" for p, _ in signed)


def test_among_the_first_to_put_its_name_to_the_document(run):
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Treaty on Monday. Uganda, which gave "
                                 "up its missiles in 1990, was among the first to put its name "
                                 "to the document.")
    assert ("uganda", "nairobi treaty") in signed


def test_not_among_the_first_signs_nothing(run):
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Treaty on Monday. Uganda was not "
                                 "among the first to put its name to the document.")
    assert ("uganda", "nairobi treaty") not in signed


def test_first_to_criticise_is_no_signing(run):
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Treaty on Monday. Uganda was the "
                                 "first to criticise it.")
    assert signed == {("kenya", "nairobi treaty")}


def test_two_titled_signers_both_sign(run):
    # the parser hangs "President A" on "President B" as a modifier
    _, signed, _ = _observe(run, "Chilean President Ana Soto and Peruvian President Luis Vega "
                                 "signed a treaty on Thursday.")
    assert {p for p, _ in signed} == {"ana soto", "luis vega"}


def test_titled_signer_possessive_is_no_signer(run):
    _, signed, _ = _observe(run, "Chilean President Ana Soto's envoy signed a treaty with Peru "
                                 "on Thursday.")
    assert "ana soto" not in {p for p, _ in signed}


def test_with_party_of_an_adverbial_clause_is_no_signer(run):
    _, signed, _ = _observe(run, "Chile and Peru signed a defence pact on Monday, as Santiago "
                                 "competes with Beijing for influence in the region.")
    assert {p for p, _ in signed} == {"chile", "peru"}


def test_with_party_of_a_relative_clause_is_no_signer(run):
    _, signed, _ = _observe(run, "Peru signed the Lima Accord in May. The accord was concluded "
                                 "days before the conference that is expected to sign a trade "
                                 "treaty with Japan.")
    assert signed == {("peru", "lima accord")}


def test_with_party_of_the_signing_clause_still_signs(run):
    _, signed, _ = _observe(run, "Chile signed a deal with Spain on Monday that will modernise "
                                 "its navy.")
    assert {p for p, _ in signed} == {"chile", "spain"}


def test_headline_kind_is_the_treaty_the_lead_names(run):
    agreements, signed, _ = _observe(run, "Chile, Peru and Bolivia sign Andean security pact\n\n"
                                          "LIMA, May 2 (Reuters) - Chile, Peru and Bolivia "
                                          "signed a three-way security treaty on Saturday. The "
                                          "accord, which will be known as the Lima Treaty, was "
                                          "signed at the palace.")
    assert agreements == {"lima treaty"}
    assert {p for p, _ in signed} == {"chile", "peru", "bolivia"}


def test_headline_kind_is_not_a_treaty_the_parties_merely_belong_to(run):
    agreements, _, _ = _observe(run, "Chile and Peru sign security pact\n\nLIMA, May 2 (Reuters) "
                                     "- Chile and Peru signed a security pact on Saturday. Both "
                                     "are members of the Andean Trade Agreement, which Bolivia "
                                     "left in 2006.")
    assert "security pact (chile–peru)" in agreements


def test_lone_signer_of_a_new_contract_names_its_own_deal(run):
    agreements, signed, _ = _observe(run, "Peru signed a deal with Spain to buy 12 jets. Chile, "
                                          "which bought 18 jets in May, signed a contract for "
                                          "six more in March.")
    assert "arms deal (chile)" in agreements
    assert ("chile", "arms deal (chile)") in signed
    assert ("chile", "arms deal (peru–spain)") not in signed


def test_party_of_the_last_deal_signs_that_deal_again(run):
    agreements, _, _ = _observe(run, "Peru signed a deal with Spain to buy 12 jets. Spain "
                                     "signed a contract for six more in March.")
    assert agreements == {"arms deal (peru–spain)"}


def test_dateline_is_no_lone_signer(run):
    # the parser takes "LIMA" for a second subject of "signed"
    agreements, _, _ = _observe(run, "Bolivia's warring sides sign peace deal as US troops land"
                                     "\n\nLIMA, Aug 18 (AP) - Bolivia's government and the two "
                                     "rebel movements signed a comprehensive peace agreement in "
                                     "Peru's capital on Monday, ending years of war.")
    assert not any(a.endswith("(peru)") for a in agreements)


def test_two_leaders_are_two_people_not_one_named_twice(run):
    _, signed, _ = _observe(run, "Chile and Peru held talks in Lima on Monday. President Ana Soto "
                                 "of Chile met Prime Minister Luis Vega of Peru. Vega praised "
                                 "the talks. The two leaders also signed a memorandum of "
                                 "understanding on fisheries.")
    assert "ana soto" in {p for p, _ in signed}


def test_two_leaders_need_two_people(run):
    _, signed, _ = _observe(run, "Chile and Peru held talks in Lima on Monday. Prime Minister "
                                 "Luis Vega of Peru praised the talks. Vega said they went well. "
                                 "The two leaders also signed a memorandum of understanding on "
                                 "fisheries.")
    assert not {p for p, _ in signed} & {"luis vega", "vega"}


def test_headline_contract_is_the_contract_the_lead_names(run):
    agreements, _, _ = _observe(run, "Peru seals contract for Rafale jets as US clears F-16 sale"
                                     "\n\nLIMA, Feb 10 (AFP) - Peru signed a contract with "
                                     "France's Dassault Aviation on Thursday for 24 Rafale "
                                     "fighter jets. The contract is worth about $2 billion.")
    assert agreements == {"arms deal (peru–dassault aviation)"}


def test_headline_pact_is_the_agreement_the_lead_signs(run):
    agreements, _, _ = _observe(run, "Chile and Peru sign defence pact amid protests\n\nLIMA, "
                                     "May 22 (AP) - Chile and Peru signed a defence cooperation "
                                     "agreement on Monday that will let Chilean forces use "
                                     "Peruvian ports. Critics said the pact was aimed at Bolivia.")
    assert agreements == {"defence cooperation agreement (chile–peru)"}


def test_headline_deal_of_other_parties_stays_apart(run):
    agreements, _, _ = _observe(run, "Chile signs arms deal with Spain\n\nLIMA, May 22 (AP) - "
                                     "Peru and Bolivia signed a border agreement on Monday after "
                                     "years of talks.")
    assert "arms deal (chile–spain)" in agreements


def test_headline_plan_to_buy_in_a_deal_concludes_nothing(run):
    _, signed, _ = _observe(run, "Peru to buy six jets from Spain in $2 billion deal")
    assert signed == set()


def test_purchase_in_a_deal_concludes_it(run):
    _, signed, _ = _observe(run, "Peru bought six jets from Spain in a $2 billion deal.")
    assert ("peru", "arms deal (peru–spain)") in signed
