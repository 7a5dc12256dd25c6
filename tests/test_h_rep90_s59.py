"""Issue 12, stop 59 (s66 h-rep90): a claim's statement cut short by the parse.

"said in a statement that the treaty would take effect …, and that Kiev expected …", "said
Colombia was ready to send troops to Narino, the department facing …, to work with …",
"accused officials of crimes against humanity, including enslavement …": the parser ends the
reported clause early and hangs the rest of the sentence on the reporting verb or a verb above
it, so kg's statement stopped at the comma (dev gold d644, d745, d966, d969). The statement runs
on to the sentence's end unless the rest is a clause of its own, another report or a date.
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # a second that-clause after ", and", hung on the reporting verb
    ("Peru's foreign ministry said in a statement that the accord would enter into force once "
     "both congresses had approved it, and that Lima expected talks on the fisheries to open "
     "next year.", "Ministry of Foreign Affairs (Peru)",
     "approved it, and that lima expected talks on the fisheries to open next year"),
    # an apposition and an infinitive hung on the verb the reporting verb is coordinated with
    ("In Quito, Defence Minister Oswaldo Jarrin condemned the attack and said Ecuador was ready "
     "to send more soldiers to Carchi, the province facing Ipiales across the border, to work "
     "with Colombian units.", "Oswaldo Jarrin",
     "carchi, the province facing ipiales across the border, to work with colombian units"),
    # an accusation's "including …" and "since …" hung on the accusing verb
    ("The report came a week after a United Nations panel accused Burundian officials of crimes "
     "against humanity, including torture and rape, since the crisis of 2015.",
     "United Nations panel", "humanity, including torture and rape, since the crisis of 2015"),
])
def test_statement_runs_to_sentence_end(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant", "statement", "absent"), [
    # ", and <another subject> …": a clause of its own (stop 32), not the speaker's
    ("New Zealand said it was dispatching 120 soldiers, and Malaysia has sent a company of "
     "paratroopers, officials in Wellington and Kuala Lumpur said.", "New Zealand",
     "it was dispatching 120 soldiers", "malaysia"),
    # ", while <another subject> …"
    ("Nixon's administration has cut off arms sales to India and accused it of aggression, "
     "while China has voiced support for Pakistan.", "United States", "it of aggression",
     "china"),
    # "according to" an outlet: another report
    ("Peru's defence ministry said the talks would resume in May, according to the state news "
     "agency Andina.", "Ministry of Defence (Peru)", "the talks would resume in may",
     "according"),
    # where it was said
    ("Tehran accused Israel and Britain of backing the gunmen who killed 12 guards, at a "
     "meeting with tribal elders in the south-east.", "Iran",
     "israel and britain of backing the gunmen who killed 12 guards", "meeting"),
    # the predicate of the clause the reporting verb hangs in: the speaker's own act
    ("Peru, which accuses Chile of using its ports to smuggle arms to the rebels, made no "
     "official comment.", "Peru", "chile of using its ports to smuggle arms to the rebels",
     "comment"),
    ("Bachelet, who has said she wants to mend ties with Lima, made no comment.", "Bachelet",
     "she wants to mend ties with lima", "comment"),
])
def test_rest_of_its_own_stays_out(claims, text, claimant, statement, absent):
    ours = [s.lower() for c, s in claims(text) if c == claimant]
    assert any(statement in s for s in ours), ours
    assert not any(absent in s for s in ours), ours
