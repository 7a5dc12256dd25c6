"""Claims: figures with qualifiers and units, normalised dates, certainty, and the sample's
conflicting casualty figures kept side by side with their sources."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rdflib import RDFS, SKOS, Namespace

from kg.extract import extract_mentions, extract_relations
from kg.extract.claims import parse_number
from kg.graph.dates import normalise

PREFIX = """PREFIX kg: <https://example.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
MON = dt.date(2024, 12, 23)  # a Monday
KG = Namespace("https://example.org/kg/ontology#")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,100", 1100), ("approximately 1,100", 1100), ("$2,000", 2000),
     ("$1.1 billion", 1_100_000_000), ("twelve", 12), ("3", 3), ("1.5", 1.5), ("several", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("phrase", "published", "kind", "value"),
    [
        ("on Monday", MON, "date", "2024-12-23"),
        ("Thursday", MON, "date", "2024-12-19"),
        ("In October", MON, "gYearMonth", "2024-10"),
        ("in January", dt.date(2025, 2, 14), "gYearMonth", "2025-01"),
        ("December", dt.date(2025, 2, 14), "gYearMonth", "2024-12"),
        ("December 18", MON, "date", "2024-12-18"),
        ("early February", dt.date(2025, 2, 14), "gYearMonth", "2025-02"),
        ("September 2022", None, "gYearMonth", "2022-09"),
        ("February 24, 2022", None, "date", "2022-02-24"),
        ("this month", MON, "gYearMonth", "2024-12"),
        ("last year", MON, "gYear", "2023"),
    ],
)
def test_date_normalisation(phrase, published, kind, value):
    norm = normalise(phrase, published)
    assert (norm.kind, norm.value) == (kind, value)


@pytest.mark.parametrize(
    ("phrase", "published"),
    [("last week", MON), ("recently", MON), ("on Monday", None), ("in October", None)],
)
def test_unresolvable_dates_stay_text(phrase, published):
    assert normalise(phrase, published) is None


@pytest.fixture(scope="module")
def claims(nlp, rules, gazetteer):
    def _run(text):
        doc = nlp(text)
        ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return [r for r in extract_relations(doc, "d", rules, ms) if r.relation == "reports"]

    return _run


def figs(rel):
    return [(f.value, f.qualifier, f.unit) for f in rel.figures]


def test_figures_with_qualifiers_and_units(claims):
    (c,) = claims("The JCS said that more than 3,000 North Korean soldiers had been killed or "
                  "wounded, with at least 100 dead and some 1,000 wounded in the Kursk region.")
    assert figs(c) == [(3000, "more than", "killed or wounded"), (100, "at least", "killed"),
                       (1000, "some", "wounded")]
    assert c.figures[0].measure == "casualties"
    assert c.figures[0].counted == "North Korean soldiers"


def test_object_figures_take_their_own_verb(claims):
    (c,) = claims("According to the Ukrainian Special Operations Forces, Ukrainian forces killed "
                  "77 North Korean soldiers and injured an additional 40.")
    assert figs(c) == [(77, None, "killed"), (40, "an additional", "wounded")]


def test_money_per_soldier(claims):
    (c,) = claims("The NIS said that Moscow pays Pyongyang $2,000 for each soldier.")
    (f,) = c.figures
    assert (f.value, f.unit, f.measure, f.counted) == (2000, "USD", "payment", "for each soldier")


def test_numbers_without_unit_are_not_figures(claims):
    (c,) = claims("Lee said the losses had two main factors in nine regions.")
    assert c.figures == ()


def test_certainty_and_denial(claims):
    (est,) = claims("The NIS estimated that 12,000 troops were sent.")
    assert est.attr("certainty") == "estimated"
    (hedged,) = claims("Seoul said North Korea has reportedly sent 10,000 containers.")
    assert hedged.attr("certainty") in ("asserted", "hedged")
    assert claims("Neither the North nor Russia has officially acknowledged the troops.") == []


def test_media_outlet_told_carries_the_claim(claims):
    (c,) = claims("Western officials told the BBC that at least 1,000 of the 11,000 North "
                  "Korean troops deployed had been killed.")
    assert [m.key for m in c.role("claimant")] == ["BBC"]
    assert figs(c)[0] == (1000, "at least", "killed")


