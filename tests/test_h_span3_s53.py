"""Issue 12, stop 53, h-span3: a name is never cut inside a hyphen-glued word.

NER often stops an unlisted name at a hyphen ("Komsomolsk" | "-on-Amur", "Schleswig" |
"-Holstein"): the name runs on through the words glued to it by hyphens with no space, when the
last of them is capitalised and any between are short particles ("-on-", "-i-") — dev d882,
d769. A lower-case last half ("NATO-led", "Soviet-era") is a description, a listed name keeps
its span, and a glued word that another span holds stays apart.

Every sentence was written for these tests. Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_h_agy2_s52 import _classes


@pytest.mark.parametrize("text, name", [
    ("MOSCOW, May 3 - The first two bombers left the plant at Zelenogorsk-on-Volga on Friday "
     "for an air base near the border, the ministry said.", "Zelenogorsk-on-Volga"),
    ("BERLIN, May 3 - Four jets flew from the air base at Hohn in Mecklenburg-Vorpommern to "
     "Lithuania on Tuesday, the defence ministry said.", "Mecklenburg-Vorpommern"),
])
def test_name_runs_on_through_a_glued_hyphen(run, text, name):
    found = _classes(run, text)
    assert name in found, found
    assert name.split("-")[0] not in found


def test_lower_case_half_is_no_part_of_the_name(run):
    found = _classes(run, "BERLIN, May 3 - The NATO-led force in Kosovo will get 200 more "
                          "German soldiers, the defence ministry said on Tuesday.")
    assert found.get("NATO", ("", ""))[0] == "Agency"
    assert "NATO-led" not in found


def test_two_listed_names_across_a_hyphen_stay_apart(run):
    found = _classes(run, "PARIS, May 3 - The Franco-German brigade will send 300 soldiers to "
                          "Mali next month, the French defence ministry said.")
    assert not any(k.startswith("Franco-German") and v[0] == "Region" for k, v in found.items())

