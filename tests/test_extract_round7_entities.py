"""Issue 12, round 7: entity recognition that generalises — offices that speak for a person
(sentences written for these tests, real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """(key or surface form) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


def _texts(run, text, cls):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == cls}


def _claimants(run, text):
    _, relations = run(text)
    return {m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


# --- offices of a person --------------------------------------------------------------------

@pytest.mark.parametrize("text, office", [
    ("Chile will buy two frigates from Spain, President Carlos Medina's office said on Monday.",
     "President Carlos Medina's office"),
    ("Brazil has no plan to sell the jets to Iran, Rafael Duarte's office said in a statement.",
     "Rafael Duarte's office"),
    ("Prime Minister Anna Lind's office confirmed that Sweden had signed the contract.",
     "Prime Minister Anna Lind's office"),
])
def test_the_office_of_a_person_is_an_agency(run, text, office):
    assert office in _texts(run, text, "Agency")
    holder = office.removesuffix("'s office").split()[-2:]  # the person stays a Person too
    assert " ".join(holder) in _texts(run, text, "Person")


def test_the_office_is_the_claimant(run):
    text = "Chile will buy two frigates from Spain, President Carlos Medina's office said."
    assert any("office" in c.lower() for c in _claimants(run, text))


def test_a_state_before_the_title_names_the_office(run):
    text = "Turkish President Omer Kaya's office said Turkey would buy the jets from Italy."
    assert "Office of the President (Turkey)" in _of(run, text, "Agency")
    assert "Turkey" in _of(run, text, "Country")  # the state stays a mention of its own


@pytest.mark.parametrize("text", [
    "Police searched Rafael Duarte's office building in Lisbon on Monday.",
    "Carlos Medina's term in office ended when Chile held elections.",
    "Carlos Medina said the office would open in Madrid next year.",
])
def test_no_office_agency_without_a_persons_office(run, text):
    assert not any("office" in a.lower() for a in _texts(run, text, "Agency"))


# --- capitals stand for their state ---------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("LIMA, May 3 (Reuters) - The navy bought two ships from Spain.", "Peru"),
    ("Lima said it would buy six helicopters from Russia.", "Peru"),
    ("Wellington said on Monday it would send a frigate to Fiji.", "New Zealand"),
    ("MEXICO CITY, Jan 9 (AP) - The army received 12 helicopters from France.", "Mexico"),
])
def test_a_capital_is_its_state(run, text, state):
    assert state in _of(run, text, "Country")


def test_a_capital_that_is_a_common_word_needs_its_capital_letter(run):
    assert "Peru" not in _of(run, "The cook served lima beans to the visitors.", "Country")


# --- embassies and consulates ---------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Chile has bought two frigates, the Chilean embassy in Madrid said on Monday.",
     "Embassy of Chile (Madrid)"),
    ("Norway's embassy in Nairobi confirmed that the patrol boats had arrived.",
     "Embassy of Norway (Nairobi)"),
    ("The Peruvian consulate in Houston declined to comment on the deal.",
     "Consulate of Peru (Houston)"),
    ("The Brazilian embassy said the sale of the jets had not been approved.",
     "Embassy of Brazil"),
])
def test_an_embassy_of_a_state_is_an_agency_with_its_city(run, text, body):
    assert body in _of(run, text, "Agency")


def test_the_embassy_is_the_claimant(run):
    text = "Chile has bought two frigates from Spain, the Chilean embassy in Madrid said."
    assert any("embassy" in c.lower() for c in _claimants(run, text))


def test_a_state_body_in_a_place_keeps_the_place_apart(run):
    text = "Russia's army in Syria received new tanks last week."
    assert "Army (Russia)" in _of(run, text, "Agency")
    assert "Syria" in _of(run, text, "Country")


# --- a ministry named without its state -----------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Kenya signed a contract for ten helicopters on Monday, the defence ministry said.",
     "Ministry of Defence (Kenya)"),
    ("Chile bought two frigates from Britain, the foreign ministry said on Friday.",
     None),  # two states in the sentence, none named before: no guess
    ("In Santiago, foreign ministry spokesman Pedro Vidal said Chile was angry with Peru.",
     "Ministry of Foreign Affairs (Chile)"),
    ("In Ankara, the defence ministry said Turkey had warned Greece.",
     "Ministry of Defence (Turkey)"),
])
def test_a_bare_ministry_is_the_ministry_of_the_sentences_state(run, text, body):
    ministries = {a for a in _of(run, text, "Agency") if a.startswith("Ministry")}
    assert ministries == ({body} if body else set())


@pytest.mark.parametrize("text, body", [
    ("Weapons for Nepal\n\nNAIROBI, May 2 (Reuters) - Kenya signed a contract for jets.\n"
     "The first jets will arrive in 2027, according to the defence ministry.",
     "Ministry of Defence (Kenya)"),
    ("OSLO, March 9 (AP) - The first frigate was handed over on Monday.\n"
     "The second will follow next year, the defence ministry said.",
     "Ministry of Defence (Norway)"),
])
def test_a_bare_ministry_without_a_state_is_the_datelines(run, text, body):
    assert body in _of(run, text, "Agency")


