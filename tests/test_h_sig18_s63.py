"""Issue 12, stop 63 (h-sig18): after the article's own agreement, an older one of the same
parties that a year dates ("adds to a boundary treaty of 1979, which A concluded with B",
"modelled on a 1994 accord that the two governments concluded") is an agreement of its own,
its year in its key, signed by those parties, not merged into the article's (dev d1076, d997;
sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_h_agr9_s51 import _agreements
from test_h_sig5_s58 import _signed_by

OF_YEAR = ("Peru and Chile sign boundary supplement\n\n"
           "LIMA, May 4 - Peru's foreign minister Jorge Moreno and his Chilean counterpart Ana "
           "Silva signed a supplementary treaty on their land border in Lima on Monday. "
           "The new treaty adds to a boundary treaty of 1979, which the military government of "
           "Peru concluded with Chile during the dispute. "
           "Moreno said the treaty would bring calm to the border.")

PRENOMINAL = ("Peru and Chile sign deal to return migrants\n\n"
              "LIMA, May 4 - Peru and Chile signed an agreement on Thursday to return some of the "
              "migrants who crossed the border last year. "
              "It is modelled on a 1994 accord that the two governments concluded after an "
              "earlier crossing. Moreno said the deal was a first step.")


def test_of_year_treaty_of_the_same_parties_is_apart(run):
    keys = _agreements(run, OF_YEAR)
    assert keys["boundary treaty"] == "border agreement of 1979 (Peru–Chile)"
    # the article's own treaty, before and after, is not the older one
    assert keys["supplementary treaty"] == keys["treaty"] == "agreement (Peru–Chile)"
    for signer in ("Peru", "Chile"):
        assert "border agreement of 1979 (peru–chile)" in _signed_by(run, OF_YEAR, signer), signer


def test_prenominal_year_with_relative_signing_is_apart(run):
    keys = _agreements(run, PRENOMINAL)
    older = keys["1994 accord"]  # the year stays in the mention (dev README row A6, stop 69)
    assert older is not None and "of 1994" in older
    assert keys["agreement"] != older and keys["deal"] != older
    for signer in ("Peru", "Chile"):
        assert any("1994" in a for a in _signed_by(run, PRENOMINAL, signer)), signer


def test_year_first_agreement_keeps_its_plain_key(run):
    # no agreement of the article's before it: the dated one is the article's own (unchanged)
    text = ("LIMA, May 4 - Peru and Chile concluded a boundary treaty of 1979 after long talks. "
            "The treaty fixed the land border.")
    keys = _agreements(run, text)
    assert all("of 1979" not in (k or "") for k in keys.values())


def test_dated_treaty_between_the_same_parties_is_apart(run):
    text = ("LIMA, May 4 - Peru and Chile signed a border treaty on Monday. "
            "The new treaty replaces a 1979 treaty between Peru and Chile. "
            "Officials said the treaty would be ratified soon.")
    keys = _agreements(run, text)
    dated = [k for t, k in keys.items() if "1979" in t]
    assert dated and all(k is not None and "1979" in k for k in dated)
    assert "1979" not in (keys.get("border treaty") or "")
