"""Issue 12, stop 36 (h-sig29): signing parties of dev's unnamed deals (sentences written for
these tests, none taken from a corpus; real spaCy parse): a firm's former name is the firm
("DCN" is Naval Group, "Israel Aircraft Industries" is Israel Aerospace Industries, "Bazan"
is Navantia), so the deal it signs is named after it; "naval group" in lower case is none."""

from __future__ import annotations


def _companies(nlp, text: str) -> dict[str, str]:
    return {e.text: e.ent_id_ for e in nlp(text).ents if e.label_ == "Company"}


def test_former_names_are_the_firm(nlp):
    text = ("Peru signed a contract with DCN for two frigates, and Ecuador bought radars from "
            "Israel Aircraft Industries and a tanker from Bazan.")
    assert _companies(nlp, text) == {"DCN": "Naval Group",
                                     "Israel Aircraft Industries": "Israel Aerospace Industries",
                                     "Bazan": "Navantia"}


def test_lower_case_naval_group_is_no_firm(nlp):
    text = "The carrier sailed with its naval group to the Baltic Sea on Monday."
    assert "Naval Group" not in _companies(nlp, text).values()


def test_seller_of_the_goods_signs_the_deal(run):
    from test_challenge_agreements import _observe

    text = "Peru signed a contract on Monday for 24 fighter jets from Dassault Aviation."
    _, signed, _ = _observe(run, text)
    deal = "arms deal (peru\u2013dassault aviation)"
    assert signed == {("peru", deal), ("dassault aviation", deal)}


def test_seller_the_deal_is_not_named_after_signs_nothing(run):
    from test_challenge_agreements import _observe

    # the deal is named after its contracting parties; a maker named only as origin is none
    text = ("Peru signed a contract with Chile on Monday for 24 fighter jets from Dassault "
            "Aviation.")
    _, signed, _ = _observe(run, text)
    assert signed and "dassault aviation" not in {p for p, _ in signed}


def test_exporter_of_its_state_names_the_deal(run):
    from test_challenge_agreements import _observe

    # "its state arms exporter X": X's home is the state subject before "its"; the deal is
    # the buyer's and the firm's, in the order the text first names them (A1)
    text = ("Ukraine has shipped the first ten of 40 tanks to Indonesia, its state arms exporter "
            "Ukrspetsexport said on Friday, a year after Jakarta ordered them under a contract "
            "worth $150 million.")
    agreements, _, _ = _observe(run, text)
    assert agreements == {"arms deal (indonesia\u2013ukrspetsexport)"}


def test_firm_without_its_state_leaves_the_states(run):
    from test_challenge_agreements import _observe

    text = ("Ukraine has shipped the first ten of 40 tanks to Indonesia under a contract worth "
            "$150 million, Ukrspetsexport said on Friday.")
    agreements, _, _ = _observe(run, text)
    assert agreements == {"arms deal (ukraine\u2013indonesia)"}


def test_between_hung_on_the_place_of_concluding(run):
    from test_challenge_agreements import _observe

    text = ("Chilean troops will train in Peru under an agreement concluded in Lima between "
            "Chile and Peru last month.")
    agreements, signed, _ = _observe(run, text)
    deal = "agreement (chile\u2013peru)"
    assert agreements == {deal}
    assert signed == {("chile", deal), ("peru", deal)}


def test_people_between_on_the_place_sign(run):
    from test_challenge_agreements import _observe

    text = ("Chile and Peru held talks on Monday. The deployment follows an agreement concluded "
            "in Lima between Foreign Minister Juan Perez and his Chilean counterpart, Pedro Soto, "
            "which allows Chilean ships to use the port.")
    _, signed, _ = _observe(run, text)
    deal = "agreement (chile\u2013peru)"
    assert signed == {("juan perez", deal), ("pedro soto", deal)}
