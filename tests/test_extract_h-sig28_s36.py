"""Issue 12, stop 36 (h-sig28): signing forms of readable dev (sentences written for these
tests, none taken from a corpus; real spaCy parse): a headline's plural "sign" that the parser
reads as a compound of a bare agreement noun ("A and B sign pact setting …", d349) signs the
agreement the lead names."""

from __future__ import annotations

from test_challenge_agreements import _name, _observe


def test_headline_compound_sign_links_the_lead_agreement(run):
    text = ("Iraq and US sign pact setting 2011 exit for American troops\n\n"
            "BAGHDAD, Nov 17 - Iraq and the United States signed a status of forces agreement "
            "on Monday that requires all troops to leave.")
    mentions, rels = run(text)
    heads = [m for m in mentions if m.cls == "Agreement" and m.span.start < 40]
    assert [m.span.text for m in heads] == ["pact"]
    assert heads[0].key == "status of forces agreement (Iraq\u2013United States)"
    _, signed, _ = _observe(run, text)
    assert {("iraq", "status of forces agreement (iraq\u2013united states)"),
            ("united state", "status of forces agreement (iraq\u2013united states)")} <= signed


def test_declaration_name_with_an_acronym(run):
    # an acronym among the title words after "of" is part of the agreement's name
    text = "Kofi Mensah and Eyadema Agbeko signed a Declaration of ECOWAS Concord in Lome."
    agreements, signed, _ = _observe(run, text)
    assert "declaration of ecowas concord" in agreements
    assert {("kofi mensah", "declaration of ecowas concord"),
            ("eyadema agbeko", "declaration of ecowas concord")} <= signed


def test_conjoined_signing_verb_shares_both_subjects(nlp, rules, gazetteer):
    # the parser may give "put" two subjects (as it did on dev d249); the conjoined "signed"
    # has the same signers. The second subject is set by hand, as spaCy hangs it otherwise
    # on this sentence.
    from kg.extract import extract_mentions, extract_relations

    doc = nlp("President Kofi Mensah of Ghana, President Eyadema Agbeko of Togo and Prime "
              "Minister Yaw Boateng of Benin put their signatures to the treaty in a hotel, "
              "and then signed a Declaration of Gulf Concord on trade.")
    put = next(t for t in doc if t.text == "put")
    boateng = next(t for t in doc if t.text == "Boateng")
    boateng.head, boateng.dep_ = put, "nsubj"
    mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    rels = extract_relations(doc, "d", rules, mentions)
    signers = {_name(p).lower() for r in rels if r.relation == "signed"
               and any(a.span.text == "Declaration of Gulf Concord" for a in r.role("agreement"))
               for p in r.role("party")}
    assert {"kofi mensah", "eyadema agbeko", "yaw boateng"} <= signers
