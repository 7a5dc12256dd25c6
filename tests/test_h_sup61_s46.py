"""Issue 12, stop 46 (s53 h-sup61): the verb "arm" that the small model tags as a word of
another class, read off the words (``_mistagged_verbs``): "armed" tagged as an adjective
right after a name, and "arms" tagged as a noun right after a non-restrictive relative
pronoun (also with a second verb coordinated with it). Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key, r.key if r else None)
            for rel in relations if rel.relation == "supplies"
            for s in rel.role("supplier") for r in (rel.role("recipient") or [None])}


def test_past_tagged_as_adjective_arms_the_name_after_it(run):
    assert ("Russia", "Fretilin") in _supplies(run, "Moscow armed Fretilin during the war.")


@pytest.mark.parametrize("text", [
    "The Libyan government, which arms and shelters Hezbollah, denied the report.",
    "The Libyan government, which arms and trains Hezbollah, denied the report.",
])
def test_relative_pronoun_stands_for_the_arming_state(run, text):
    assert ("Libya", "Hezbollah") in _supplies(run, text)


@pytest.mark.parametrize("text", [
    # an adjective before a noun that names no actor
    "Hamas armed wing fighters attacked the post.",
    # the actor is not the word right after the verb
    "Iran armed groups in Iraq with rockets, officials said.",
])
def test_no_actor_right_after_the_verb_no_supply(run, text):
    assert not _supplies(run, text)
