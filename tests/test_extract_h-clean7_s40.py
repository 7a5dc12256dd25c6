"""Issue 12, stop 40 (s46 h-clean7): the trailing denial read by one rule (sentences written for
these tests, none taken from a corpus; real spaCy parse). ", a charge <actor> rejects." with the
verb tagged a plural noun is the actor's denial of the clause before the comma, also at a
paragraph's end; a negator between the noun and the verb (relations.yaml ``negators``) leaves
no denial; a denial of "any" noun under a dateline with no date ("ACCRA - ") states the negated
clause without the dateline's dash. The nouns of states (roles.yaml ``state_nouns``) on which a
state's adjective still names that state give a bare "parliament" its state. Each text opens
with a headline line."""

from __future__ import annotations

from kg.extract.gazetteer import load_roles

ACCUSED = "Border tense\n\nGhana has accused Togo of sheltering the mutineers, "


def test_charge_rejects_tagged_as_a_noun(claims):
    for text in (ACCUSED + "a charge Lome rejects.",
                 ACCUSED + "a charge Lome rejects.\n\nTalks are due in May."):
        said = dict(claims(text))
        assert said.get("Togo") == "Ghana has accused Togo of sheltering the mutineers", said


def test_description_rejects_tagged_as_a_noun(claims):
    said = dict(claims("Border tense\n\nGhana says Togo shelters the mutineers, an accusation "
                       "the Togolese government rejects."))
    assert said.get("Togo") == "Ghana says Togo shelters the mutineers", said


def test_never_denied_is_no_denial(claims):
    found = claims(ACCUSED + "a charge Lome has never denied.")
    assert [who for who, _ in found] == ["Ghana"], found


def test_denied_any_under_a_dash_dateline(claims):
    for line in ("ACCRA - ", "ACCRA, May 4 - "):
        found = claims("Border tense\n\n" + line + "Ghana's army has denied any role in the "
                       "raids on the border posts.")
        assert found == [("Army (Ghana)",
                          "Ghana's army had no role in the raids on the border posts")], found


def test_state_nouns_are_read_from_roles_yaml():
    assert load_roles().state_nouns == {"country", "nation", "state", "government", "side"}


def test_parliament_of_the_state_a_state_noun_names(run):
    def parliaments(speaker: str) -> list[str | None]:
        mentions, _ = run(f"Jets due\n\nThe Malaysian {speaker} told parliament on Monday that "
                          "the jets would be delivered in May.")
        return [m.key for m in mentions if m.span.text == "parliament"]

    assert parliaments("government") == ["Parliament (Malaysia)"]
    assert parliaments("airline") == []  # (a firm's adjective names no legislature's state)
