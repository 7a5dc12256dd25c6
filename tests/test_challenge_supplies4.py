"""Issue 12, round 4: `supplies` recall on fresh text. A partitive subject ("several of them
bought from"), a relative clause whose possessed subject the small model misparses ("the jets
that Chile's air force bought from"), weapons bought or sold "along with" the object, a "them"
that stands for the weapons of the sentence before, the contents a deal named before
"includes", a second object gapped before its own "to", a passive supply "under a contract
that X signed with Y", and a builder that builds weapons "for" a state or force. Every
sentence was written for this file; the expected pairs follow tests/corpus/dev/README.md.

Each case lists every (supplier, recipient) pair the text states, so a false positive fails
it too; the item cases check the weapons. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_transfers import S, _name, _pairs

# (text, {(supplier, recipient)})
CASES = [
    # a partitive subject takes a share of the noun before its comma; the holder receives
    ("Chile operates ten frigates, several of them bought from the Netherlands.",
     {("Netherlands", "Chile")}),
    ("Kenya flies 12 helicopters, all of them bought from France in the 1990s.",
     {("France", "Kenya")}),
    ("Peru's navy has eight frigates and two submarines, most of which were bought from Italy.",
     {("Italy", "Navy (Peru)")}),
    # negatives: no weapons, or no purchase
    ("Chile has ten allies, several of them bought from the Netherlands.", set()),
    ("Chile operates ten frigates, several of them built in Spain.", set()),
    # the relative clause's verb hung on its possessed subject: the noun before "that" was bought
    ("The new jets will join the Mirage fighters that Peru's air force bought from France in "
     "1985.", {("France", "Air Force (Peru)")}),
    ("The jets will fly beside the F-16 fighters which Chile's air force bought from the "
     "Netherlands.", {("Netherlands", "Air Force (Chile)")}),
    # negative: no relative pronoun before the possessor
    ("The report said that Chile's air force bought from the Netherlands.", set()),
    # a deal named before "includes" more weapons: its supplier supplies them too
    ("Peru signed a contract with Italy to buy two frigates. The contract also includes 40 "
     "Aspide missiles and two helicopters.", {("Italy", "Peru")}),
    # negatives: a deal nobody was said to supply under, and a fleet is no deal
    ("Peru signed a contract with Italy on fishing. The contract includes 40 Aspide missiles.",
     set()),
    ("Peru's navy has two frigates. The fleet includes 40 Aspide missiles.", set()),
    # a passive supply under a deal: the deal's other party supplies, to the "to" object or
    # else to the one who signed it
    ("The Su-27 jets were supplied under a contract worth about $150 million that Peru signed "
     "with the Russian arms exporter Rosoboronexport last year.", {("Rosoboronexport", "Peru")}),
    ("The frigates were delivered under a contract that Chile signed with Spain in 2010.",
     {("Spain", "Chile")}),
    ("The tanks were delivered to Chile under a contract signed with Germany in 2010.",
     {("Germany", "Chile")}),
    # negatives: a deal without a party, a deal that is not signed, no weapons
    ("The tanks were delivered to Chile under a contract on training.", set()),
    ("The tanks were delivered under a contract that Chile won in 2010.", set()),
    ("The talks were held under an agreement signed with Germany in 2010.", set()),
    # a builder working for a state or force supplies it
    ("Naval Group builds Scorpene submarines for the Indian Navy.",
     {("Naval Group", "Navy (India)")}),
    ("China built eight submarines for Pakistan in Wuhan.", {("China", "Pakistan")}),
    ("The frigates, built by Fincantieri for Egypt, arrived in May.", {("Fincantieri", "Egypt")}),
    # work in progress is a supply too (dev README, stop 55's (26); stop 56's builders census)
    ("China is building eight submarines for Pakistan.", {("China", "Pakistan")}),
    # negatives: no recipient, or nothing a weapon
    ("Rheinmetall builds tanks for export.", set()),
    ("Germany built the frigate in Kiel.", set()),
    ("Turkey built a base for Qatar.", set()),
]

# (text, supplier, {items})
ITEMS = [
    ("France sold Peru four frigates along with two submarines.", "France",
     {"frigate", "submarine"}),
    ("Greece bought the jets from France together with 200 Exocet missiles.", "France",
     {"Exocet"}),
    # "along with" people is no weapon
    ("Spain sold tanks to Ghana along with its own instructors.", "Spain", {"tank"}),
    # two "to" phrases: the second object, coordinated by the parser with the first
    # recipient, is a weapon supplied
    ("Russia sold tanks to Peru and helicopters to Bolivia.", "Russia", {"tank", "helicopter"}),
    ("Belarus sold MiG-29 jets to Eritrea and Mi-24 helicopters to Sudan.", "Belarus",
     {"MiG-29", "Mi-24"}),
    # one "to" phrase: nothing more
    ("Spain delivered frigates to Chile.", "Spain", {"frigate"}),
    # "them" stands for the plural weapons of the sentence before
    ("Peru needs new ships. The vessels, two frigates and a corvette, were retired in 2015. "
     "Italy is selling them cheaply.", "Italy", {"frigate", "corvette"}),
    ("Chile ordered four frigates and two submarines in May. Spain sold them to Chile in June.",
     "Spain", {"frigate", "submarine"}),
    # the share is of the whole list before the comma
    ("Ghana operates four patrol boats and six frigates, two of them bought from Germany.",
     "Germany", {"patrol boat", "frigate"}),
]


@pytest.mark.parametrize("text, supplies", CASES, ids=[c[0][:48] for c in CASES])
def test_supply_sentence(run, text, supplies):
    _, rels = run(text)
    assert _pairs(rels, S, "supplier", "recipient") == supplies


@pytest.mark.parametrize("text, supplier, items", ITEMS, ids=[c[0][:48] for c in ITEMS])
def test_supply_items(run, text, supplier, items):
    _, rels = run(text)
    found = {_name(i) for r in rels if r.relation == S
             and supplier in {_name(s) for s in r.role("supplier")} for i in r.role("item")}
    assert found == items


def test_them_needs_plural_weapons_before(run):
    """A singular weapon before, or people: "them" stands for nothing supplied."""
    for text in ("The frigate was built in Kiel. Germany sold them to Egypt in 2020.",
                 "Egypt sent its diplomats to Berlin. Germany sent them back to Cairo."):
        _, rels = run(text)
        assert not [r for r in rels if r.relation == S], text


def test_patrol_boat_is_a_weapon(run):
    mentions, rels = run("Australia handed over a patrol boat to Fiji on Friday.")
    assert ("patrol boat", "Weapon") in {(_name(m), m.cls) for m in mentions}
    assert _pairs(rels, S, "supplier", "recipient") == {("Australia", "Fiji")}
