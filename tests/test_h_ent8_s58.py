"""Issue 12, stop 58 (s65 h-ent8): a name that opens with a state or its adjective is one name.

"the Sudan People's Liberation Army", "the Belarusian KGB", "Iraqi Kurdistan": kg cut such a
name after the state (the state's mention, then NER's shorter guess or another state's listed
body), so the shorter name took the longer one's place. Names do not nest (dev conventions
E9): the whole is one unlisted name. Sentences written for these tests, none taken from a
corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep82_s58 import _names


@pytest.mark.parametrize(("text", "name", "cls", "shorter"), [
    ("Kampala ended its help to the Sudan People's Liberation Army, the southern rebels.",
     "Sudan People's Liberation Army", "Agency", "People's Liberation Army"),
    ("Agents of the Belarusian KGB had been on the flight.", "Belarusian KGB", "Agency", "KGB"),
    ("Gunners were stationed inside Iraqi Kurdistan last year.", "Iraqi Kurdistan", "Region",
     "Kurdistan"),
])
def test_state_opens_the_name(run, text, name, cls, shorter):
    found = _names(run, text)
    assert (name, cls, None) in found, found
    state = name.split()[0]
    assert all(t not in (state, shorter) for t, _, _ in found), found


@pytest.mark.parametrize(("text", "state", "kept"), [
    # a state's own listed body or a listed firm after its adjective: the body, and the state
    ("The Russian FSB said it caught a spy.", "Russia", "Federal Security Service (Russia)"),
    ("Russian Sukhoi will build the jets.", "Russia", "Sukhoi"),
    # a title or a common noun after the adjective opens no name
    ("Chinese President Xi Jinping met the envoy.", "China", None),
    ("British troops entered Basra in the spring.", "United Kingdom", None),
    # a natural feature: the adjective says whose part of it
    ("Engineers drilled wells in the Libyan Sahara last winter.", "Libya", None),
])
def test_state_and_name_stay_two(run, text, state, kept):
    keys = [k for _, _, k in _names(run, text)]
    assert state in keys, keys
    assert kept is None or kept in keys, keys


def test_the_whole_name_is_the_recipient(run):
    _, rels = run("Uganda supplied rifles to the Sudan People's Liberation Army in 1995.")
    recipients = [m.span.text for r in rels if r.relation == "supplies"
                  for m in r.role("recipient")]
    assert recipients == ["Sudan People's Liberation Army"], recipients



@pytest.mark.parametrize(("text", "state", "joined"), [
    ("A spokesman for the Sudanese Water Authority said so.", "Sudanese", True),
    # an abbreviation says whose body the name is ("the U.S. Water Authority")
    ("A spokesman for the U.S. Water Authority said so.", "U.S.", False),
])
def test_state_words_of_letters_only(nlp, gazetteer, text, state, joined):
    """The rule alone, on spans set by hand: NER's cut of the state and an unknown body."""
    from spacy.tokens import Span as SpacySpan

    from kg.extract.refine.spans import _replace
    from kg.extract.state_fronts import names_opened_by_states

    doc = nlp(text)
    at = [t.text for t in doc].index(state)
    ents = [SpacySpan(doc, at, at + 1, label="Country"),
            SpacySpan(doc, at + 1, at + 3, label="ORG")]
    out = [(e.text, e.label_) for e in _replace(ents, names_opened_by_states(doc, ents, gazetteer))]
    assert out == ([(f"{state} Water Authority", "ORG")] if joined else
                   [(state, "Country"), ("Water Authority", "ORG")]), out