def test_without_a_dateline_a_bare_ministry_names_no_state(run):
    text = ("Kenya signed a contract for jets.\n"
            "The first jets will arrive in 2027, according to the defence ministry.")
    assert not any(a.startswith("Ministry") for a in _of(run, text, "Agency"))


# --- a name in apposition to a title noun ---------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The exiled president, Jean-Bertrand Aristide, is to return to Haiti.",
     "Jean-Bertrand Aristide"),
    ("Ghana's defence minister, Kwame-Osei Mensah, signed the deal with Brazil.",
     "Kwame-Osei Mensah"),
])
def test_a_name_in_apposition_to_a_title_is_a_person(run, text, person):
    assert person in _texts(run, text, "Person")


def test_an_organisation_in_apposition_to_a_title_word_stays_an_organisation(run):
    text = "The rebels' leader, the Movement for Justice Council, rejected the deal."
    assert "Movement for Justice Council" not in _texts(run, text, "Person")


# --- a list of names after a plural company noun --------------------------------------------

@pytest.mark.parametrize("text, companies", [
    ("Kenya hired the firms Orvex, Baltan Systems and Kilo Marine to build the boats.",
     {"Orvex", "Baltan Systems", "Kilo Marine"}),
    ("A consortium led by the shipbuilders Marlow+Ritter and KSW will build the corvettes.",
     {"Marlow+Ritter", "KSW"}),
])
def test_each_name_after_a_plural_company_noun_is_a_company(run, text, companies):
    assert companies <= _texts(run, text, "Company")


def test_a_plural_company_noun_without_names_makes_no_company(run):
    text = "The shipbuilders said Kenya would receive the boats in two years."
    assert not _texts(run, text, "Company")


# --- platforms are no actors ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "France blocked the TikTok app in the territory after the riots.",
    "Officials in Chad said WeChat and TikTok had been cut off.",
])
def test_a_platform_is_no_organisation(run, text):
    mentions, _ = run(text)
    assert not {m.span.text for m in mentions} & {"TikTok", "WeChat"}


# --- a title that NER cut into the name after it --------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Chile and Dutch State Secretary for Defence Jan de Vries signed the deal.",
     "Jan de Vries"),
    ("Peru's defence chief met State Secretary for Defence Cees van der Knaap in Lima.",
     "Cees van der Knaap"),
])
def test_a_title_that_ends_inside_a_name_is_cut_off(run, text, person):
    assert person in _texts(run, text, "Person")
    assert not any("Defence" in a for a in _texts(run, text, "Agency"))


def test_an_organisation_name_after_a_title_word_is_left_alone(run):
    text = "The Defence Research Agency said Chile would test the missiles."
    assert not _texts(run, text, "Person")


# --- numbered resolutions are documents -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mission will grow under Security Council Resolution 2410, officials in Chad said.",
    "Kenya sent troops under Security Council Resolution 733 to the border with Somalia.",
])
def test_a_numbered_resolution_is_no_organisation_but_its_body_is(run, text):
    agencies = _texts(run, text, "Agency")
    assert not any("Resolution" in a for a in agencies)
    assert any("Security Council" in a for a in agencies)


def test_a_resolution_alone_makes_no_entity(run):
    text = "The troops were sent under Resolution 940 to restore order in Haiti."
    mentions, _ = run(text)
    assert not any("Resolution" in m.span.text for m in mentions)


# --- a place's first word used alone later --------------------------------------------------

@pytest.mark.parametrize("text, short, full", [
    ("Brazil and France signed the deal in Rio de Janeiro. The yard will be south of Rio, "
     "officials said.", "Rio", "Rio de Janeiro"),
    ("Chile held the talks in Rio de Janeiro on Monday. Officials in Rio said Peru agreed.",
     "Rio", "Rio de Janeiro"),
])
def test_the_first_word_of_a_place_alone_is_that_place(run, text, short, full):
    mentions, _ = run(text)
    assert {m.span.text: m.key for m in mentions if m.cls == "Region"}.get(short) == full


def test_the_first_word_of_a_company_is_no_place(run):
    mentions, _ = run("Rio Tinto said it would sell the mine. Rio shares fell in London.")
    assert not any(m.cls == "Region" and m.span.text.startswith("Rio") for m in mentions)


def test_the_kind_word_of_an_of_name_is_no_short_name(run):
    text = ("Chile sent a frigate to the Gulf of Oman in May. Peru sent two ships to the Gulf "
            "in June.")
    mentions, _ = run(text)
    assert {m.span.text: m.key for m in mentions}.get("Gulf") != "Gulf of Oman"
