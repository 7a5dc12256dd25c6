"""Issue 12, stop 29 (h-ent18): unnamed speakers of an armed service ("army officers said",
"naval officers said", "an air force spokesman said") speak for that service (dev R8, E17).

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

LEAD = "Chile receives frigates\nSANTIAGO, March 3 (2004) - Chile has received two frigates. "


@pytest.mark.parametrize("text, key", [
    # the story's own state, with no service named before
    (LEAD + "The ships will be based at Talcahuano, naval officers said.", "Navy (Chile)"),
    (LEAD + "The crews will need a year of training, a navy spokesman said.", "Navy (Chile)"),
    (LEAD + "The jets arrived at a base near the capital, air force officials said.",
     "Air Force (Chile)"),
    (LEAD + "Army officers said the new tanks would reach the north in May.", "Army (Chile)"),
    # a nationality before the service names its state
    (LEAD + "Peruvian army officers said the border was calm.", "Army (Peru)"),
])
def test_service_speaker_claims(claims, text, key):
    assert key in {c for c, _ in claims(text)}


def test_named_service_owns_its_speakers(claims):
    # of two navies named, the story's buyer's
    text = (LEAD + "Chile's navy had long used American destroyers from the US Navy. The "
            "frigates will sail in June, navy officials said.")
    found = {c for c, s in claims(text) if "June" in s}
    assert found == {"Navy (Chile)"}


@pytest.mark.parametrize("text, absent", [
    # no speech: officers who act are often another state's
    (LEAD + "The frigates arrived a week after army officers in Lima overthrew the president.",
     "Army (Chile)"),
    # a speaker named in apposition speaks himself
    (LEAD + "An air force spokesman, Colonel Pedro Rojas, said the jets were ready.",
     "Air Force (Chile)"),
    # sources speak for no one (R5)
    (LEAD + "The frigates will patrol the south, navy sources said.", "Navy (Chile)"),
])
def test_left_alone(run, text, absent):
    mentions, _ = run(text)
    assert absent not in {m.key for m in mentions}


def test_speaker_service_is_the_named_one(run):
    # the mention made for "a navy spokesman" is the navy named before, not a new entity
    mentions, _ = run("The Kenyan navy received two patrol boats in May. A navy spokesman said "
                      "the crews had trained abroad.")
    keys = {m.span.text: m.key for m in mentions}
    assert keys.get("navy") == keys.get("Kenyan navy") is not None
