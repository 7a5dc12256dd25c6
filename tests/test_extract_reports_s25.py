"""`reports` constructions of issue 12, stop 25 (h-rep5), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- a ministry named by its kind after a state or its nationality: the ministry speaks (an
# Agency "<kind> (<state>)"), not its state; (id, text, claimant, fragment or None) -----------
MINISTRY_KINDS = [
    ("nationality_armed_forces_ministry",
     "The Danish armed forces ministry said the frigates would be delivered next year.",
     "Ministry of the Armed Forces (Denmark)", "frigates would be delivered"),
    ("possessive_external_affairs_ministry",
     "Nepal's external affairs ministry said the sale would unsettle the region.",
     "Ministry of External Affairs (Nepal)", "sale would unsettle"),
    ("nationality_health_ministry",
     "The Peruvian health ministry said 40 soldiers had been wounded in the clashes.",
     "Ministry of Health (Peru)", "40 soldiers had been wounded"),
    ("possessive_finance_ministry",
     "Ghana's finance ministry said the patrol boats would cost $30 million.",
     "Ministry of Finance (Ghana)", "patrol boats would cost"),
    # the ministry speaks, not its state nor the armed forces its name holds
    ("not_the_state",
     "The Danish armed forces ministry said the frigates would be delivered next year.",
     "Denmark", None),
    ("not_the_armed_forces",
     "The Danish armed forces ministry said the frigates would be delivered next year.",
     "Armed Forces (Denmark)", None),
]


# --- a named outlet that carries the words reports them too, beside the speaker (R7; dev
# conventions of d246–d285 and d306–d325); an outlet only told is none ------------------------
CARRYING_OUTLETS = [
    ("statement_carried_by_agency",
     "In a long statement carried by the Tass news agency, the Soviet government said the "
     "rockets were meant only for defence.", "Tass", "rockets were meant only for defence"),
    ("speaker_still_claims",
     "In a long statement carried by the Tass news agency, the Soviet government said the "
     "rockets were meant only for defence.", "Soviet Union", "rockets were meant"),
    ("speaker_quoted_by_agency",
     "A spokesman for the Iranian foreign ministry, quoted by the state news agency IRNA, "
     "said the report about the drones was false.", "IRNA", "report about the drones"),
    ("statement_broadcast_by_outlet",
     "The general said in a statement broadcast by Reuters that the convoy had been stopped.",
     "Reuters", "convoy had been stopped"),
    # (an outlet a named speaker's words go out "on" is no claimant: stop 57's census, 8:2)
    ("broadcast_on_radio_speaker_only",
     "In a broadcast on Kabul radio, President Najib said the last troops had left the city.",
     "Kabul radio", None),
    # an outlet the speaker only talks to is no claimant (R7)
    ("told_outlet_speaker_only",
     "General Ivo Dran told Reuters that the convoy had been stopped.", "Reuters", None),
    ("statement_to_outlet_speaker_only",
     "General Ivo Dran said in a statement to Reuters that the convoy had been stopped.",
     "Reuters", None),
]


# --- "denied any X": a denial whatever the noun, whose statement is the negated clause
# "<subject> had no X" (dev conventions R4); other nouns without "any" deny nothing ------------
DENIED_ANY = [
    ("denied_any_plan",
     "The Peruvian navy bought two frigates. The navy has denied any plan to sell the ships.",
     "Navy (Peru)", "the navy had no plan to sell the ships"),
    ("denied_any_part_phrase_on_verb",
     "Chile has denied any part in the border raids.", "Chile", "Chile had no part in the"),
    ("denied_any_role_relative_left_out",
     "Bolivia, which buys rifles from Spain, denied any role.", "Bolivia", "Bolivia had no role"),
    # several speakers keep the words as written (no subject made up for them)
    ("two_speakers_words_as_written",
     "Chile and Peru denied any role in the raids.", "Chile", "any role in the raids"),
    # without "any", a plain noun that is nothing said is no denial
    ("rejected_demands_no_claim",
     "Chile rejected the demands of the strikers.", "Chile", None),
]

CASES = [*MINISTRY_KINDS, *CARRYING_OUTLETS, *DENIED_ANY]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in CASES])
def test_claimant(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
