"""`reports` constructions of issue 12, stop 26 (h-rep6), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "put the figure at N": an estimate of its subject, the object and the figure its
# statement (dev conventions: read like "estimated"); no figure, no claim ---------------------
FIGURE_PUT = [
    ("officials_put_losses_at",
     "Peruvian officials put the losses of the rebel army at more than 300 trucks.",
     "Peru", "losses of the rebel army at more than 300 trucks"),
    ("body_puts_cost_at_money",
     "The World Bank puts the cost of the new frigates at about $2 billion.",
     "World Bank", "cost of the new frigates at about $2 billion"),
    ("put_number_at_bare_figure",
     "Chilean officials put the number of soldiers in the border area at 12,000.",
     "Chile", "at 12,000"),
    ("relative_which_put_at",
     "The ministry did not give the price of the corvettes, which Bolivian media put at "
     "about $90 million.", "Bolivia", "at about $90 million"),
    # no figure after "at": a signing or a place, not an estimate
    ("put_names_at_ceremony",
     "The ministers of Chile and Peru put their names to the accord at a ceremony in Lima in "
     "2004.", "Chile", None),
    ("put_on_alert",
     "Peru put its troops on alert after the raid.", "Peru", None),
    # outlets the text does not name give no claimant (dev conventions R5)
    ("unnamed_press_reports",
     "Neither side gave the price, but Chilean press reports put the value of the deal at "
     "around 80 million euros.", "Chile", None),
]

# --- ", a figure X dismissed as Y": a denying verb with "as" in a relative clause on a noun
# of something said or counted calls it Y (R1, "dismissed X as Y"); a thing refused is none ---
DISMISSED_AS = [
    ("figure_dismissed_as_propaganda",
     "Chilean officials said 400 rebels had been killed, a figure Lima dismissed as propaganda.",
     "Peru", "figure as propaganda"),
    ("report_rejected_as_untrue",
     "The bank had lent the navy 90 million dollars, according to El Diario, a report the "
     "Bolivian finance ministry rejected as untrue.",
     "Ministry of Finance (Bolivia)", "report as untrue"),
    ("request_dismissed_as_interference",
     "Bolivia asked Chile to stop the sale, a request that Chilean diplomats dismissed as "
     "interference.", "Chile", "request as interference"),
    # a thing refused states nothing
    ("tanks_rejected_as_substandard",
     "Spain agreed to take back 20 tanks that Peru rejected as substandard.", "Peru", None),
]

# --- unnamed sources that a place locates speak for nobody (R5), unlike R9's officials ------
PLACED_SOURCES = [
    ("military_sources_in_capital",
     "Military sources in Lima said the frigates would sail in May.", "Peru", None),
    ("according_to_sources_in_capital",
     "The convoy includes two destroyers, according to naval sources in Santiago.",
     "Chile", None),
    # a nationality keeps its state; officials in a capital are its state's (R9)
    ("national_sources_keep_state",
     "Peruvian defence sources in Lima said the frigates would sail in May.",
     "Peru", "frigates would sail"),
    ("officials_in_capital_state",
     "Officials in Lima said the frigates would sail in May.", "Peru", "frigates would sail"),
]

# --- an accusation coordinated with, or hung as a participle on, a clause of another verb
# shares that clause's subject (R4); inside a reported clause it stays the reporter's --------
SHARED_ACCUSER = [
    ("participle_after_conjunct",
     "Chile cut diplomatic ties with Peru and closed its border, accusing Lima of arming the "
     "rebels.", "Chile", "Lima of arming the rebels"),
    ("participle_after_conjunct_list",
     "Chile and Bolivia cut diplomatic ties with Peru and closed their borders, accusing Lima "
     "of arming the rebels.", "Bolivia", "Lima of arming the rebels"),
    ("coordinated_accused",
     "Chile has halted arms sales to Peru and accused Lima of aggression.",
     "Chile", "Lima of aggression"),
    # the subject of a reported clause is not the accuser
    ("reported_clause_subject_not_accuser",
     "The envoy said Bolivia would respect the truce but accused Peruvian forces of "
     "continuing attacks.", "Bolivia", None),
]

CASES = [*FIGURE_PUT, *DISMISSED_AS, *PLACED_SOURCES, *SHARED_ACCUSER]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in CASES])
def test_claimant(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
