"""Issue 12, stop 68 (h-date2): "the Gulf" alone, "the Gulf states" and "the Gulf region" are
the Persian Gulf (dev README E13), one node beside "the Persian Gulf", also beside another gulf
named in full. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_mentions, extract_relations
from kg.graph.resolve import resolve
from kg.graph.short_features import short_feature_keys
from kg.model import DocExtraction, Document, Mention, Span


def _regions(nlp, gazetteer, rules, text):
    """The keys of the resolved Region nodes of ``text`` as one document."""
    doc = nlp(text)
    d = Document("doc_0000000000000001", "a.txt", "a.txt", text, "0" * 64, "t")
    mentions = extract_mentions(doc, d.doc_id, ignore=gazetteer.not_entities)
    relations = extract_relations(doc, d.doc_id, rules, mentions)
    r = resolve([DocExtraction(d, tuple(mentions), tuple(relations))], gazetteer)
    return {k for k, e in r.entities.items() if e.cls == "Region"}


def _mention(text, start, key=None):
    return Mention(Span("d", start, start + len(text), text), "Region", key=key, lemma=text)


def test_a_bare_head_takes_the_default_feature():
    gulf = _mention("Gulf", 0)
    keys = short_feature_keys([gulf], {gulf.span: "Gulf"}, {"Gulf": "Persian Gulf"})
    assert keys[gulf.span] == "Persian Gulf"


def test_a_bare_head_is_the_default_beside_another_feature_named_in_full():
    gulf, other = _mention("Gulf", 0), _mention("Gulf of Tarsis", 20)
    keys = short_feature_keys([gulf, other], {gulf.span: "Gulf", other.span: "Gulf of Tarsis"},
                              {"Gulf": "Persian Gulf"})
    assert keys[gulf.span] == "Persian Gulf"
    assert keys[other.span] == "Gulf of Tarsis"


def test_a_listed_mention_keeps_its_key():
    # guard: only an unlisted bare head is re-keyed
    gulf = _mention("Gulf", 0, key="Gulf")
    keys = short_feature_keys([gulf], {gulf.span: "Gulf"}, {"Gulf": "Persian Gulf"})
    assert keys[gulf.span] == "Gulf"


@pytest.mark.parametrize("text", [
    # the bare head beside the full name: one node, not two
    "The Persian Gulf was calm on Monday. Two frigates sailed into the Gulf the next day.",
    # a region word before a state noun names the region (E13)
    "Qaravand and the other Gulf states signed the accord. Their ports face the Persian Gulf.",
    "Borovia sent troops to the Gulf region and warned the other Gulf states.",
])
def test_the_gulf_in_its_forms_is_the_persian_gulf(nlp, gazetteer, rules, text):
    regions = _regions(nlp, gazetteer, rules, text)
    assert "Persian Gulf" in regions
    assert not {r for r in regions if r.startswith("Gulf")}


def test_the_gulf_beside_the_gulf_of_oman_is_the_persian_gulf(nlp, gazetteer, rules):
    text = ("The frigate Tarsis left the Gulf of Oman on Monday and sailed into the Gulf on "
            "Tuesday.")
    regions = _regions(nlp, gazetteer, rules, text)
    assert {"Gulf of Oman", "Persian Gulf"} <= regions
    assert "Gulf" not in regions


def test_a_gulf_named_in_full_stays_itself(nlp, gazetteer, rules):
    # guard: an unlisted "Gulf of X" and a body's name are no mention of the Persian Gulf
    text = ("The Gulf Cooperation Council met in Riyadh. A trawler sank in the Gulf of "
            "Thailand.")
    regions = _regions(nlp, gazetteer, rules, text)
    assert "Gulf of Thailand" in regions
    assert "Persian Gulf" not in regions


def test_a_gulf_state_as_a_destination_is_still_no_place(run):
    # guard: "the Gulf state" describes a state; no deployment to the gulf
    _, rels = run("Borovia sent 1,000 soldiers to the Gulf state on Monday.")
    assert not [r for r in rels if r.relation == "deploys"
                and any((p.key or p.lemma) == "Persian Gulf" for p in r.role("destination"))]
