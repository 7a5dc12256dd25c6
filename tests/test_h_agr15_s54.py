"""Issue 12, h-agr15 (stop 54): an unnamed agreement told by its matter, signed beside (or
before) the article's named treaty, is an agreement of its own (sentences written for these
tests, real spaCy parse).

- A signed indefinite "an agreement under which …" / "an agreement on …" whose clause or topic
  names a matter (roles.yaml `matter_words`) is "<matter> <kind> (<A>–<B>)" of the article's
  parties (A1/A3), not the article's other treaty (dev d886, d857).
- A later name the article gives another, older agreement ("…, who signed the Orinoco Waters
  Treaty in 1961") does not rename it; a later "the fisheries accord" is it.
"""

from __future__ import annotations

from tests.test_h_agr8_s50 import _signed
from tests.test_h_agr9_s51 import _agreements

TREATY = ("LISBON, May 4 - Portugal and Angola signed a new friendship treaty on Tuesday, "
          "replacing a 1976 accord. President Jorge Sampaio and Angolan President Jose dos "
          "Santos put their signatures to the treaty at the Belem Palace. ")


def test_second_agreement_under_which_is_its_own_matter(run):
    text = TREATY + ("The two presidents also signed an agreement under which Portugal will "
                     "write off part of Angola's debt.")
    found = _agreements(run, text)
    assert "debt agreement (Portugal–Angola)" in found.values()
    # the treaty keeps its own mentions
    assert found.get("treaty") != "debt agreement (Portugal–Angola)"


def test_agreement_on_a_matter_put_their_names_to(run):
    text = TREATY + "The two presidents also put their names to an agreement on cultural exchanges."
    assert "cultural agreement (Portugal–Angola)" in _agreements(run, text).values()


LEAD = ("CARACAS, Dec 3 - Venezuela and Colombia signed an agreement today under which neither "
        "will let its trawlers into the other's fisheries without a licence. The accord was "
        "signed by President Carlos Perez and his Colombian counterpart, Virgilio Barco, "
        "who recalled Romulo Betancourt, who signed the Orinoco Navigation Treaty in Bogota "
        "in 1961. Under the fisheries accord, each country will publish a list of licensed boats.")


def test_lead_agreement_under_which_is_not_the_older_named_treaty(run):
    found = _agreements(run, LEAD)
    keys = set(found.values())
    assert "fisheries accord (Venezuela–Colombia)" in keys
    assert found.get("fisheries accord") == "fisheries accord (Venezuela–Colombia)"
    signed = _signed(run, LEAD)
    assert not any(p == "Carlos Perez" and a == "Orinoco Navigation Treaty" for p, a in signed)


def test_agreement_that_refers_back_to_the_treaty_stays_it(run):
    text = TREATY + "The two presidents said the agreement would be published."
    keys = _agreements(run, text).values()
    assert not any(k and k.startswith(("debt", "cultural")) for k in keys)


def test_no_matter_no_new_agreement(run):
    text = TREATY + ("The two presidents also signed an agreement under which Portuguese "
                     "officers will train the army.")
    assert not any(k and k.startswith("train") for k in _agreements(run, text).values())
