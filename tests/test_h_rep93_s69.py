"""Issue 12, stop 62 (s69 h-rep93): outlets named with the noun "channel".

"the private channel X TV", "the X channel": "channel" is a media noun (roles.yaml
media_nouns), so the name beside it is a news outlet; a title word ("Home", "National") opens
such a name where a media tail ("TV", "Radio") follows it, as it does not a person's name
("on state television President …"); a media noun before "channel" ("the TV channel X") is
no name. Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_outlets_rep15_s30 import _outlets


@pytest.mark.parametrize(("text", "outlet"), [
    ("Ramos spoke on Sunday on the private channel Zenith TV about the border.", "Zenith TV"),
    ("In an interview on the private channel Home Radio, Ramos said the talks had failed.",
     "Home Radio"),
    ("The police arrested Ana Ruiz, a former editor of the Korvi channel that covered the "
     "strikes last year.", "Korvi"),
    ("Ruiz told the television channel Telemar that the talks had failed.", "Telemar"),
])
def test_channel_names_an_outlet(run, text, outlet):
    assert outlet in _outlets(run, text), _outlets(run, text)


def test_media_noun_before_channel_is_no_name(run):
    # "TV" before "channel" is part of the media noun, not an outlet of its own
    text = "Ruiz told the TV channel Vostok 7 that the talks had failed."
    assert _outlets(run, text) == ["Vostok 7"], _outlets(run, text)


@pytest.mark.parametrize("text", [
    "Ruritania had served as the main channel for weapons sent to the rebels.",
    "Two frigates sailed through the Varna Channel on Monday.",
    "Dredgers cleared a channel through the reef near Port Alba.",
])
def test_channel_without_a_name_names_none(run, text):
    assert _outlets(run, text) == [], _outlets(run, text)
