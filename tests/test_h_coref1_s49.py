"""Issue 12, stop 49 (h-coref1): anaphors that fill a role. "The two presidents" picks the
people whose titles the noun names; a verb that signs only with an agreement as its object
("failed to reach a quorum") is no signing to look back to.
Sentences written for these tests, none taken from a corpus; real spaCy parse. Positive and
negative cases."""

from __future__ import annotations

from kg.extract import extract_mentions, extract_relations

FILLER = ("Officials said the talks had gone well. Markets were calm. The weather was mild. "
          "Crowds gathered in the square.\n\n")


def _signers(found, fragment: str) -> set[str]:
    """The parties of every signing whose agreement's key holds ``fragment``."""
    return {p for rel, roles in found if rel == "signed"
            and any(fragment in a.lower() for a in roles.get("agreement", []))
            for p in roles.get("party", [])}


def _supplies(found) -> set[tuple[str, str]]:
    return {(s, r) for rel, roles in found if rel == "supplies"
            for s in roles.get("supplier", []) for r in roles.get("recipient", [])}


# --- "the two presidents": the people of the last signing whose titles fit the noun ----------
TITLED = ("Chile buys patrol boats from Peru\n\nLIMA, May 3 - Chile agreed on Friday to buy six "
          "patrol boats from Peru.\n\nThe contract was signed in Lima by the shipyard's chief "
          "executive, Jorge Salas, in the presence of President Ricardo Lagos and President Alan "
          "Garcia. The boats will be delivered in 2008.\n\n" + FILLER)


def test_two_presidents_are_the_presidents(relations):
    found = relations(TITLED + "The two presidents also signed a fisheries agreement.")
    signers = _signers(found, "fisheries") | _signers(found, "agreement")
    assert {"Ricardo Lagos", "Alan Garcia"} <= {s.replace("President ", "") for s in signers}, \
        found
    assert not any("Salas" in s for s in signers), found


def test_two_men_among_three_stay_unresolved(relations):
    # "the two men" names no office: three people signed, which two is not said
    found = relations(TITLED + "The two men also signed a fisheries agreement.")
    assert not any("Salas" in s for s in _signers(found, "fisheries")), found


# --- "failed to reach a quorum" is no signing: look further back -----------------------------
QUORUM = ("Australia and Fiji sign defence treaty\n\nCANBERRA, Oct 6 - Australia and Fiji "
          "signed a defence treaty on Monday.\n\nThe treaty was signed at Parliament House by "
          "Prime Minister John Howard and Prime Minister Laisenia Qarase.\n\n" + FILLER +
          "A ceremony planned for September was put off after Qarase's cabinet failed to reach a "
          "quorum. ")


def test_quorum_is_no_signing(nlp, rules, gazetteer):
    doc = nlp(QUORUM + "The two leaders instead put their names to a fisheries agreement.")
    ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    parties = {m.key or m.span.text for r in extract_relations(doc, "d", rules, ms)
               if r.relation == "signed" and "fisheries" in r.sentence.text
               for m in r.role("party")}
    assert any("Howard" in p for p in parties) and any("Qarase" in p for p in parties), parties


def test_reached_accord_is_still_a_signing(nlp, rules):
    # a verb of that kind with an agreement as its object still signs
    from kg.extract.relations.coreference import _signing_verb

    doc = nlp("Howard and Qarase reached an accord on Monday.")
    assert _signing_verb(next(t for t in doc if t.lemma_ == "reach"), rules)
    doc = nlp("The cabinet failed to reach a quorum on Monday.")
    assert not _signing_verb(next(t for t in doc if t.lemma_ == "reach"), rules)


# --- "the two leaders" within the window: the last people whose titles fit the noun ----------
LEADERS = ("Norway and Russia settle sea border\n\nOSLO, May 3 - Prime Minister Erik Lunde of "
           "Norway and President Boris Orlov of Russia signed a sea border treaty on Friday.\n\n"
           "Officials said the talks had gone well. Markets were calm. Foreign Minister Per Dahl "
           "told reporters it was a historic day. Orlov said the deal would bring investment. ")



def test_two_leaders_skip_a_foreign_minister(relations):
    found = relations(LEADERS + "The two leaders had announced in March that a compromise "
                      "was near.")
    claimants = {c for rel, roles in found if rel == "reports" for c in roles["claimant"]}
    assert any("Lunde" in c for c in claimants), found
    assert sum("Dahl" in c for c in claimants) <= 1, found  # (his own statement only)


def test_two_men_stay_the_last_named(relations):
    # "the two men" names no office: the last two people named, as before
    found = relations(LEADERS + "The two men had announced in March that a compromise was "
                      "near.")
    claimants = [c for rel, roles in found if rel == "reports" for c in roles["claimant"]]
    assert sum("Dahl" in c for c in claimants) == 2, found
