"""Issue 12, stop 36 (h-rep38): reported clauses the parser hangs away from their reporting
verb (sentences written for these tests, none taken from a corpus; real spaCy parse). Each text
opens with a headline line (a first sentence is read as a headline).

- "a plan that Moscow says would cut …": the relative reporting verb's clause hung on another
  verb, its modal left right after it; the noun and the clause are what is said.
- "…, the official news agency Tanjug said on Tuesday": the speaker read as the clause's
  last noun with the reporting verb as its relative clause.
- "The ship, carrying …, sailed …, the navy said": the reported clause read as a first
  subject of the reporting verb."""

from __future__ import annotations


def test_relative_verb_with_stranded_modal_clause(claims):
    found = claims("Arms talks\n\nDiplomats in Geneva are studying a draft treaty that Moscow "
                   "says would cut its arsenal of missiles by half.")
    assert ("Russia", "a draft treaty would cut its arsenal of missiles by half") in found, found


def test_relative_verb_without_pronoun_and_stranded_modal_clause(claims):
    found = claims("Submarine debated\n\nThe cabinet is debating whether to approve the "
                   "purchase of a new submarine, a move Tokyo has warned would also hurt "
                   "trade.")
    assert ("Japan", "a move would also hurt trade") in found, found


def test_relative_verb_of_a_thing_still_says_nothing(claims):
    # negative control: "the tanks that the army wanted" has no modal clause: no claim
    found = claims("Tanks bought\n\nThe ministry bought forty tanks that the army had "
                   "requested last year.")
    assert all(who != "Army" for who, _ in found), found


def test_trailing_outlet_read_as_relative_clause(claims):
    found = claims("Jets delivered\n\nCOLOMBO, May 4 (1999) - Sri Lanka's air force has "
                   "taken delivery of four new fighter jets from Israel, giving the island its "
                   "first supersonic aircraft, the official news agency Tass said on Monday.\n\n"
                   "The jets will be based near the capital.")  # (a paragraph after it)
    assert any(who == "TASS" and statement.startswith("Sri Lanka's air force has taken "
                                                      "delivery of four new fighter jets")
               for who, statement in found), found


def test_trailing_outlet_read_as_participle(claims):
    found = claims("Trainers arrive\n\nThe air force has received six jet trainers ordered "
                   "from China, the state-owned Herald newspaper reported on Friday, as the "
                   "government turns east for arms.")
    assert any(who == "Herald" and "six jet trainers ordered from China" in statement
               for who, statement in found), found


def test_reported_clause_read_as_first_subject(claims):
    found = claims("Ship sails\n\nThe navy's supply ship, carrying trucks and tents, sailed "
                   "from Darwin last week and is due in Dili on Monday, the Royal Australian "
                   "Navy said.")
    assert any(who == "Navy (Australia)" and "sailed from Darwin last week" in statement
               for who, statement in found), found


# --- "protested that …" (claims.yaml reports triggers, needs_clause) -------------------------
def test_protested_that_is_a_claim(claims):
    found = claims("Dam dispute\n\nBrazil protested that the new dam would flood its own "
                   "farmland along the river.")
    assert any(who == "Brazil" and "the new dam would flood its own farmland" in statement
               for who, statement in found), found


def test_protested_against_says_nothing(claims):
    # negative control: a protest with no clause of its own states nothing
    found = claims("Sale opposed\n\nChile has protested strongly against the sale of the "
                   "fighters to Peru.")
    assert all(who != "Chile" for who, _ in found), found


# --- "X was released … and said …": the passive verb's patient speaks in its conjunct -------
def test_patient_of_passive_verb_speaks_in_active_conjunct(claims):
    found = claims("Leader freed\n\nThe opposition leader Tomas Berg was freed on Monday and "
                   "said the campaign would go on until new elections were called.")
    assert any(who == "Tomas Berg" and "the campaign would go on" in statement
               for who, statement in found), found


def test_passive_conjunct_participle_stays_passive(claims):
    # negative control: "were seized and said to be …" is said of them, not by them
    found = claims("Tanks seized\n\nThree tanks were seized at the border and said to be "
                   "Russian-made.")
    assert all("tanks" not in who.lower() for who, _ in found), found
