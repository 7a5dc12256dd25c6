"""Stop 29, h-ent20: organisation names NER cuts in two (sentences written for these tests,
real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _agencies(run, text):
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls == "Agency"}


# --- a bracketed qualifier after an "X of Y" party (dev d366, d170) -------------------------

@pytest.mark.parametrize("text, name", [
    ("The Socialist Party of Chile (Almeyda) said on Friday it would boycott the vote.",
     "Socialist Party of Chile (Almeyda)"),
    ("A spokesman for the Communist Party of Bhutan (Maoist) denied that its fighters had "
     "received rifles from abroad.", "Communist Party of Bhutan (Maoist)"),
])
def test_bracketed_qualifier_belongs_to_the_party_name(run, text, name):
    assert name in _agencies(run, text)


@pytest.mark.parametrize("text", [
    # an acronym in brackets is another name, not part of this one
    "The Ministry of Defence (MoD) said the frigates would be delivered next year.",
    # a place in brackets is no part of the name
    "The Ministry of Defence (Russia) said the frigates would be delivered next year.",
])
def test_acronyms_and_places_in_brackets_stay_out(run, text):
    mentions, _ = run(text)
    assert not any(")" in m.span.text for m in mentions if m.cls == "Agency")


# --- an organisation NER ended on a modifier of the noun after it (dev d387, d351, d327) ------

@pytest.mark.parametrize("text, name", [
    ("A splinter group, the Moro Islamic Freedom Fighters, said it would not disarm.",
     "Moro Islamic Freedom Fighters"),
    ("Thomas Lane of Barbados, who chairs the Organisation of Eastern Caribbean States, "
     "welcomed the troops.", "Organisation of Eastern Caribbean States"),
])
def test_name_runs_on_to_the_noun_its_last_word_modifies(run, text, name):
    assert name in _agencies(run, text)


@pytest.mark.parametrize("text, word", [
    # a singular title after a body is a person's post, not part of the body's name
    ("The House Speaker said on Monday the aid package would pass.", "Speaker"),
    # a document of a body is no body
    ("Canada said the Security Council Resolution did not cover the patrol boats.",
     "Resolution"),
])
def test_titles_and_documents_after_a_body_stay_out(run, text, word):
    mentions, _ = run(text)
    assert not any(word in m.span.text for m in mentions if m.cls == "Agency")


# --- a high commission is a sited body, as an embassy is (dev d395, d137) --------------------

@pytest.mark.parametrize("text, body", [
    ("The Kenyan High Commission in Ottawa said the trucks had been shipped in March.",
     "High Commission of Kenya (Ottawa)"),
    ("The rifles were delivered on time, the Australian high commission in Suva said.",
     "High Commission of Australia (Suva)"),
])
def test_a_high_commission_is_named_with_its_state_and_city(run, text, body):
    assert body in _agencies(run, text)
