"""Issue 12 (h-sign6): signing constructions of the unseen dev articles' missed pairs (d126,
d110, d130, d128), each tested on sentences written for this file (real spaCy parse), with a
negative beside each. Names are compared as `kg eval` compares them (lower case, a plural -s
dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

LIMA = "lima accord"
NAIROBI = "nairobi pact"
TOKYO = "tokyo treaty"
ARUSHA = "arusha treaty"
DOHA = "doha charter"
LIMA_AGREED = "Chile and Peru agreed on the Lima Accord last week. "

# (id, text, pairs signed, pairs not signed)
PAIRS = [
    # "…, followed by B": who followed the first signer signed too (d110, d126)
    ("followed-by-states", "Chile signed the Lima Accord first, followed by Peru and Bolivia.",
     {("chile", LIMA), ("peru", LIMA), ("bolivia", LIMA)}, set()),
    ("followed-by-leaders-of", "The Kenyan president put his signature to the Nairobi Pact, "
     "followed by the leaders of Uganda and Tanzania.",
     {("kenya", NAIROBI), ("uganda", NAIROBI), ("tanzania", NAIROBI)}, set()),
    ("followed-by-on-a-place", "Japan's foreign minister signed the Tokyo Treaty at noon in the "
     "main hall of the old imperial palace, followed by the ambassadors of India and Australia.",
     {("japan", TOKYO), ("india", TOKYO), ("australia", TOKYO)}, set()),
    ("followed-by-heads-of-government", "Chile's president put her name to the Lima Accord in "
     "the afternoon, followed by the heads of government of Peru, Ecuador and Bolivia.",
     {("chile", LIMA), ("peru", LIMA), ("ecuador", LIMA), ("bolivia", LIMA)}, set()),
    ("followed-by-event", "Chile signed the Lima Accord on Monday, followed by a dinner hosted "
     "by Peru.", {("chile", LIMA)}, {("peru", LIMA)}),
    ("followed-by-other-verb", "Chile signed the Lima Accord on Monday, and the talks that "
     "followed were attended by Peru.", {("chile", LIMA)}, {("peru", LIMA)}),
    ("followed-by-unsigned", "Chile did not sign the Lima Accord, followed by Peru.", set(),
     {("chile", LIMA), ("peru", LIMA)}),
    # "the members - A, B and C -" sign, each for itself; the body does not (d130)
    ("members-of-body-dashes", "The five members of the East African Community - Kenya, "
     "Uganda, Tanzania, Rwanda and Burundi - put their names to the Arusha Treaty.",
     {("kenya", ARUSHA), ("uganda", ARUSHA), ("burundi", ARUSHA)},
     {("east african community", ARUSHA)}),
    ("heads-of-body-members", "The heads of state of the six Gulf Cooperation Council members "
     "- Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates - signed the "
     "Doha Charter.", {("bahrain", DOHA), ("oman", DOHA), ("united arab emirate", DOHA)},
     {("gulf cooperation council", DOHA)}),
    ("members-commas", "Foreign ministers of the four Mercosur members, Brazil, Argentina, "
     "Uruguay and Paraguay, signed the Asuncion Pact.",
     {("brazil", "asuncion pact"), ("paraguay", "asuncion pact")}, set()),
    ("body-signs-alone", "The Gulf Cooperation Council signed the Doha Charter with Kuwait.",
     {("gulf cooperation council", DOHA), ("kuwait", DOHA)}, set()),
    # a news agency credited in a dateline's brackets signs nothing (d128)
    ("dateline-credit", "LIMA, May 3 (Reuters) - President Ana Soto and Peru's leader Luis Vega "
     "signed the Lima Accord on Friday.", {("ana soto", LIMA), ("luis vega", LIMA)},
     {("reuter", LIMA)}),
    ("dateline-credit-in-subject", "TAKUM, Nigeria, May 2 (Reuters) - Nigerian Prime Minister "
     "O.J. Bello and Cameroon's President Paul Biya signed a border pact on Friday.",
     {("o.j. bello", "border pact (nigeria–cameroon)"),
      ("paul biya", "border pact (nigeria–cameroon)")},
     {("reuter", "border pact (nigeria–cameroon)")}),
    # "by A's adviser, B, and Under Secretary C": the parser takes "Under" for a preposition
    # joined to the verb; C signed too (d142)
    ("under-secretary-conj", LIMA_AGREED + "The accord was signed at the palace by Peru's "
     "ambassador, Luis Vega, and Under Secretary Ana Soto.",
     {("luis vega", LIMA), ("ana soto", LIMA)}, set()),
    ("under-secretary-of-state", LIMA_AGREED + "The accord was signed at the Foreign Ministry by "
     "Chile's acting foreign minister, Ana Soto, and Under Secretary of State Luis Vega.",
     {("luis vega", LIMA)}, set()),
    ("under-the-terms", LIMA_AGREED + "The accord was signed by Peru's ambassador, Luis Vega, "
     "and under its terms Chile will open a consulate run by Ana Soto.",
     {("luis vega", LIMA)}, {("ana soto", LIMA)}),
    # "bought … as part of a deal agreed/signed with B": B signs; the buyer is only the
    # implied other party of the agentless passive (S4 as amended in stop 78, d39, d758;
    # h-sig48 s80: before, the buyer signed too, d140)
    ("as-part-of-agreed-with", "Peru is buying 12 jets from Chile as part of a $1 billion arms "
     "package agreed with Santiago last year.",
     {("chile", "arms deal (peru–chile)")}, {("peru", "arms deal (peru–chile)")}),
    ("as-part-of-signed-with", "Egypt bought the frigates as part of a deal signed with France "
     "in 2015.", {("france", "arms deal (egypt–france)")}, {("egypt", "arms deal (egypt–france)")}),
    ("as-part-of-reported", "Egypt bought the frigates as part of a deal signed with France "
     "in 2015, the minister said.", {("france", "arms deal (egypt–france)")},
     {("egypt", "arms deal (egypt–france)")}),
    # "bought … as part of a deal": the buyer concluded it, as "in a deal" (d81, d140)
    ("bought-as-part-of", "Kenya bought six helicopters from Britain as part of a wider arms "
     "deal.", {("kenya", "arms deal (kenya–united kingdom)")}, set()),
    ("purchased-as-part-of", "Ghana purchased four patrol boats from France as part of a "
     "defence contract worth $200 million.", {("ghana", "arms deal (ghana–france)")}, set()),
    ("will-purchase-as-part-of", "Ghana will purchase four patrol boats from France as part of "
     "a defence contract worth $200 million.", set(), {("ghana", "arms deal (ghana–france)")}),
    ("as-part-of-deal-others-signed", "Ghana agreed to buy four patrol boats from France, as "
     "part of a defence partnership that President John Mensah and Prime Minister Paul Biya "
     "signed in Accra.", set(), {("ghana", "defence partnership (ghana–france)")}),
    # "a party to X" is a signatory of X (the brief's noun constructions)
    ("became-a-party-to", "Peru became a party to the Arms Trade Treaty in 2016.",
     {("peru", "arms trade treaty")}, set()),
    ("are-parties-to", "Chile and Argentina are parties to the Treaty of Tlatelolco.",
     {("chile", "treaty of tlatelolco"), ("argentina", "treaty of tlatelolco")}, set()),
    ("became-parties-clause", "Kenya and Uganda became parties to the Nairobi Pact when it "
     "took effect.", {("kenya", NAIROBI), ("uganda", NAIROBI)}, set()),
    ("became-a-signatory-to", "Peru became a signatory to the Arms Trade Treaty in 2016.",
     {("peru", "arms trade treaty")}, set()),
    ("not-a-party", "Peru is not a party to the Arms Trade Treaty.", set(),
     {("peru", "arms trade treaty")}),
    ("could-become-a-party", "Peru could become a party to the Arms Trade Treaty next year.",
     set(), {("peru", "arms trade treaty")}),
    ("ruling-party", "The ruling party of Peru criticised the Arms Trade Treaty on Monday.",
     set(), {("peru", "arms trade treaty")}),
    ("as-part-of-passive", "The frigates were delivered to Egypt as part of a deal signed with "
     "France in 2015.", set(), {("frigate", "arms deal (egypt–france)")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [p[1:] for p in PAIRS],
                         ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, text, present, absent):
    _, signed, _ = _observe(run, text)
    assert present <= signed
    assert not absent & signed


def _misparsed(nlp, text: str, subject: str, verb: str, tag: str = "VBD"):
    """``text`` parsed, then re-hung as the small model sometimes reads "A, B and C signed on
    Wednesday, while …" (d110): the subject's first word is the sentence's root and the verb
    a reduced relative clause ("acl") on it."""
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    first = next(t for t in sent if t.text == subject)
    signed = next(t for t in sent if t.text == verb and t.i > first.i)
    root = sent.root
    for t in sent:
        if t.head.i == root.i and t.i not in (first.i, root.i):
            t.head = first
    first.head, first.dep_ = first, "ROOT"
    signed.head, signed.dep_, signed.tag_ = first, "acl", tag
    return doc


@pytest.mark.parametrize(("text", "verb", "tag", "signers"), [
    ("Kenya signed the Nairobi Treaty on Monday. Angola, Zambia and Malawi signed on Wednesday, "
     "while Nigeria stayed away.", "signed", "VBD", {"angola", "zambia", "malawi"}),
    ("Kenya signed the Nairobi Treaty on Monday. Ghana, Togo and Benin signed it on Friday.",
     "signed", "VBD", {"ghana", "togo", "benin"}),
    # a participle on the root is a reduced relative ("Ghana, … signed …"): no subject taken
    ("Kenya signed the Nairobi Treaty on Monday. Ghana, Togo and Benin signed it on Friday.",
     "signed", "VBN", set()),
])
def test_finite_verb_hung_on_a_root_name(nlp, gazetteer, rules, text, verb, tag, signers):
    from kg.extract import extract_mentions, extract_relations

    doc = _misparsed(nlp, text, text.split(". ")[1].split(",")[0], verb, tag)
    mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    rels = extract_relations(doc, "d", rules, mentions)
    last = list(doc.sents)[-1]
    found = {(p.key or p.span.text).lower() for r in rels if r.relation == "signed"
             and r.sentence.start >= last.start_char for p in r.role("party")}
    assert found == signers
    assert doc[last.start].dep_ == "ROOT"  # the parse the test meant to build
