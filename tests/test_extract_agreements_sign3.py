"""Issue 12 (h-sign3): which entities are a signing's parties and what its agreement is
called, on constructions that recur in the readable dev articles and in the fresh batch
d166–d205 (named in each block), tested on sentences written for this file (real spaCy
parse), with negatives. Names are compared as `kg eval` compares them (lower case, a plural
-s dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe

from kg.extract.refine.spans import DASH


def _deal(kind: str, *parties: str) -> str:
    return _norm(f"{kind} ({DASH.join(parties)})")


# --- a company named with its home state and modifiers of the company noun (d102, d38, d55;
# fresh d174: "the Russian state arms exporter X", "Chinese arms maker X"): the company, not
# its home state, is the contract's party -----------------------------------------------------
# (id, text, the deal's name, the party that must not be in it)
HOMES = [
    ("state-arms-exporter", "Ethiopia signed a contract with the Russian state arms exporter "
     "Rosoboronexport.", _deal("arms deal", "Ethiopia", "Rosoboronexport"), "Russia"),
    ("relative-clause-defence-group", "The jets were supplied under a contract that Zambia "
     "signed with the Italian defence group Leonardo last year.",
     _deal("arms deal", "Zambia", "Leonardo"), "Italy"),
    ("state-shipbuilder-date-between", "Peru signed a contract on Monday with the Spanish "
     "state shipbuilder Navantia for two patrol boats.",
     _deal("arms deal", "Peru", "Navantia"), "Spain"),
]


@pytest.mark.parametrize(("text", "deal", "home"), [h[1:] for h in HOMES],
                         ids=[h[0] for h in HOMES])
def test_company_home_with_modifiers(run, text, deal, home):
    agreements, _, _ = _observe(run, text)
    assert deal in agreements
    assert not any(_norm(home) in a for a in agreements)


def test_company_stands_where_its_home_was_first_named(run):
    """No signing clause names the parties: the deal is named after the article's first
    parties, the company in its home state's place, in the order the text first names the
    company (A1; d174's gold `arms deal (South Sudan–Norinco)` since stop 20; h-sig29)."""
    agreements, _, _ = _observe(run, "China sent peacekeepers to Mali in May. Last year Chinese "
                                "arms maker Norinco shipped rifles to the Malian army, and "
                                "officials said the contract had been signed in 2019.")
    assert _deal("arms deal", "Mali", "Norinco") in agreements


def test_home_state_that_signs_stays_a_party(run):
    """Negative: a state that itself signs is a party, though a company of it is named after."""
    agreements, _, _ = _observe(run, "Ghana signed a contract with the Swedish government, and "
                                "Saab will build the ships.")
    assert _deal("arms deal", "Ghana", "Sweden") in agreements


# --- a title that goes on "in the <sea or region of no one state>" (d90; fresh d171) ---------
TITLES = [
    ("in-listed-sea-not-city", "Iran and Kazakhstan signed the Convention on Navigation in the "
     "Caspian Sea in Tehran on Sunday.", "Convention on Navigation in the Caspian Sea",
     "Convention on Navigation in the Caspian Sea in Tehran"),
    ("two-seas-and", "Norway and Iceland put their signatures to the Treaty on Search and Rescue "
     "in the Mediterranean Sea and the Arctic Ocean at a ceremony in Oslo.",
     "Treaty on Search and Rescue in the Mediterranean Sea and the Arctic Ocean",
     "Treaty on Search and Rescue"),
    ("ner-location", "The ministers of Canada and Denmark put their signatures to the Agreement "
     "on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic at a meeting "
     "in Nuuk.", "Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in "
     "the Arctic", "Agreement on Cooperation on Aeronautical and Maritime Search and Rescue"),
    # "in <continent>" without "the" (d66: "… Nuclear Weapons in Latin America")
    ("in-continent", "Russia and the United States signed the Treaty on Conventional Armed "
     "Forces in Europe in Paris.", "Treaty on Conventional Armed Forces in Europe",
     "Treaty on Conventional Armed Forces in Europe in Paris"),
    ("for-the-prohibition", "Mexico and Brazil signed the Treaty for the Prohibition of Nuclear "
     "Weapons in Latin America in Mexico City on Tuesday.", "Treaty for the Prohibition of "
     "Nuclear Weapons in Latin America", "Treaty for the Prohibition of Nuclear Weapons"),
    # negatives: a capital, a town, a building after "in the" is where it was signed
    ("in-city", "Chile and Peru signed the Agreement on Trade Cooperation in Geneva on Monday.",
     "Agreement on Trade Cooperation", "Agreement on Trade Cooperation in Geneva"),
    ("in-the-capital", "Ghana and Togo signed the Agreement on Trade Cooperation in the capital "
     "on Friday.", "Agreement on Trade Cooperation", "Agreement on Trade Cooperation in the "
     "capital"),
    ("in-the-town-of", "Turkey and Greece signed the Protocol on Border Crossings in the town of "
     "Edirne.", "Protocol on Border Crossings", "Protocol on Border Crossings in the town"),
]


@pytest.mark.parametrize(("text", "name", "not_name"), [t[1:] for t in TITLES],
                         ids=[t[0] for t in TITLES])
def test_titles_in_a_region(run, text, name, not_name):
    agreements, signed, _ = _observe(run, text)
    assert _norm(name) in agreements
    assert _norm(not_name) not in agreements
    assert {a for _, a in signed} == {_norm(name)}


def test_place_named_treaty_takes_no_region(run):
    """Negative: a treaty named after a place ("the Treaty of X") is no description that could
    name its region; "in Africa" says where it applies."""
    agreements, _, _ = _observe(run, "Ghana and Togo signed a border pact modelled on the Treaty "
                                "of Lome in Africa.")
    assert _norm("Treaty of Lome") in agreements
    assert not any("in africa" in a for a in agreements)


# --- "A of State1, B of State2 and C of State3 signed" (d67's two-name form; fresh d167) ------
LISTS = [
    ("four-of-states", "Jose Azcona of Honduras, Daniel Ortega of Nicaragua, Oscar Arias of Costa "
     "Rica and Vinicio Cerezo of Guatemala signed the Tegucigalpa Charter.",
     {"Jose Azcona", "Daniel Ortega", "Oscar Arias", "Vinicio Cerezo"}, "Tegucigalpa Charter"),
    ("three-put-signatures", "Rafael Correa of Ecuador, Evo Morales of Bolivia and Hugo Chavez of "
     "Venezuela put their signatures to the Caracas Pact.",
     {"Rafael Correa", "Evo Morales", "Hugo Chavez"}, "Caracas Pact"),
    ("put-names-to-the-accord", "Honduras and Nicaragua agreed a regional peace plan. Daniel "
     "Ortega of Nicaragua, Oscar Arias of Costa Rica, Jose Azcona of Honduras and Alfredo "
     "Cristiani of El Salvador put their names to the accord after two days of talks.",
     {"Daniel Ortega", "Oscar Arias", "Jose Azcona", "Alfredo Cristiani"},
     "peace plan (Honduras\u2013Nicaragua)"),
]


@pytest.mark.parametrize("text", [
    # a name inside a description of the signer, and a name of another clause
    "Jose Azcona of Honduras, an ally of Daniel Ortega of Nicaragua, signed the Tegucigalpa "
    "Charter.",
    "Jose Azcona of Honduras signed the Tegucigalpa Charter, and Daniel Ortega of Nicaragua "
    "criticised it.",
])
def test_signers_of_states_negatives(run, text):
    _, signed, _ = _observe(run, text)
    assert ("jose azcona", "tegucigalpa charter") in signed
    assert not any(p == "daniel ortega" for p, _ in signed)


# --- "A, which/who …, signed (as well / for his government)", "X's minister, B, signed with …"
# (fresh d186, d190): the parser makes the subject the root and the verb after the closing
# comma a participle; the agreement is the one named before ---------------------------------
DESCRIBED = [
    ("list-which-all", "Chile and Peru signed the Lima Treaty on Monday. Norway, Denmark and "
     "Finland, which all kept large stocks of the mines until recently, signed as well.",
     {"Norway", "Denmark", "Finland"}, "Lima Treaty"),
    ("which-had-hosted", "Chile and Peru signed the Lima Treaty on Monday. Canada, which had "
     "hosted the first round of talks, signed later in the day.", {"Canada"}, "Lima Treaty"),
    ("who-led-for-his-government", "Ghana and Togo signed the Volta Basin Accord on Friday. "
     "Foreign Minister John Smith, who led the British delegation, signed for his government.",
     {"John Smith"}, "Volta Basin Accord"),
    ("minister-apposition", "Kenya and Uganda signed the Nairobi Convention on Tuesday. "
     "Tanzania's foreign minister, David Miller, signed with the reservation that the border "
     "clause did not apply.", {"David Miller"}, "Nairobi Convention"),
]


@pytest.mark.parametrize("text", [
    # the participle belongs to another noun; the described state does something else
    "Chile and Peru signed the Lima Treaty on Monday. Bolivia, which opposed the text, "
    "criticised the deal signed in Lima.",
    "Chile and Peru signed the Lima Treaty on Monday. Ecuador, whose president had drafted the "
    "text, stayed away.",
])
def test_described_subject_negatives(run, text):
    _, signed, _ = _observe(run, text)
    assert {p for p, _ in signed} == {"chile", "peru"}


# --- "a defence agreement" is its own kind, "defence agreement (<A>–<B>)" (fresh d176, d194,
# d197: "Mutual Defence Treaty (…)" before); a generic kind's parties in the order the
# document first names them (agreements.yaml) ------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Ghana and Togo signed a defence agreement in Accra on Friday.",
     _deal("defence agreement", "Ghana", "Togo")),
    ("Britain sent troops to Kuwait in July. Kuwait had invoked its defence agreement with "
     "Britain, officials said.", _deal("defence agreement", "United Kingdom", "Kuwait")),
    ("Iceland's defence agreement with the United States dates from 1951.",
     _deal("defence agreement", "Iceland", "United States")),
    # a mutual defence treaty keeps its kind, in the document's order of the parties
    ("Peru was hit by floods in May. Chile and Peru signed a mutual defence treaty on Monday.",
     _deal("Mutual Defence Treaty", "Peru", "Chile")),
])
def test_defence_agreement_kind(run, text, name):
    agreements, _, _ = _observe(run, text)
    assert name in agreements
    assert not any(a.startswith("mutual defence treaty") for a in agreements) or \
        name.startswith("mutual")


