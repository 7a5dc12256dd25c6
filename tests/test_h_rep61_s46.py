"""Stop 46, h-rep61: a "that" clause after whom a verb of address tells, which the parser hangs
on that noun as a relative clause ("told a rally in the capital that …"), on sentences written
for this test (invented or generic participants, not taken from any article or corpus)."""

from __future__ import annotations

import pytest


def _statements(run, text: str) -> dict[str, str]:
    """Claimant mention text → statement of every claim of ``text``."""
    _, relations = run(text)
    return {m.span.text: r.attr("statement") or "" for r in relations
            if r.relation == "reports" for m in r.role("claimant")}


@pytest.mark.parametrize(("text", "speaker", "said"), [
    ("Boateng told a meeting of village elders that the army would build a new base near the "
     "river.", "Boateng", "the army would build a new base near the river"),
    ("The prime minister, Ama Owusu, told a visiting Arab League delegation that her troops "
     "were holding the bridge but needed fuel.",
     "Ama Owusu", "her troops were holding the bridge but needed fuel"),
    ("Boateng told an audience of officers and cadets that the air force would get new "
     "trainers next year.", "Boateng", "the air force would get new trainers next year"),
])
def test_clause_after_the_addressee(run, text, speaker, said):
    statements = _statements(run, text)
    assert speaker in statements, statements
    assert said in statements[speaker], statements


@pytest.mark.parametrize(("text", "speaker", "said"), [
    # not a verb of address: the relative clause belongs to what is said
    ("Mensah said the deal that the ministry signed would create hundreds of jobs.",
     "Mensah", "the deal that the ministry signed would create hundreds of jobs"),
])
def test_relative_clause_of_a_said_noun_stays(run, text, speaker, said):
    assert _statements(run, text).get(speaker) == said


def test_relative_pronoun_with_a_pronoun_subject_is_no_clause(run):
    # "the unit that he commanded": a relative clause on whom he told, no claim of its own
    assert _statements(run, "The general told the unit that he commanded to hold the bridge.") \
        == {}


# --- a reporting verb right after a relative aside on its speaker ---------------------------

def test_speaker_before_a_relative_aside(run):
    # the parser makes "accused" a participle of the name: the name still accuses
    statements = _statements(run, "President Ama Owusu, who flew home as the talks ended, "
                             "accused Lome of arming the rebels and said Togolese boats had "
                             "fired on her navy.")
    assert "arming the rebels" in statements.get("Ama Owusu", ""), statements
    assert "Togolese boats had fired on her navy" in statements["Ama Owusu"], statements


def test_aside_needs_an_actor_before_it(run):
    # an unnamed speaker before the aside is no actor: nothing new is claimed
    assert _statements(run, "The minister, who spoke on condition of anonymity, said the jets "
                       "would arrive in May.") == {}
