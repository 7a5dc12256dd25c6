"""Issue 12, stop 38 (h-seg3): one reader of the wire dateline (``kg.extract.dateline``)
(sentences written for these tests, none taken from a corpus; real spaCy tokenizer and parse).

The dateline that opens a line ("OSLO, March 4 (1987) - ") is read once per document, from its
text and tokens: where it starts, the first word of its lead, whether it can be parsed as a
piece of its own, and where its upper-case city ends. The per-line parse, the rules that read
a lead from the word after its dateline, the dateline city's state and the signing rule that
leaves the dateline's town out all ask it."""

from __future__ import annotations

from kg.extract.dateline import after_dateline, dateline_of, datelines, first_city

HEADLINE = "Norway buys six patrol boats from Sweden"
LEAD = ("OSLO, March 4 (1987) - The Norwegian navy will buy six patrol boats from Sweden, the "
        "defence ministry said on Wednesday.")
TEXT = HEADLINE + "\n\n" + LEAD + "\n\nThe boats will be delivered next year.\n"


def test_reads_the_dateline_that_opens_a_line(nlp):
    doc = nlp.make_doc(TEXT)
    lines = datelines(doc)
    assert list(lines) == [next(t.i for t in doc if t.text == "OSLO")]
    line = next(iter(lines.values()))
    assert doc[line.lead].text == "The"
    assert line.glued  # its dash ends where "The" begins: a piece of its own
    assert doc[line.start:line.city_end].text == "OSLO"
    assert doc[line.city_end].text == ","


def test_city_of_several_words_and_a_state(nlp):
    doc = nlp.make_doc("NEW DELHI, India, Jan 2 (1972) - India and Nepal signed a treaty.")
    line = datelines(doc)[0]
    assert doc[line.start:line.city_end].text == "NEW DELHI"
    assert doc[line.lead].text == "India" and line.lead > line.city_end + 2
    assert first_city(doc, 40) == (0, 2)


def test_no_dateline_without_its_dash_or_mid_line(nlp):
    for text in ("US, Japan sign trade pact\n\nThe two states signed on Monday.",
                 "Troops left. OSLO, March 4 (1987) - The navy sailed.",
                 "Oslo, March 4 (1987) - the navy sailed."):
        assert datelines(nlp.make_doc(text)) == {}, text
    assert first_city(nlp.make_doc("US, Japan sign trade pact"), 40) is None


def test_a_later_line_may_open_with_a_dateline(nlp):
    doc = nlp.make_doc("Patrol boats\n\nBERGEN, May 1 - The boats arrived.\n\nSTAVANGER, May 2 - "
                       "Two more came.")
    starts = [doc[i].text for i in datelines(doc)]
    assert starts == ["BERGEN", "STAVANGER"]
    assert first_city(doc, 3) is None  # the first city opens after the first three tokens


def test_the_lead_from_the_word_after_the_dateline(nlp):
    doc = nlp(TEXT)
    sent = next(s for s in doc.sents if s[0].text == "OSLO")
    assert dateline_of(sent) is not None
    assert after_dateline(sent)[0].text == "The"
    plain = next(s for s in doc.sents if s[0].text == "The" and s[1].text == "boats")
    assert dateline_of(plain) is None and after_dateline(plain) == plain


def test_read_once_per_document(nlp):
    doc = nlp.make_doc(TEXT)
    assert datelines(doc) is datelines(doc)


def test_dateline_town_is_no_signer_but_the_lead_state_is(run):
    _, rels = run("Kenya and Uganda sign border accord\n\nARUSHA, Tanzania, Aug 4 (1988) - "
                  "Kenya and Uganda signed a border accord on Thursday.")
    signers = {m.key for r in rels if r.relation == "signed" for m in r.role("party")}
    assert {"Kenya", "Uganda"} <= signers and "Tanzania" not in signers, signers