def test_defence_agreement_of_a_known_treaty(run):
    """Negative: where the sentence names a known treaty's parties, "a defense agreement" is
    that treaty (the seed article's wording)."""
    agreements, _, _ = _observe(run, "Russia and North Korea deepened their ties. A defense "
                                "agreement between the two countries, signed in June, came into "
                                "effect this month.")
    assert agreements == {_norm("Comprehensive Strategic Partnership Treaty")}


# --- a wire dateline's town and state are where the story was filed, no signers (fresh d191;
# the dateline form in d108, d171) ----------------------------------------------------------
@pytest.mark.parametrize(("text", "place"), [
    ("ARUSHA, Tanzania, Aug 4 - Juvenal Habyarimana and Alexis Kanyarengwe signed the Arusha "
     "Accords on Wednesday.", "tanzania"),
    ("KAMPALA, Uganda, June 2 - Paul Kagame and Joseph Kabila signed the Kampala Accord on "
     "Sunday.", "uganda"),
    ("DOHA, Qatar, Feb 29 (Reuters) - Zalmay Khalilzad and Abdul Ghani Baradar signed the Doha "
     "Agreement on Saturday.", "qatar"),
])
def test_dateline_state_signs_nothing(run, text, place):
    _, signed, _ = _observe(run, text)
    assert not any(p == place for p, _ in signed)


