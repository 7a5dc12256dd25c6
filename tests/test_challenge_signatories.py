"""Issue 12 challenge set, round 2: lists of signatories (multilateral signings).

Sentences written for this test (invented treaties and people, real states), each with the
asserted `signed` parties the conventions of tests/gold/README.md and tests/corpus/dev/README.md
ask for: every state or person a sentence names as putting its signature to the agreement,
however the list is built ("were among the states that signed", a passive "signed … by A, B
and C", "alongside the leaders of A and B", "put his name to … with A and B", a list after a
colon, "became the tenth state to sign", "X, which signed …"). Unnamed officials of a state
("the leaders of Chile") make that state a party; a person who signs is a party as a person.
Plans, refusals and ratifications are no signing.
"""

from __future__ import annotations

import pytest


def _norm(name: str) -> str:
    return name.lower().removeprefix("the ")


def _signed(run, text: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    return {(_norm(p.key or p.lemma or p.span.text), _norm(a.key or a.lemma or a.span.text))
            for r in rels if r.relation == "signed"
            and (r.attr("certainty") or "asserted") == "asserted"
            for p in r.role("party") for a in r.role("agreement")}


VALMORA = "Treaty of Valmora"
CORAL = "Coral Sea Treaty"
VOLTA = "Volta Basin Accord"
NILE = "Nile Basin Pact"

# (id, text, parties, agreement)
CASES = [
    # --- "were among the states that signed / put their signatures to" -------------------
    ("among-signatures", "Chile, Peru and Bolivia were among the states that put their "
     "signatures to the Treaty of Valmora on Monday.", ["Chile", "Peru", "Bolivia"], VALMORA),
    ("among-signed", "Ghana, Togo and Benin were among the countries that signed the Volta "
     "Basin Accord.", ["Ghana", "Togo", "Benin"], VOLTA),
    ("among-one", "Kenya was among the nations that signed the Nile Basin Pact in 2004.",
     ["Kenya"], NILE),
    ("among-first-to-sign", "Norway and Iceland were among the first states to sign the "
     "Coral Sea Treaty.", ["Norway", "Iceland"], CORAL),
    ("among-refused", "Chile and Peru were among the states that refused to sign the Treaty "
     "of Valmora.", [], None),
    # --- passive with a list of agents ----------------------------------------------------
    ("passive-list-host", "The Coral Sea Treaty was signed at the annual summit in Suva by "
     "Fiji, Tonga, Samoa and the host, Vanuatu.", ["Fiji", "Tonga", "Samoa", "Vanuatu"],
     CORAL),
    ("passive-list", "The Nile Basin Pact was signed on Friday by Egypt, Sudan, Ethiopia and "
     "Kenya.", ["Egypt", "Sudan", "Ethiopia", "Kenya"], NILE),
    ("passive-participle", "The Volta Basin Accord, signed by Ghana, Togo and Benin in 1998, "
     "took effect in June.", ["Ghana", "Togo", "Benin"], VOLTA),
    ("passive-officials-of", "The Treaty of Valmora was signed in Lima by the foreign "
     "ministers of Chile, Peru and Bolivia.", ["Chile", "Peru", "Bolivia"], VALMORA),
    ("passive-agent-misattached", "The Nile Basin Pact was signed at the annual meeting of "
     "the African Union by Egypt, Sudan and Kenya.", ["Egypt", "Sudan", "Kenya"], NILE),
    ("participle-agent-misattached", "The Nile Basin Pact, signed on Monday at a hotel near "
     "the town of Aswan by Egypt and Sudan, takes effect in May.", ["Egypt", "Sudan"], NILE),
    ("passive-hosted-by", "The Nile Basin Pact was signed at a ceremony hosted by Egypt.", [],
     None),
    ("passive-officials-and-executives", "The Nile Basin Pact was signed in Cairo by officials "
     "of Egypt and executives of the French shipbuilder Naval Group, which will build the "
     "boats, and of the European missile maker MBDA.", ["Egypt", "Naval Group", "MBDA"], NILE),
    ("passive-people", "The Nile Basin Pact was signed by General Amadou Diallo and Colonel "
     "Ibrahim Keita.", ["Amadou Diallo", "Ibrahim Keita"], NILE),
    # --- "alongside" ------------------------------------------------------------------------
    ("alongside-states", "Kenya signed the Nile Basin Pact alongside Uganda and Tanzania.",
     ["Kenya", "Uganda", "Tanzania"], NILE),
    ("alongside-leaders-of", "President Elena Marquez signed the Treaty of Valmora alongside the "
     "leaders of Chile and Peru.", ["Elena Marquez", "Chile", "Peru"], VALMORA),
    ("alongside-two-groups", "Ghana signed the Volta Basin Accord alongside the ministers of "
     "Togo and Benin, which share the river, and of Niger and Mali, which do not.",
     ["Ghana", "Togo", "Benin", "Niger", "Mali"], VOLTA),
    ("alongside-leaders-or-ministers", "Lars Berg signed the Coral Sea Treaty alongside the "
     "leaders or ministers of Fiji and Tonga, which back him, and of Samoa and Palau, which do "
     "not.", ["Lars Berg", "Fiji", "Tonga", "Samoa", "Palau"], CORAL),
    ("alongside-person", "Prime Minister Lars Berg signed the Coral Sea Treaty alongside "
     "President Jorge Castillo.", ["Lars Berg", "Jorge Castillo"], CORAL),
    # --- "put his name / their names / signatures to … with" --------------------------------
    ("put-name-with", "Foreign Minister Lars Berg put his name to the Coral Sea Treaty with "
     "Jorge Castillo and Elena Marquez.", ["Lars Berg", "Jorge Castillo", "Elena Marquez"], CORAL),
    ("put-name-one-text", "The Coral Sea Treaty was drafted in May. Lars Berg put his name to "
     "one text with Jorge Castillo.", ["Lars Berg", "Jorge Castillo"], CORAL),
    ("put-names", "Egypt and Sudan put their names to the Nile Basin Pact in Cairo.",
     ["Egypt", "Sudan"], NILE),
    ("put-signature", "Elena Marquez put her signature to the Treaty of Valmora on Tuesday.",
     ["Elena Marquez"], VALMORA),
    ("refused-put-names", "The rebels and Chad refused to put their names to the Nile Basin "
     "Pact.", [], None),
    # --- a list after a colon ----------------------------------------------------------------
    ("colon-list", "Five Andean countries signed the Treaty of Valmora on Monday: Bolivia, "
     "Ecuador, Peru, Chile and Colombia.", ["Bolivia", "Ecuador", "Peru", "Chile", "Colombia"],
     VALMORA),
    ("colon-list-passive", "The Coral Sea Treaty was signed by four states: Fiji, Tonga, "
     "Samoa and Palau.", ["Fiji", "Tonga", "Samoa", "Palau"], CORAL),
    # --- "became the Nth state to sign / join" ----------------------------------------------
    ("nth-state", "Chile became the tenth state to sign the Treaty of Valmora.", ["Chile"],
     VALMORA),
    ("nth-country-join", "Mongolia became the 50th country to join the Coral Sea Treaty.",
     ["Mongolia"], CORAL),
    ("first-to-ratify", "Fiji became the first country to ratify the Coral Sea Treaty.", [],
     None),
    ("nth-would-be", "Peru would become the third state to sign the Treaty of Valmora.", [],
     None),
    # --- "X, which signed …" -------------------------------------------------------------
    ("which-signed", "Argentina, which signed the Treaty of Valmora in 1994, has not ratified "
     "it.", ["Argentina"], VALMORA),
    ("which-signed-last-year", "Uruguay, which signed the Volta Basin Accord last year, hosted "
     "the talks.", ["Uruguay"], VOLTA),
    ("who-signed", "Elena Marquez, who signed the Treaty of Valmora in 1994, retired in 2001.",
     ["Elena Marquez"], VALMORA),
    ("which-did-not-sign", "Paraguay, which did not sign the Volta Basin Accord, sent an "
     "observer.", [], None),
    ("which-refused", "Peru, which refused to sign the Treaty of Valmora, walked out.", [],
     None),
    # --- "on behalf of" ---------------------------------------------------------------------
    ("on-behalf-of", "Elena Marquez signed the Treaty of Valmora on behalf of Chile.",
     ["Elena Marquez"], VALMORA),
    # --- protocols and later signatures -----------------------------------------------------
    ("later-signed", "Britain and France later signed the Coral Sea Treaty as well.",
     ["United Kingdom", "France"], CORAL),
    ("will-sign", "Britain said it would sign the Coral Sea Treaty within months.", [], None),
    # --- signatories named in the next sentence ------------------------------------------
    ("next-sentence-signatories", "Six island states signed the Coral Sea Treaty on Friday. "
     "The signatories were Fiji, Tonga and Samoa.", ["Fiji", "Tonga", "Samoa"], CORAL),
    ("next-sentence-among", "Ten states signed the Nile Basin Pact in Cairo. Among the "
     "signatories were Egypt and Sudan.", ["Egypt", "Sudan"], NILE),
    ("not-among-signatories", "Ten states signed the Nile Basin Pact in Cairo. Ethiopia was not "
     "among the signatories.", [], None),
    ("not-among-states", "Chile was not among the states that signed the Treaty of Valmora.",
     [], None),
    # --- coordinated subjects with a relative clause --------------------------------------
    ("subject-relcl", "Kenya and four neighbouring states that border the lake signed the "
     "Nile Basin Pact on Saturday.", ["Kenya"], NILE),
]


@pytest.mark.parametrize("text, parties, agreement", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_signatories(run, text, parties, agreement):
    assert _signed(run, text) == {(_norm(p), _norm(agreement)) for p in parties}
