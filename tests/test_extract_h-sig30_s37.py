"""Issue 12, stop 37 (h-sig30): which agreement a signing is of (sentences written for these
tests, none taken from a corpus; real spaCy parse): an older dated agreement the lead names
("replacing the 1929 treaty") is an aside, so a later "the treaty" is the article's own; an
indefinite treaty whose own clause names other parties ("which signed a treaty with A and B")
is a new one of those parties; a definite plural ("the accords") is the agreement written with
that plural; a counted plural ("two bilateral agreements") keeps its plural kind."""

from __future__ import annotations

from test_challenge_agreements import _observe

LEAD = ("Chile and Peru signed a new treaty of friendship on Monday in Lima, replacing the 1929 "
        "treaty that Lima had long called unjust.\n\n")


def test_dated_older_treaty_is_an_aside(run):
    text = LEAD + ("The foreign ministers, Ana Soto and Luis Vega, put their signatures to the "
                   "30-year treaty after two days of talks.")
    _, signed, _ = _observe(run, text)
    own = "friendship treaty (chile\u2013peru)"
    assert {("ana soto", own), ("luis vega", own)} <= signed
    assert not any(a != own for _, a in signed)


def test_definite_treaty_after_dated_aside_is_the_new_one(run):
    text = LEAD + "The treaty still has to be ratified by the Peruvian congress."
    mentions, _ = run(text)
    keys = {m.span.start: m.key for m in mentions if m.cls == "Agreement"}
    later = text.index("The treaty")
    assert keys[text.index("1929 treaty")] != "friendship treaty (Chile\u2013Peru)"
    assert keys[later + 4] == "friendship treaty (Chile\u2013Peru)"


BORDER = "Ghana and Togo signed a border treaty in Accra on Monday.\n\n"


def test_relative_signer_of_a_new_treaty_with_other_parties(run):
    # an indefinite treaty whose own clause names other states than the article's is a new
    # one; the relative's antecedent signs it (a subject shared by conjoined verbs), not a
    # state named inside the relative's other clause ("borders Togo")
    text = BORDER + ("Benin, which borders Togo and signed a treaty of cooperation with Niger and "
                     "Nigeria last year, made no comment.")
    _, signed, _ = _observe(run, text)
    new = "cooperation treaty (benin\u2013niger\u2013nigeria)"
    assert {("benin", new), ("niger", new), ("nigeria", new)} <= signed
    assert not any(a == new and p == "togo" for p, a in signed)
    assert not any(p == "benin" and a != new for p, a in signed)


def test_later_definite_treaty_stays_the_articles(run):
    text = BORDER + ("Benin, which signed a treaty with Niger and Nigeria last year, made no "
                     "comment. The treaty still has to be ratified by Togo's parliament.")
    mentions, _ = run(text)
    keys = {m.span.start: m.key for m in mentions if m.cls == "Agreement"}
    assert keys[text.index("a treaty with") + 2] == "treaty (Benin\u2013Niger\u2013Nigeria)"
    assert keys[text.index("The treaty") + 4] == keys[text.index("border treaty")]


def test_same_parties_indefinite_is_not_new(run):
    # the article's own parties signing "a treaty" again: not a new agreement of this rule
    text = BORDER + "Ghana and Togo signed a treaty on fishing rights with Benin in 1990."
    mentions, _ = run(text)
    keys = [m.key for m in mentions if m.cls == "Agreement"]
    assert not any(k and k.startswith("treaty (") for k in keys)


def test_treaty_of_fraternity_is_a_worded_aim(run):
    # "fraternity" and "concord" say what a lower-case treaty is for (roles.yaml treaty_aims):
    # the mention runs to the end of its "of" phrase, which a gold mention may equal
    text = BORDER + ("Benin, which signed a treaty of fraternity and concord with Niger and "
                     "Nigeria in 1983, made no comment.")
    mentions, _ = run(text)
    found = {m.span.text: m.key for m in mentions if m.cls == "Agreement"}
    assert found.get("treaty of fraternity and concord") == \
        "fraternity treaty (Benin\u2013Niger\u2013Nigeria)"


def test_definite_plural_is_the_agreement_written_with_it(run):
    # "the accords" after "two bilateral agreements": the agreement written with "accords"
    text = ("Chile and Peru signed the Lima accords on Monday. Their foreign ministers, Ana Soto "
            "and Luis Vega, also signed two bilateral agreements on fishing. Critics in Lima "
            "called the accords a betrayal.")
    mentions, _ = run(text)
    keys = {m.span.start: m.key for m in mentions if m.cls == "Agreement"}
    accords = keys.get(text.index("the accords") + 4)
    assert accords == "Lima accords"  # (a named agreement's surface form)
    assert keys[text.index("bilateral agreements")] == "bilateral agreements (Chile\u2013Peru)"


def test_counted_plural_keeps_its_plural_kind(run):
    text = ("Chile and Peru signed the Lima accords on Monday. Their foreign ministers, Ana Soto "
            "and Luis Vega, also signed two bilateral agreements on fishing.")
    mentions, _ = run(text)
    keys = {m.span.start: m.key for m in mentions if m.cls == "Agreement"}
    assert keys[text.index("bilateral agreements")] == "bilateral agreements (Chile\u2013Peru)"


def test_bare_agreement_renamed_away_before_same_parties_is_skipped():
    # a bare key an earlier pass renamed away (no span carries it any more) once raised KeyError
    # and cost the whole document its extraction; it now has nothing to rename
    import spacy
    from spacy.tokens import Span

    from kg.extract.refine.agreement_keys import _same_parties

    doc = spacy.blank("en")("Ghana and Togo signed a border treaty and an agreement .")
    spans = [Span(doc, 5, 7, label="Agreement", span_id="border treaty (Ghana\u2013Togo)")]
    bare = {"agreement (Ghana\u2013Togo)": " (Ghana\u2013Togo)"}
    out = _same_parties(spans, bare)
    assert [(x.start, x.end, x.id_) for x in out] == [(5, 7, "border treaty (Ghana\u2013Togo)")]