CLAIMS = PREFIX + """
SELECT ?source ?value ?qualifier ?unit ?measure ?date ?file WHERE {
  ?src kg:reports ?c ; rdfs:label ?source .
  ?c kg:figure ?f ; kg:evidence/kg:inDocument/kg:fileName ?file .
  ?f kg:value ?value ; kg:unit ?unit .
  OPTIONAL { ?f kg:qualifier ?qualifier } OPTIONAL { ?f kg:measure ?measure }
  OPTIONAL { ?c kg:claimDate ?date }
}"""


@pytest.fixture(scope="module")
def claim_rows(sample_graph):
    return [tuple(None if v is None else v.toPython() for v in row)
            for row in sample_graph.query(CLAIMS)]


JCS = "Joint Chiefs of Staff (South Korea)"
NIS = "National Intelligence Service (South Korea)"
SOF = "Special Operations Forces of Ukraine"


@pytest.mark.parametrize(
    ("source", "value", "unit"),
    [
        (JCS, 1100, "casualties"),
        ("Volodymyr Zelenskyy", 3000, "killed or wounded"),
        (NIS, 12000, "deployed"),
        (NIS, 100, "killed"),
        (NIS, 1000, "wounded"),
        ("Lee Seong-kweun", 100, "killed"),
        ("Lee Seong-kweun", 1000, "wounded"),
        (SOF, 77, "killed"),
        (SOF, 40, "wounded"),
        (NIS, 2000, "USD"),
        ("BBC", 1000, "killed"),
    ],
)
def test_sample_claims_with_source_and_document(claim_rows, source, value, unit):
    hits = [r for r in claim_rows if r[0] == source and r[1] == value and r[3] == unit]
    assert hits, sorted({r[:4] for r in claim_rows if r[0] == source})
    assert all(r[6].endswith(".txt") for r in hits)


def test_conflicting_casualty_figures_stay_separate(claim_rows):
    casualties = {(r[0], r[1]) for r in claim_rows if r[4] == "casualties"}
    assert {(JCS, 1100), ("Volodymyr Zelenskyy", 3000)} <= casualties


def test_claim_dates_normalised_against_publication_date(sample_graph):
    rows = sample_graph.query(PREFIX + """
        SELECT ?text ?date WHERE {
          ?c kg:claimant/rdfs:label "National Intelligence Service (South Korea)" ;
             kg:figure/kg:value 12000 ; kg:date ?text ; kg:claimDate ?date }""")
    found = {(str(t), str(d), d.datatype.split("#")[-1]) for t, d in rows}
    assert ("October", "2024-10", "gYearMonth") in found


def test_every_relation_evidence_names_its_arguments(sample_graph, rules):
    """Each event/claim has an evidence sentence containing a name of every argument, or a
    word that refers back to one ("it said", "the agency highlighted": coreference)."""
    refer = [re.compile(rf"\b{w}\b") for w in
             (*rules.anaphors, *(f"the {d}" for d in rules.descriptions))]
    # "a defense agreement between the two countries": a counted plural (issue 12)
    plurals = rules.words["plural_country_nouns"] | rules.words["plural_person_nouns"]
    stems = "|".join(sorted(w.rstrip("y") for w in plurals))  # "countries", "allies"
    refer.append(re.compile(rf"\b(two|three|four|five|six|both) ({stems})\w*\b"))
    q = PREFIX + """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?e ?arg ?sentence WHERE {
      VALUES ?role { kg:supplier kg:recipient kg:item kg:deployer kg:destination kg:party
                     kg:agreement kg:claimant }
      ?e ?role ?arg ; kg:evidence/kg:sentence ?sentence .
    }"""
    names: dict = {}
    for e, arg, sentence in sample_graph.query(q):
        if arg not in names:
            labels = set(sample_graph.objects(arg, RDFS.label))
            labels |= set(sample_graph.objects(arg, SKOS.altLabel))
            # "the country's prime minister said": a person may be named by their title
            labels |= set(sample_graph.objects(arg, KG.title))
            names[arg] = {str(n).lower() for n in labels}
        text = " ".join(str(sentence).replace("\u2019", "'").replace("\u2018", "'").split())
        assert any(n in text.lower() for n in names[arg]) or any(
            r.search(text.lower()) for r in refer), (str(e), str(arg), text)


def test_denials_are_claims_with_certainty_denied(claims):
    (c,) = claims("Tehran rejected the report that it had shipped missiles to Russia.")
    assert c.attr("certainty") == "denied"
    (c,) = claims("Beijing denies sending weapons to either side.")
    assert c.attr("certainty") == "denied"
    # the negated clause (dev conventions R4; s27 h-rep7), the state by its name
    assert c.attr("statement") == "China did not send weapons to either side"
