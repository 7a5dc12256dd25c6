"""`reports` statement spans (issue 12, stop 32, h-rep20), on sentences written for this test
(invented or generic participants, not taken from any article or corpus)."""

from __future__ import annotations

import pytest

LEAD = "Fighting went on for a third day near the border. "

# --- "put the number of X, <aside>, at N": the parser hangs the "at" on the aside between the
# object and the figure; the estimate is still a claim, the aside part of its statement ------
ASIDE_ESTIMATES = [
    ("apposed_share",
     "Peruvian officials put the number of dead, most of them villagers, at more than 500.",
     "Peru", "the number of dead, most of them villagers, at more than 500"),
    ("passive_as_clause",
     "Chilean officials put the number of refugees, as the displaced are called there, at "
     "9,000.", "Chile", "the number of refugees, as the displaced are called there, at 9,000"),
    ("as_clause",
     "Pentagon officials put the number of launchers, as the system is called in NATO, at "
     "30, while a magazine said there were more.",
     "United States Department of Defense",
     "the number of launchers, as the system is called in NATO, at 30"),
]


@pytest.mark.parametrize(("text", "claimant", "statement"),
                         [pytest.param(t, c, s, id=i) for i, t, c, s in ASIDE_ESTIMATES])
def test_estimate_with_an_aside_before_the_figure(claims, text, claimant, statement):
    assert (claimant, statement) in claims(LEAD + text), claims(LEAD + text)


# near-misses: an "at" inside the aside itself, or no figure after it, is no estimate
@pytest.mark.parametrize("text", [
    "Chilean officials put the wounded, most of them at home, on a list.",
    "Chilean officials put the troops, who arrived at dawn, on alert.",
])
def test_no_estimate_without_a_figure_after_the_aside(claims, text):
    assert all(c != "Chile" for c, _ in claims(LEAD + text)), claims(LEAD + text)
