"""Issue 13, stop 40 (h-perf16): the rules that read a document's text read it through
``tokens.text_of`` (joined once per document) and ``extract_relations`` reads ``doc.ents``
once; what they find is unchanged (sentences written for this file, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from kg.extract.relations.coreference import _lead_rulers
from kg.extract.tokens import text_of

HEADLINE = "Norway sends troops to Latvia"
LEAD = "OSLO, May 3 - Norway's government said on Tuesday it would send 200 soldiers to Latvia."
BODY = "The government has sent 300 engineers to Estonia as well, officials said."
ARTICLE = f"{HEADLINE}\n\n{LEAD}\n\n{BODY}"


def test_lead_rulers_reads_the_lead_of_the_joined_text(nlp, rules, gazetteer):
    from kg.extract import extract_mentions

    doc = nlp(ARTICLE)
    assert text_of(doc) == doc.text
    mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    by_token = {t.i: m for m in mentions for ent in doc.ents
                if ent.start_char == m.span.start for t in ent}
    states, end = _lead_rulers(doc, rules, by_token)
    assert end == len(HEADLINE) + 2 + len(LEAD)
    assert any("norway" in s.lower() for s in states), states


def test_the_lead_government_deploys_later(run):
    """"The government" of a later sentence is the state whose government the lead names."""
    _, rels = run(ARTICLE)
    pairs = {((d.key or d.lemma).lower(), (x.key or x.lemma).lower()) for r in rels
             if r.relation == "deploys" for d in r.role("deployer") for x in r.role("destination")}
    assert ("norway", "estonia") in pairs, pairs
