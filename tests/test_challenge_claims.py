"""Challenge set for `reports` (issue 12): who said what, on sentences written for this test
(invented or generic participants, not taken from any article or from the corpora).

Each case names the expected claimant (the claimant mention's text, without "the" or a
possessive, or its gazetteer key) and a fragment the claim's statement must contain; a case
with claimant ``None`` must yield no claim whose claimant is ``forbidden``.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_mentions, extract_relations

# (id, text, claimant, statement fragment, forbidden claimant)
CASES: list[tuple[str, str, str | None, str | None, str | None]] = [
    # --- reporting verbs -------------------------------------------------------------------
    ("call", "Brazil called the naval exercise \"a provocation\".", "Brazil",
     "naval exercise", None),
    ("stress", "Kenya stressed that its troops would stay in Somalia until the elections.",
     "Kenya", "troops would stay", None),
    ("reply", "Chile replied that the frigates had never entered Peruvian waters.", "Chile",
     "frigates had never entered", None),
    ("write", "Amara Diallo wrote that the convoy had reached the border crossing.",
     "Amara Diallo", "convoy had reached", None),
    ("declare", "Mexico declared that the shipment broke no export rules.", "Mexico",
     "shipment broke no export rules", None),
    ("reaffirm", "Portugal reaffirmed that it would honour the defence pact.", "Portugal",
     "would honour the defence pact", None),
    ("denounce", "Bolivia denounced the blockade as a violation of international law.",
     "Bolivia", "blockade", None),
    ("voice_concern", "Norway voiced concern that the drones could reach civilian areas.",
     "Norway", "drones could reach civilian areas", None),
    ("express_concern", "Finland expressed concern that the missiles were moved closer to "
     "its border.", "Finland", "missiles were moved", None),
    ("warn", "Egypt warned that any attack on the dam would be answered.", "Egypt",
     "attack on the dam", None),
    ("insist", "Vietnam insisted that the patrol boats were on a routine mission.", "Vietnam",
     "patrol boats were on a routine mission", None),
    ("acknowledge", "Greece acknowledged that two of its jets had crossed into the zone.",
     "Greece", "two of its jets had crossed", None),
    ("confirm", "Poland confirmed that the first tanks had arrived at the base.", "Poland",
     "first tanks had arrived", None),
    ("deny", "Belarus denied that it had moved artillery to the frontier.", "Belarus",
     "moved artillery", None),
    ("accuse", "Armenia accused Azerbaijan of shelling villages near the border.", "Armenia",
     "shelling villages", None),
    ("participle_saying", "Ghana withdrew its ambassador, saying the envoy's safety could not "
     "be guaranteed.", "Ghana", "safety could not be guaranteed", None),
    ("participle_adding", "Thailand confirmed the purchase on Monday, adding that the ships "
     "would arrive next year.", "Thailand", "ships would arrive next year", None),
    ("announce", "Morocco announced that it had ordered new patrol aircraft.", "Morocco",
     "ordered new patrol aircraft", None),
    ("claim", "Ethiopia claimed that rebels had seized the airport.", "Ethiopia",
     "rebels had seized the airport", None),
    ("argue", "Canada argued that the sanctions had failed to slow the programme.", "Canada",
     "sanctions had failed", None),
    ("emphasise", "Japan emphasised that the destroyers were for defence only.", "Japan",
     "destroyers were for defence only", None),
    ("admit", "Colombia admitted that the helicopters had been grounded for months.",
     "Colombia", "helicopters had been grounded", None),
    ("reveal", "Sweden revealed that a submarine had been tracked off its coast.", "Sweden",
     "submarine had been tracked", None),
    ("told_reporters", "Nigeria told reporters that the militants had retreated north.",
     "Nigeria", "militants had retreated", None),
    ("quote_inverted", "\"The border is calm,\" said Lucas Moreau, a spokesman for the "
     "mission.", "Lucas Moreau", "border is calm", None),
    ("according_to", "According to Indonesia, the freighter carried no weapons.", "Indonesia",
     "freighter carried no weapons", None),
    ("passive_quote_as", "Pakistan was quoted as saying that the talks had stalled.",
     "Pakistan", "talks had stalled", None),
    # --- claimants: named bodies, nested names, outlets, surnames --------------------------
    ("ministry", "The Defence Ministry of Peru said the radars had been repaired.",
     "Defence Ministry of Peru", "radars had been repaired", None),
    ("nested_council", "The Norwegian Refugee Council said that thousands had fled the "
     "fighting.", "Norwegian Refugee Council", "thousands had fled", "Norway"),
    ("possessive_ministry", "Germany's foreign ministry said the export licence was "
     "suspended.", "Ministry of Foreign Affairs (Germany)", "export licence was suspended", None),
    # a service's officers speak for the service, not its state (dev R8, E17; s29 h-ent18)
    ("nationality_officials", "Chilean navy officials said the corvette had returned to "
     "port.", "Navy (Chile)", "corvette had returned", "Chile"),
    ("nato", "NATO said the alliance would send more ships to the Baltic Sea.", "NATO",
     "more ships", None),
    ("un", "The United Nations said that aid convoys were blocked at the border.",
     "United Nations", "aid convoys were blocked", None),
    ("spokesman_named", "Foreign ministry spokesman Pavel Orlov said the talks would resume "
     "in May.", "Pavel Orlov", "talks would resume", None),
    ("outlet_told", "Rania Haddad told the Reuters news agency that the cargo was seized.",
     "Rania Haddad", "cargo was seized", None),
    ("outlet_reported", "Reuters reported that the battalion had left the city.", "Reuters",
     "battalion had left", None),
    ("outlet_bbc", "The BBC reported that two warships had docked in the port.", "BBC",
     "two warships had docked", None),
    ("surname", "Defence Minister Ingrid Solberg visited the base on Friday. Solberg said "
     "that the new tanks were ready for service.", "Solberg", "new tanks were ready", None),
    ("title_holder", "President Rodrigo Alves met the troops. The president said the "
     "mission would end in June.", "Rodrigo Alves", "mission would end", None),
    ("two_claimants", "France and Germany said the embargo would stay in place.", "France",
     "embargo would stay", None),
    ("two_claimants_second", "France and Germany said the embargo would stay in place.",
     "Germany", "embargo would stay", None),
    ("president_country", "Turkish President Kemal Aydin said the drones were built at home.",
     "Kemal Aydin", "drones were built", None),
    ("company", "Lockheed Martin said the first jets would be delivered in 2026.",
     "Lockheed Martin", "first jets would be delivered", None),
    # --- coreference ------------------------------------------------------------------------
    ("he_said", "Marco Bellini, the Italian defence minister, visited Rome. \"We will send "
     "two frigates,\" he said.", "Marco Bellini", "send two frigates", None),
    ("she_said", "Helena Varga spoke in Budapest on Monday. She said that the army would "
     "buy more helicopters.", "Helena Varga", "army would buy more helicopters", None),
    ("it_said_country", "India tested a new missile on Tuesday. It said the test was a "
     "success.", "India", "test was a success", None),
    ("the_ministry", "The Ministry of Defence of Spain ordered an inquiry. The ministry said "
     "the crash was an accident.", "Ministry of Defence of Spain", "crash was an accident",
     None),
    ("the_company", "Naval Group signed the contract in Paris. The company said the "
     "submarines would be built in Cherbourg.", "Naval Group",
     "submarines would be built", None),
    ("the_agency", "The Associated Press first reported the sale. The agency said the deal "
     "was worth $2 billion.", "Associated Press", "deal was worth", None),
    # --- coordination -----------------------------------------------------------------------
    ("called_and_said", "Australia called the agreement \"historic\" and said it would "
     "strengthen the alliance.", "Australia", "strengthen the alliance", None),
    ("said_and_warned", "Iran said the tanker was seized legally and warned that more "
     "seizures could follow.", "Iran", "more seizures could follow", None),
    ("said_and_added", "Israel said the drone was shot down over the sea and added that no "
     "one was hurt.", "Israel", "no one was hurt", None),
    ("shared_subject_denied", "Russia denied the report and insisted that its soldiers had "
     "never crossed the river.", "Russia", "soldiers had never crossed", None),
    # --- statements -------------------------------------------------------------------------
    ("statement_date", "Spain said on Thursday that it would send a frigate to the Red Sea.",
     "Spain", "send a frigate to the Red Sea", None),
    ("statement_nested", "Ukraine said that Russia had fired 40 missiles overnight.",
     "Ukraine", "Russia had fired 40 missiles", None),
    ("issued_statement", "Qatar issued a statement saying the aircraft had landed safely.",
     "Qatar", "aircraft had landed safely", None),
    ("middle_quote", "The shipment, Italy said, would leave Genoa next week.", "Italy",
     "leave Genoa next week", None),
    ("trailing", "The missiles were fired from the north, Lebanon said.", "Lebanon",
     "missiles were fired from the north", None),
    # --- false positives --------------------------------------------------------------------
    ("adviser_modifier", "A senior Macron adviser said the visit would go ahead.", None, None,
     "Macron"),
    ("person_modifier", "A close Erdogan aide said that the vote would be held in June.", None,
     None, "Erdogan"),
    ("critics_in_city", "Critics in Washington said the deal was rushed.", None, None,
     "United States"),
    ("resident_place", "A resident of Mombasa said the port had been quiet for days.", None,
     None, "Mombasa"),
    ("not_said", "Neither Egypt nor Sudan has confirmed the deliveries.", None, None, "Egypt"),
    ("called_on", "Denmark called on Russia to withdraw its troops.", None, None, "Denmark"),
    ("called_person", "The president called Putin on Monday.", None, None, "Putin"),
    ("wrote_letter", "Ireland wrote a letter to the council.", None, None, "Ireland"),
    ("apposition_first", "Morocco's neighbour Algeria said the border would stay closed.",
     "Algeria", "border would stay closed", "Morocco"),
    # --- second round, written after the first fixes: denials in relative clauses, places
    # and reasons that are no claimant -------------------------------------------------------
    ("charge_rejects", "Kenya accused Uganda of arming the rebels, a charge Kampala rejects.",
     "Kampala", "arming the rebels", None),
    ("which_denies", "Officials said Eritrea had sent fighters across the border, which "
     "Asmara denies.", "Asmara", "sent fighters across the border", None),
    ("charge_government_denies", "Chad accuses neighbouring Niger of sheltering the rebels, "
     "a charge the Niger government denies.", "Niger", "sheltering the rebels", None),
    # (s62 h-rep76: the negated accusation, R4)
    ("accusation_rejected", "Canada accused Venezuela of hiding the aircraft, an accusation "
     "Caracas has always rejected.", "Caracas", "Venezuela did not hide the aircraft", None),
    ("claim_not_denied", "Observers said Serbia had bought the drones, a claim Belgrade did "
     "not deny.", None, None, "Belgrade"),
    ("diplomats_in_city", "Western diplomats in Nairobi said the shipment had been delayed.",
     None, None, "Kenya"),
    ("cited_reason", "Finland cited concerns about the cost of the jets.", None, None,
     "Finland"),
    ("cited_source", "Reuters cited two officials as saying that the ship had sunk.",
     "Reuters", "ship had sunk", None),
    ("warns_addressee", "Russia warns Poland", None, None, "Russia"),
    ("warns_clause", "Russia warned Poland that the base would be a target.", "Russia",
     "base would be a target", None),
    ("hail_as", "Ecuador hailed the accord as a turning point for the region.", "Ecuador",
     "turning point", None),
    ("rule_that", "The International Court of Justice ruled that the blockade was unlawful.",
     "International Court of Justice", "blockade was unlawful", None),
    ("fear_that", "Lithuania fears that the exercise could hide a build-up of troops.",
     "Lithuania", "exercise could hide", None),
    # --- third round: surnames the tagger leaves unnamed, descriptions that name their
    # referent, a participle after a subjectless conjunct --------------------------------------
    ("bare_surname_untagged", "Major General Tomas Okonjo arrived in Accra on Sunday. "
     "\"We are here to help,\" Okonjo told reporters, adding that patrols would begin soon.",
     "Okonjo", "patrols would begin soon", None),
    ("surname_relative", "The talks were led by Defence Secretary Aldo Ferrante. Ferrante, who "
     "was flying to Rome, told reporters that the frigates would sail in May.",
     "Ferrante", "frigates would sail", None),
    ("government_in_capital", "Jordan closed its airspace. The government in Damascus "
     "called the move hostile.", "Syria", "move hostile", "Jordan"),
    ("conjunct_then_adding", "Li Wen said Beijing was \"deeply concerned\" and "
     "urged restraint, adding that the exercise would harm regional trust.", "Li Wen",
     "exercise would harm regional trust", None),
    # --- fourth round: speakers for a body, inverted titles, "that" clauses the parser
    # hangs elsewhere ---------------------------------------------------------------------------
    ("company_spokesman", "Hanwha Aerospace won the order in March. A company spokesman "
     "confirmed only that the first guns had been shipped.", "Hanwha Aerospace",
     "first guns had been shipped", None),
    ("ministry_spokeswoman", "The Ministry of Defence of Chile opened an inquiry. A ministry "
     "spokeswoman said the radar had failed twice.", "Ministry of Defence of Chile",
     "radar had failed twice", None),
    ("indefinite_spokesman_no_title_holder", "Spokesman Omar Saleh met the press in May. "
     "Weeks later a spokesman said the ferry had sunk.", None, None, "Omar Saleh"),
    ("inverted_title", "\"The ceasefire holds,\" said African Union envoy Joseph Mbeki-Tal, "
     "adding that monitors would arrive on Monday.", "Joseph Mbeki-Tal",
     "monitors would arrive on Monday", "African Union"),
    ("statement_that", "Pedro Alvarez said in a statement issued by his lawyers that the "
     "company had acted lawfully.", "Pedro Alvarez", "company had acted lawfully", None),
    # --- fifth round ---------------------------------------------------------------------
    ("headline_semicolon", "Peru and Chile sign border pact; Bolivia warns Peru", None, None,
     "Bolivia"),
    ("relative_called", "Burkina Faso signed a patrol agreement with Niger on Monday, a deal "
     "that Mali has called a direct threat to its security.", "Mali", "direct threat", None),
    ("associate_of_body", "A senior NATO adviser said the drills would continue.", None, None,
     "NATO"),
    ("allies_of_country", "Ukraine's allies said the tanks would arrive in spring.", None,
     None, "Ukraine"),
    ("they_previous_list", "Under the accord, Laos and Cambodia will share radar data. They "
     "also said that the border patrols would be doubled.", "Laos", "patrols would be doubled",
     None),
    ("they_previous_list_second", "Under the accord, Laos and Cambodia will share radar data. "
     "They also said that the border patrols would be doubled.", "Cambodia",
     "patrols would be doubled", None),
    ("raised_concerns", "Chile has raised concerns that the rifles could reach armed gangs.",
     "Chile", "rifles could reach armed gangs", None),
]


# Cases that fail for a reason outside claims, kept visible rather than dropped.
KNOWN = {"she_said": "entities: the NER types the name 'Helena Varga' Agency, so 'She' finds "
                     "no person to refer to"}


def _norm(text: str) -> str:
    text = text.strip().removesuffix("'s").removesuffix("’s")
    for det in ("the ", "The "):
        text = text.removeprefix(det)
    return text.lower()


@pytest.fixture(scope="module")
def claims(nlp, rules, gazetteer):
    def _run(text: str):
        doc = nlp(text)
        ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return [r for r in extract_relations(doc, "d", rules, ms) if r.relation == "reports"]

    return _run


def _names(m) -> set[str]:
    return {_norm(m.span.text), _norm(m.key or ""), _norm(m.lemma or "")} - {""}


@pytest.mark.parametrize(
    ("text", "claimant", "fragment", "forbidden"),
    [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(reason=KNOWN[c[0]], strict=False)]
                  if c[0] in KNOWN else []) for c in CASES])
def test_challenge_claim(claims, text, claimant, fragment, forbidden):
    found = claims(text)
    pairs = [(names, r.attr("statement") or "") for r in found
             for m in r.role("claimant") for names in [_names(m)]]
    if forbidden is not None:
        assert not any(_norm(forbidden) in names for names, _ in pairs), pairs
    if claimant is not None:
        hits = [s for names, s in pairs if _norm(claimant) in names]
        assert hits, pairs
        assert any(fragment.lower() in s.lower() for s in hits), hits


def test_challenge_set_is_large_and_unique():
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)
