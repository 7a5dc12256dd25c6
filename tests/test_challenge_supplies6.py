"""Issue 12, round 6 (h-supp6): `supplies` with a second clause gapped of its verb ("France sold
six frigates to Peru and Italy four submarines to Chile"): the name after "and" plays the role
of the verb's first name (its subject, or with two objects its recipient) with its own weapons
and its own "to" recipient. Every sentence was written for this file; the expected pairs follow
tests/corpus/dev/README.md. Each case lists every (supplier, recipient, items) triple the text
states, so a false one fails it too. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_transfers import S, _name, _pairs

# (text, {(supplier, recipient or None, (items…))})
CASES = [
    # the gapped subject sells its own weapons to its own recipient
    ("Russia sold 12 tanks to Syria and China 20 howitzers to Iran.",
     {("Russia", "Syria", ("tank",)), ("China", "Iran", ("howitzer",))}),
    ("France supplied six frigates and Italy four submarines.",
     {("France", None, ("frigate",)), ("Italy", None, ("submarine",))}),
    # two objects: the gapped name received from the same supplier
    ("France gave Egypt 20 Rafale jets and Qatar 24 Rafale jets.",
     {("France", "Egypt", ("Rafale",)), ("France", "Qatar", ("Rafale",))}),
    # negatives: a coordinated object or recipient list is no gapped clause
    ("Germany delivered 40 tanks and 12 howitzers to Poland.",
     {("Germany", "Poland", ("tank", "howitzer"))}),
    # ambiguous ("and [sold] Iran 20 howitzers"): the name after a recipient is not made a seller
    ("Russia sold tanks to Syria and Iran 20 howitzers.", {("Russia", "Syria", ("tank",))}),
]


def _triples(rels) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return {(_name(a), _name(b) if b else None, tuple(_name(i) for i in r.role("item")))
            for r in rels if r.relation == S
            for a in r.role("supplier") for b in (r.role("recipient") or [None])}


@pytest.mark.parametrize("text, triples", CASES, ids=[c[0][:48] for c in CASES])
def test_gapped_clause_supplies(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples


def test_coordinated_recipients_are_no_gap(run):
    """"… to Syria and 20 howitzers to Iran": no name after "and", so no gapped seller."""
    _, rels = run("Russia sold 12 tanks to Syria and 20 howitzers to Iran.")
    assert {_name(a) for r in rels if r.relation == S for a in r.role("supplier")} == {"Russia"}
    assert {_name(b) for r in rels if r.relation == S for b in r.role("recipient")} == \
        {"Syria", "Iran"}


# (text, {(supplier, recipient or None)}): a building verb after the supply shares its "for"
SHARED = [
    ("France has delivered six frigates and is building Mirage 2000 jets for Taiwan.",
     {("France", "Taiwan")}),
    # the supply names its own recipient, and the building work its own (a supply in progress,
    # the dev README's stop 55 (26)); the second clause has its own subject; a verb that is no
    # building work
    ("Germany delivered 40 tanks to Poland and is building howitzers for Ukraine.",
     {("Germany", "Poland"), ("Germany", "Ukraine")}),
    ("Germany delivered 40 tanks and Berlin is building howitzers for Ukraine.",
     {("Germany", None), ("Germany", "Ukraine")}),
    ("Russia delivered two frigates and will lobby for Serbia.", {("Russia", None)}),
]


@pytest.mark.parametrize("text, pairs", SHARED, ids=[c[0][:48] for c in SHARED])
def test_building_clause_shares_its_beneficiary(run, text, pairs):
    _, rels = run(text)
    assert _pairs(rels, S, "supplier", "recipient") == pairs


def test_re_export_is_one_verb(nlp):
    """"re-exported" stays one token with the lemma "re-export" (the tokenizer would split it
    at the hyphen and the parser take "re" for the verb)."""
    doc = nlp("Belarus re-exported tanks; Re-exported jets and re-exporting drones.")
    words = [t for t in doc if "xport" in t.lower_]
    assert [t.text for t in words] == ["re-exported", "Re-exported", "re-exporting"]
    assert {t.lemma_ for t in words} == {"re-export"}


@pytest.mark.parametrize("text, pairs", [
    ("Belarus re-exported Russian tanks to Sudan.", {("Belarus", "Sudan")}),
    ("The howitzers had been re-exported by Serbia to Libya.", {("Serbia", "Libya")}),
    # negative: a re-export that must be approved is no supply
    ("Washington must approve any re-export of American-made helicopters.", set()),
])
def test_re_export_supplies(run, text, pairs):
    _, rels = run(text)
    assert _pairs(rels, S, "supplier", "recipient") == pairs
