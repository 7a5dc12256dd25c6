"""Issue 12, stop 30 (h-coref7): "the government" qualified by its leader ("Mensah's
government", "the Mensah government") or by its form only ("the interim government", "the
military government") stands for its state. Sentences written for these tests, none taken
from a corpus; real spaCy parse. Positive and negative cases."""

from __future__ import annotations

from tests.test_extract_claim2 import _check


def _actors(run, text: str, relation: str, role: str, fragment: str) -> set[str]:
    """The ``role`` actors of the ``relation`` found in the sentence that holds ``fragment``."""
    _, rels = run(text)
    return {m.key or m.span.text for r in rels if r.relation == relation
            and fragment in r.sentence.text for m in r.role(role)}


# --- a government named by its leader: the one state the article affiliates him with -----
LEAD = "Ghana's President John Mensah met the Togolese leader on Monday. "


def test_leaders_government_deploys_as_his_state(run):
    text = LEAD + "Mensah's government sent 300 troops to the border town of Aflao."
    assert _actors(run, text, "deploys", "deployer", "Mensah's government") == {"Ghana"}


def test_leader_compound_government_buys_as_his_state(run):
    text = LEAD + "The Mensah government has bought six patrol boats from France."
    assert _actors(run, text, "supplies", "recipient", "Mensah government") == {"Ghana"}


def test_leaders_government_in_a_denial(claims):
    text = LEAD + ("Togo accused the Mensah government of arming the rebels, a charge the "
                   "Ghanaian government rejects.")
    _check(claims(text), "Togo", "of arming the rebels")


def test_unaffiliated_leaders_government_names_no_state(run):
    # the article gives the leader no state: no deployer (not the state named last)
    text = ("President John Mensah met the Togolese leader on Monday. Mensah's government "
            "sent 300 troops to the border town of Aflao.")
    assert not _actors(run, text, "deploys", "deployer", "Mensah's government") & {"Togo"}


# --- a government qualified only by its form: the dateline's state, named however far back
DATELINE = ("ACCRA, May 3 (1994) - Ghana's interim president said on Tuesday that order had "
            "been restored in the north. Aid agencies said thousands of people had fled. "
            "Doctors reported dozens of wounded. Refugees crossed into Togo and Burkina Faso. "
            "The Red Cross appealed for blankets. ")


def test_interim_government_deploys_as_the_dateline_state(run):
    text = DATELINE + "The interim government sent troops to Tamale on Monday."
    assert _actors(run, text, "deploys", "deployer", "The interim government") == {"Ghana"}


def test_military_government_claims_as_the_dateline_state(claims):
    text = DATELINE + "The military government says the rebels were armed from abroad."
    _check(claims(text), "Ghana", "the rebels were armed from abroad")


def test_new_government_is_no_form(run):
    # "the new government" may be another government of the state, or of another one
    text = DATELINE + "The new government sent troops to Tamale on Monday."
    assert "Togo" not in _actors(run, text, "deploys", "deployer", "The new government")
    assert "Burkina Faso" not in _actors(run, text, "deploys", "deployer",
                                         "The new government")


def test_formed_government_without_dateline_is_unresolved(run):
    text = ("Ghana's interim president said on Tuesday that order had been restored. "
            "Refugees crossed into Togo. The interim government sent troops to Tamale.")
    assert "Togo" not in _actors(run, text, "deploys", "deployer", "The interim government")


def test_formed_government_object_is_not_its_clause_subject(run):
    # "Ghana sold rifles to the transitional government": not Ghana's own government
    text = DATELINE + "Ghana sold rifles to the transitional government last year."
    assert "Ghana" not in _actors(run, text, "supplies", "recipient", "transitional")


def test_form_given_to_another_state_is_not_the_datelines(run):
    # "BANGKOK - Myanmar's military government …": a later "the military government" is not
    # Thailand's
    text = ("BANGKOK, May 3 (2001) - Myanmar's military government has bought ten jets from "
            "Russia, Thai officials said. Thailand has protested. The military government sent "
            "troops to Mandalay on Monday.")
    assert "Thailand" not in _actors(run, text, "deploys", "deployer", "The military government")
