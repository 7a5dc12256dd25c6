"""Issue 12, stop 82 (h-rep130): citizens named by a nationality noun ("Some Poles said", "Some
Iranian-Canadians said", "… Venezuelans and Haitians who now say …") speak for no state: the noun
stays a mention of its state, but the claim has no claimant (dev conventions R5: unnamed
citizens give none; relations.citizen_voices). A state's name, a nationality adjective on an
official noun and the definite "the Americans" keep their claims. Sentences written for these
tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "said"), [
    ("PRAGUE, May 3 - Heavy rain flooded northern Bohemia. Some Czechs have complained that the "
     "army arrived too late to help the villages.", "the army arrived too late"),
    ("OTTAWA, June 8 - Canada expelled two Chinese diplomats. Some Chinese-Canadians said they "
     "feared the dispute would harm their businesses.", "harm their businesses"),
    ("LIMA, Feb 2 - Peru sent soldiers to its southern border. Many of those stranded are "
     "Bolivians and Chileans who say they want to go home before the rains.", "want to go home"),
    ("Most Norwegians believe that the base should stay open, and many Danes say the fleet needs "
     "new ships.", "the fleet needs new ships"),
])
def test_citizens_named_by_a_nationality_noun_give_no_claimant(speakers, text, said):
    assert speakers(text, said) == []


@pytest.mark.parametrize(("text", "said", "claimant"), [
    # guards: the state itself, an official of it, a state whose name is plural
    ("Chile said on Monday that the talks would resume next week.", "the talks would resume",
     "Chile"),
    ("Chilean officials said the talks would resume next week.", "the talks would resume",
     "Chile"),
    ("The Philippines said on Friday that the patrol boats would be based at Subic Bay.",
     "the patrol boats would be based", "Philippines"),
    # the definite plural keeps its older reading (the government, in older copy)
    ("The Americans said on Monday that the talks would resume next week.",
     "the talks would resume", "United States"),
])
def test_states_and_their_officials_keep_their_claims(speakers, text, said, claimant):
    assert speakers(text, said) == [claimant]

