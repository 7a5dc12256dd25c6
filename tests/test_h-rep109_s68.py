"""A leader's government speaks for his state (issue 12, stop 68, h-rep109), on sentences
written for this test (invented stories; the leaders named are relations.yaml
``leader_states`` entries): "X's government said", "His government said" after a head the
article ties to no state but the list does, and "a government headed by X announced"."""

from __future__ import annotations

import pytest

LEAD = "LISBON, May 3 - Portugal will send engineers to the Central African Republic. "


def _claimants(claims, text: str, said: str) -> list[str]:
    return [c for c, s in claims(text) if said in s]


@pytest.mark.parametrize("text, state, said", [
    (LEAD + "President Faustin-Archange Touadera's government said the engineers would "
     "rebuild the bridges.", "Central African Republic", "rebuild the bridges"),
    ("SOFIA, May 3 - Bulgaria and North Macedonia opened a new border crossing. Zoran Zaev "
     "cut the ribbon. His government said trade would double.", "North Macedonia",
     "trade would double"),
    ("VIENNA, Nov 5 - Soviet tanks entered Hungary. A new government headed by Janos Kadar "
     "announced that order had been restored.", "Hungary", "order had been restored"),
])
def test_listed_leaders_government_is_his_state(claims, text, state, said):
    assert _claimants(claims, text, said) == [state], claims(text)


def test_government_led_by_listed_leader(claims):
    text = ("LISBON, May 3 - Portugal sent engineers to the Central African Republic. The "
            "government led by Faustin-Archange Touadera said the bridges would reopen.")
    assert _claimants(claims, text, "bridges would reopen") == ["Central African Republic"], \
        claims(text)


def test_headed_by_an_unlisted_leader_is_no_listed_state(claims):
    # (guard: a government headed by a man neither the article nor the list ties to a state
    # gets no state of the list; Ruritania's own head is named, so no dateline fallback)
    text = ("RURITANIA CITY, May 3 - Ruritania sent engineers to Borduria. President Anton "
            "Blau thanked them. A new government headed by Karel Vostra announced that the "
            "bridges would reopen.")
    assert "Central African Republic" not in _claimants(claims, text, "bridges would reopen")
    assert "Hungary" not in _claimants(claims, text, "bridges would reopen")