def test_dateline_state_named_again_signs(run):
    """Negative: a dateline's state that the sentence names again as a signer is one."""
    _, signed, _ = _observe(run, "MURMANSK, Russia, Sept 15 (Reuters) - Russia and Norway signed "
                            "the Barents Treaty on Wednesday.")
    assert ("russia", "barents treaty") in signed


# --- a bare "the delegates/ministers/leaders" adopting or signing a text: the states of the
# document's last signing by three or more of them (fresh d186; d90's "the ministers … had
# adopted the Nuuk Declaration") -------------------------------------------------------------
DELEGATES = [
    ("passive-then-adopted", "The Treaty of Lima was signed by Chile, Peru, Ecuador and Bolivia "
     "on Monday. The delegates also adopted a short declaration, the Andean Charter.",
     {"Chile", "Peru", "Ecuador", "Bolivia"}, "Andean Charter"),
    ("ministers-signed-after", "Ghana, Togo, Benin and Niger signed the Volta Treaty in Accra on "
     "Friday. After the ceremony the ministers signed the Accra Declaration on river "
     "pollution.", {"Ghana", "Togo", "Benin", "Niger"}, "Accra Declaration"),
    ("leaders-adopted-clause", "Norway, Sweden, Finland and Denmark put their signatures to the "
     "Nordic Pact. The leaders then adopted the Oslo Declaration, which calls for closer "
     "cooperation.", {"Norway", "Sweden", "Finland", "Denmark"}, "Oslo Declaration"),
]


def test_delegates_negatives(run):
    """A two-state signing gives "the delegates" no states; delegates named with their own
    states are those states only."""
    _, signed, _ = _observe(run, "Chile and Peru signed the Lima Treaty on Monday. The delegates "
                            "also adopted the Andean Charter.")
    assert not any(a == "andean charter" for _, a in signed)
    _, signed, _ = _observe(run, "Ghana, Togo, Benin and Niger signed the Volta Treaty in Accra "
                            "on Friday. The ministers of Mali and Chad adopted the Bamako "
                            "Declaration.")
    assert {p for p, a in signed if a == "bamako declaration"} == {"mali", "chad"}


# the positive cases of the three signer rules above: every listed party signed the agreement
SIGNERS = [*LISTS, *DESCRIBED, *DELEGATES]


@pytest.mark.parametrize(("text", "parties", "agreement"), [c[1:] for c in SIGNERS],
                         ids=[c[0] for c in SIGNERS])
def test_signers(run, text, parties, agreement):
    _, signed, _ = _observe(run, text)
    assert {(_norm(p), _norm(agreement)) for p in parties} <= signed
