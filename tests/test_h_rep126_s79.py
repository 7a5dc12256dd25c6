"""Issue 12, stop 79 (h-rep126): in a trailing attribution ("<clause>, <speaker> said") what lies
between the reported clause and the comma before the speaker is the clause's, however the
parser hung it on the reporting verb — here a list of dates read as a noun adverbial ("…, four
next year and the rest in 2029, … officers said"); the statement is the clause as written (dev
conventions R1; reports._adjuncts_before_speaker). Sentences written for these tests, none taken
from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "claimant", "statement"), [
    ("Two more are due in April, three next year and the last two in 2031, Indian air force "
     "officers said.", "Air Force (India)",
     "Two more are due in April, three next year and the last two in 2031"),
    ("One more is due in July, two next year and the last one in 2027, Greek navy officers "
     "said.", "Navy (Greece)", "One more is due in July, two next year and the last one in 2027"),
    ("The first jets arrive in March, four next year and the rest in 2029, Danish air force "
     "officers said.", "Air Force (Denmark)",
     "The first jets arrive in March, four next year and the rest in 2029"),
    ("One ship is due in January, two next year and the last one in 2030, Chilean navy "
     "officers said.", "Navy (Chile)",
     "One ship is due in January, two next year and the last one in 2030"),
])
def test_trailing_attribution_keeps_what_lies_before_the_speaker(claims, text, claimant,
                                                                  statement):
    assert (claimant, statement) in claims(text)


@pytest.mark.parametrize(("text", "claimant", "statement"), [
    # guards: a clause the parser kept whole, a second clause after ", and", and a second
    # speaker between clause and speaker keep what they gave before
    ("Kenya sent 200 troops to Somalia on Monday, the Kenyan army said.", "Army (Kenya)",
     "Kenya sent 200 troops to Somalia on Monday"),
    ("Kenya sent 200 troops to Somalia, and Uganda sent 300, Kenyan army officers said.",
     "Army (Kenya)", "Kenya sent 200 troops to Somalia, and Uganda sent 300"),
    ("Sudan has moved troops to the border, Ethiopia said, the Kenyan army said.",
     "Army (Kenya)", "Sudan has moved troops to the border"),
])
def test_trailing_attribution_guards(claims, text, claimant, statement):
    assert (claimant, statement) in claims(text)
