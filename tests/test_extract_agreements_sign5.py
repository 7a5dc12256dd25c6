"""Issue 12 (h-sign5): signing constructions of the dev articles' missed pairs, each tested on
sentences written for this file (real spaCy parse), with a negative beside each. Names are
compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

MET = "The foreign ministers of Canada, Denmark and Norway met in Oslo on Monday. "
OSLO = "oslo declaration"
TALKS = "Chile and Peru held talks in Lima on Monday. "
PACT = "fishery agreement (chile–peru)"  # named after its matter, lemma (A1; d857)
NAIROBI = "Kenya signed the Nairobi Treaty on Monday. "
BOUGHT = "Chile bought jets from Peru last year. "
MOU = "memorandum of understanding (chile–peru)"
MAA = "military assistance agreement"
THREE = {("canada", OSLO), ("denmark", OSLO), ("norway", OSLO)}

# (id, text, pairs signed, pairs not signed)
PAIRS = [
    # adopting a declaration agrees its text (d90, d114, d118)
    ("body-adopts", "The Nordic Council adopted the Oslo Declaration on Monday.",
     {("nordic council", OSLO)}, set()),
    ("adopted-participle", "Chile, Peru and Bolivia agreed in the Andes Declaration, adopted in "
     "Lima in 2004, to share river water.", {("chile", "andes declaration")}, set()),
    ("adopt-planned", "The Nordic Council is expected to adopt the Oslo Declaration on Monday.",
     set(), {("nordic council", OSLO)}),
    ("adopt-no-agreement", "The Nordic Council adopted a new strategy and the Oslo Declaration "
     "rules committee's report.", set(), {("nordic council", OSLO)}),
    # "the ministers" are the ministers of the states named before (d90)
    ("the-ministers", MET + "The ministers adopted the Oslo Declaration.", THREE, set()),
    ("the-ministers-conj", MET + "Officials said the ministers had also agreed to set up a fund "
     "and had adopted the Oslo Declaration.", THREE, set()),
    ("other-ministers", MET + "The defence ministers signed the Oslo Declaration.", set(), THREE),
    ("ministers-not-signing", MET + "The ministers discussed the Oslo Declaration.", set(),
     THREE),
    ("one-minister-before", "The foreign minister of Canada met his Danish counterpart in Oslo "
     "on Monday. The ministers signed the Oslo Declaration.", set(), {("canada", OSLO)}),
    # "put their names to" an unnamed agreement makes it one (d109)
    ("names-to-deal", TALKS + "President Ana Soto and her Peruvian counterpart, Luis Vega, put "
     "their names to an agreement on fisheries.", {("ana soto", PACT), ("luis vega", PACT)},
     set()),
    ("states-names-to-deal", TALKS + "Chile and Peru put their names to an agreement on "
     "fisheries.", {("chile", PACT), ("peru", PACT)}, set()),
    ("hopes-to-deal", TALKS + "Chile and Peru put their hopes to an agreement on fisheries.",
     set(), {("chile", PACT), ("peru", PACT)}),
    ("names-to-deal-planned", TALKS + "Chile and Peru would put their names to an agreement on "
     "fisheries.", set(), {("chile", PACT), ("peru", PACT)}),
    # "a pact with A and a similar pact with B": two agreements, each with its own party (d118)
    ("similar-pact-with", "Chile has signed a military assistance agreement with Peru and a "
     "similar pact with Bolivia, officials said.",
     {("chile", MAA + " (chile–bolivia)"), ("bolivia", MAA + " (chile–bolivia)"),
      ("peru", MAA + " (chile–peru)")}, {("bolivia", MAA + " (chile–peru)")}),
    ("conjoined-no-with", "Chile signed a trade agreement with Peru and a fisheries pact.",
     {("chile", "trade agreement (chile–peru)"), ("peru", "trade agreement (chile–peru)")},
     set()),
    # "added his name": signed the agreement just named (d106)
    ("added-her-name", NAIROBI + "Foreign Minister Ana Soto, who negotiated it, added her name "
     "for Uganda as well.", {("ana soto", "nairobi treaty")}, set()),
    ("added-that", NAIROBI + "Foreign Minister Ana Soto added that the talks went well.", set(),
     {("ana soto", "nairobi treaty")}),
    ("added-voice", NAIROBI + "Foreign Minister Ana Soto added her voice to the critics.", set(),
     {("ana soto", "nairobi treaty")}),
    ("added-name-to-other", NAIROBI + "Foreign Minister Ana Soto added her name to a petition.",
     set(), {("ana soto", "nairobi treaty")}),
    ("not-added", NAIROBI + "Foreign Minister Ana Soto did not add her name.", set(),
     {("ana soto", "nairobi treaty")}),
    # "the two governments/sides" unresolved: the agreement's own named parties (d04, d89)
    ("two-governments", BOUGHT + "The two governments also concluded a memorandum of "
     "understanding on fisheries.", {("chile", MOU), ("peru", MOU)}, set()),
    ("three-governments", BOUGHT + "The three governments also concluded a memorandum of "
     "understanding on fisheries.", set(), {("chile", MOU), ("peru", MOU)}),
    ("two-companies", BOUGHT + "The two companies also concluded a memorandum of understanding "
     "on fisheries.", set(), {("chile", MOU), ("peru", MOU)}),
    ("two-governments-plan", BOUGHT + "The two governments would conclude a memorandum of "
     "understanding on fisheries.", set(), {("chile", MOU), ("peru", MOU)}),
]


@pytest.mark.parametrize("text, present, absent", [c[1:] for c in PAIRS],
                         ids=[c[0] for c in PAIRS])
def test_signed_pairs(run, text, present, absent):
    _, signed, _ = _observe(run, text)
    assert present <= signed
    assert not absent & signed


def test_similar_pact_is_its_own_agreement(run):
    agreements, _, _ = _observe(run, "Chile has signed a military assistance agreement with Peru "
                                     "and a similar pact with Bolivia.")
    assert {MAA + " (chile–peru)", MAA + " (chile–bolivia)"} <= agreements
