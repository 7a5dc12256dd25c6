"""Issue 12, stop 37 (h-seg1): each line of a document is tagged and parsed apart (sentences
written for these tests, none taken from a corpus; real spaCy parse). A headline followed by a
blank line reads as it does alone; a lead's opening dateline is parsed apart from the lead's
clause and hangs on its root; the document's text and every character offset stay exact."""

from __future__ import annotations

HEADLINE = "Spain sends two minesweepers and a corvette to the Adriatic"
BODY = ("MADRID, Sept 2 (1993) - Defence Minister Julian Garcia said on Thursday that the ships "
        "would sail from Cartagena next week.\n\nThe navy said the crews were ready.\n")
TEXT = HEADLINE + "\n\n" + BODY


def test_headline_before_blank_line_keeps_its_deployment(run):
    _, rels = run(TEXT)
    found = [r for r in rels if r.relation == "deploys"
             and any(m.span.text == "Spain" for m in r.role("deployer"))
             and any(m.span.text == "Adriatic" for m in r.role("destination"))]
    assert found
    rel = found[0]
    for role, word in (("deployer", "Spain"), ("destination", "Adriatic")):
        m = rel.role(role)[0]
        assert TEXT[m.span.start:m.span.end] == word
    assert TEXT[rel.sentence.start:rel.sentence.end].strip() == HEADLINE


def test_text_and_offsets_unchanged(nlp):
    doc = nlp(TEXT)
    assert doc.text == TEXT
    assert all(TEXT[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    # the headline is one sentence, the blank line hangs on its last word
    first = next(doc.sents)
    assert first.text.strip() == HEADLINE
    assert first[-1].is_space and first[-1].head.text == "Adriatic"


def test_dateline_hangs_on_the_lead(nlp):
    doc = nlp(TEXT)
    city = next(t for t in doc if t.text == "MADRID")
    said = next(t for t in doc if t.text == "said")
    assert city.sent == said.sent  # one sentence, as before
    assert city.dep_ == "dep" and city.head.i == said.i  # not the lead's subject
    assert any(c.dep_ == "nsubj" and c.text == "Garcia" for c in said.children)


def test_leading_blank_line_and_single_line(nlp):
    for text in ("\n\n" + HEADLINE + "\n", HEADLINE):
        doc = nlp(text)
        assert doc.text == text
        sends = next(t for t in doc if t.text == "sends")
        assert sends.dep_ == "ROOT"
        assert any(c.text == "Spain" and c.dep_ == "nsubj" for c in sends.children)


# --- s43 h-seg2: rules that read the lead read it from the word after the dateline -------------

def _agencies(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == "Agency"}


def test_capitalised_service_after_a_dateline_is_the_datelines_states(run):
    """"QUITO, … - The Air Force has sent …": the dateline's city is no state the lead's
    clause names, so the lone service is the dateline state's, as at a sentence start."""
    text = ("QUITO, June 9 (1994) - The Air Force has flown four helicopters to the border, "
            "officials said.")
    assert "Air Force (Ecuador)" in _agencies(run, text)


def test_after_dateline_span(nlp):
    from kg.extract.dateline import after_dateline as _after_dateline

    doc = nlp("QUITO, June 9 (1994) - The Air Force has flown four helicopters to the border.")
    assert _after_dateline(next(doc.sents))[0].text == "The"
    plain = next(nlp("The Air Force has flown four helicopters to the border.").sents)
    assert _after_dateline(plain) == plain


def test_headline_kind_repeated_unnamed_in_the_lead_is_not_a_later_name(run):
    """"A and B sign border treaty" over a lead where they sign "a border treaty" and a later
    line has them join a named pact: a headline's signing is no accession, so its treaty is
    the lead's, not that pact."""
    from test_challenge_agreements import _observe

    text = ("Chile and Argentina sign border treaty in Santiago\n\nSANTIAGO, May 3 (1984) - "
            "Chile and Argentina signed a border treaty on Friday. Both joined the Antarctic "
            "Treaty in 1961.")
    _, signed, _ = _observe(run, text)
    assert not {p for p in signed if p[1] == "antarctic treaty"}, signed
    assert ("chile", "border agreement (chile–argentina)") in signed, signed


def test_an_empty_text_passes_the_per_line_parse(nlp):
    # a document cut off by --doc-timeout reaches the pipeline empty; the write-back once
    # indexed its first token and failed
    assert [len(d) for d in nlp.pipe(["", "Spain sent troops."])] == [0, 4]
