"""Issue 12, stop 60 (h-sup94): "its navy", "its air force" stand for the service of the state
"its" resolves to, where the document named that service before, and a later pronoun may take
that service ("Its navy has been modernising … Since 2015 it has taken delivery of …")
(sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_carrying_s30 import _supplies

_CHAIN = ("A Pakistan Navy spokesman said the ship would patrol the coast. Pakistan is "
          "struggling with floods, and the United States has sent helicopters to Pakistan to "
          "carry food. Its navy has also been modernising with Turkish help. Since 2015 it has "
          "taken delivery of two corvettes from Turkey.")


def test_pronoun_after_possessed_service_is_the_service(run):
    # "it" is the navy of the sentence before, not the seller its own clause names
    assert ("Turkey", "Navy (Pakistan)") in _supplies(run, _CHAIN)


def test_possessed_service_needs_that_states_service(run):
    # the navy named before is India's: "Its navy" (Pakistan's) does not take it
    text = _CHAIN.replace("A Pakistan Navy spokesman", "An Indian Navy spokesman")
    assert not any(r == "Navy (India)" for _, r in _supplies(run, text))


def test_other_service_of_the_state_not_taken(run):
    # "Its navy" is no air force, though the state's air force was named
    text = _CHAIN.replace("A Pakistan Navy spokesman", "A Pakistan Air Force spokesman")
    assert not any(r == "Air Force (Pakistan)" for _, r in _supplies(run, text))
