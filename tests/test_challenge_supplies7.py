"""Issue 12, round 7 (h-supp7): `supplies` recall rules tolerant of the small model's parses.
Every sentence was written for this file (none copied from an article); the expected pairs
follow tests/corpus/dev/README.md. Each case lists every (supplier, recipient, items) triple
the text states, so a false one fails it too. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

# (text, {(supplier, recipient or None, (items…))})
CASES = [
    # a list of recipients the parser hangs as an apposition of the first name (the armed Heron
    # TP: an unarmed Heron is no Weapon since stop 57, E5)
    ("Israel has sold Heron TP drones to India, Azerbaijan, the Philippines, Morocco and Brazil "
     "in recent years.",
     {("Israel", r, ("Heron TP",)) for r in ("India", "Azerbaijan", "Philippines", "Morocco",
                                           "Brazil")}),
    ("Saab has delivered Gripen jets to Hungary, Brazil, the Czech Republic, Thailand and "
     "Sweden, and Colombia and Peru have ordered the jet.",
     {("Saab", r, ("Gripen",)) for r in ("Hungary", "Brazil", "Czech Republic", "Thailand",
                                         "Sweden")}),
    ("Boeing has also delivered Apache helicopters to Greece, Egypt, the Netherlands, Japan and "
     "Spain for training in Arizona, and India and Qatar have ordered the helicopter.",
     {("Boeing", r, ("AH-64 Apache",)) for r in ("Greece", "Egypt", "Netherlands", "Japan",
                                                 "Spain")}),
    ("Germany has sold Leopard tanks to Norway, Denmark, Finland and Greece since 2000.",
     {("Germany", r, ("Leopard tank",)) for r in ("Norway", "Denmark", "Finland", "Greece")}),
    # negative: an apposition that renames the recipient is no list
    ("Russia sold tanks to its neighbour, Belarus, last year.", {("Russia", "Belarus", ("tank",))}),
    # a participle the parser hangs on the subordinate clause before it
    ("Russia has armed Syria since the civil war started in 2011, supplying tanks, howitzers "
     "and Su-24 bombers.",
     {("Russia", "Syria", ()), ("Russia", None, ("tank", "howitzer", "Su-24"))}),
    ("Turkey has backed Azerbaijan since the fighting began, providing Bayraktar TB2 drones and"
     " howitzers.", {("Turkey", None, ("Bayraktar TB2 drone", "howitzer"))}),
    ("France became Egypt's top supplier after the coup took place, selling Rafale jets and "
     "FREMM frigates.",
     {("France", "Egypt", ()), ("France", None, ("Rafale", "FREMM frigate"))}),
    # negative: no supply verb, nothing supplied
    ("Diplomats said the war began in 1980, killing thousands of soldiers.", set()),
    # actors ranked before the subject by an ordinal and "after"
    # (a verb of hand-over: since stop 77 combat aircraft "sent" with none deploy, D1)
    ("Slovakia became the second country after Poland to give MiG-29 jets to Ukraine.",
     {("Slovakia", "Ukraine", ("MiG-29",)), ("Poland", "Ukraine", ("MiG-29",))}),
    ("Spain is the third NATO ally after France and Italy to deliver howitzers to Kyiv.",
     {(s, "Ukraine", ("howitzer",)) for s in ("Spain", "France", "Italy")}),
    ("The decision makes Norway the first European state after Britain to supply tanks to "
     "Ukraine.",
     {("Norway", "Ukraine", ("tank",)), ("United Kingdom", "Ukraine", ("tank",))}),
    # negatives: "after" a time or an event names no supplier
    ("Germany was the first country to send Leopard tanks to Ukraine after the summit.",
     {("Germany", "Ukraine", ("Leopard tank",))}),
    ("Germany was the first country to send tanks to Ukraine after Russia's invasion.",
     {("Germany", "Ukraine", ("tank",))}),
    # who relies on, or was equipped with, the weapons bought
    ("Peru, which relies on a fleet of MiG-29 fighters bought from Russia, is seeking new jets.",
     {("Russia", "Peru", ("MiG-29",))}),
    ("The Chilean navy has been strengthened with frigates bought from Britain, including "
     "Type 23 frigates.",
     {("United Kingdom", "Navy (Chile)", ("frigate", "Type 23 frigate"))}),
    ("Kenya has equipped its army with tanks bought from Ukraine.",
     {("Ukraine", "Kenya", ("tank",))}),
    # negatives: verbs that hold nothing
    ("Analysts criticised the deal for tanks bought from Ukraine.",
     {("Ukraine", None, ("tank",))}),
    ("The minister compared the new jets with Mirage fighters bought from France.",
     {("France", None, ("Mirage",))}),
    # a descriptive apposition names no item supplied
    ("China supplied Pakistan with JF-17 fighters, a copy of the MiG-21.",
     {("China", "Pakistan", ("JF-17",))}),
    # a leader's government buys or sells for the state the article affiliates him with
    ("Indian Prime Minister Indira Gandhi met the envoy. Gandhi's government has responded by "
     "ordering Mirage 2000 fighters from France.", {("France", "India", ("Mirage 2000",))}),
    ("Russian President Vladimir Putin spoke on Monday. Putin's government has sold S-400 "
     "missiles to Turkey.", {("Russia", "Turkey", ("S-400",))}),
    ("Turkish President Recep Tayyip Erdogan said the talks went well. Erdogan's government "
     "retaliated by buying S-400 missiles from Russia.", {("Russia", "Turkey", ("S-400",))}),
    # a relative clause on a part of a bare count: the weapons named before it
    ("Two Rafale jets arrived in Athens on Monday, the first of 18 that Greece is buying from "
     "France.", {("France", "Greece", ("Rafale",))}),
    ("Four K2 tanks were unloaded at Gdynia, the first of 180 that Poland ordered from South "
     "Korea.", {("South Korea", "Poland", ("K2 tank",))}),
    ("Three Gripen fighters landed in Budapest, the last of 14 that Hungary leased from "
     "Sweden.", {("Sweden", "Hungary", ("Gripen",))}),
    ("Two Rafale jets arrived in Athens on Monday, the first of 18 that France has sold to "
     "Greece.", {("France", "Greece", ("Rafale",))}),
    # a passive verb coordinated after another shares its subject, a relative's antecedent
    ("Hezbollah, which was trained and supplied by Iran, attacked the base.",
     {("Iran", "Hezbollah", ())}),
    ("The Houthis were trained and armed by Iran, the report said.", {("Iran", "Houthis", ())}),
    ("Renamo, which officials say has been armed and supplied by South Africa, denied the "
     "report.", {("South Africa", "Renamo", ())}),
    ("Ukraine was praised and supplied with tanks by Poland.", {("Poland", "Ukraine", ("tank",))}),
    # negative: no supply verb
    ("Hamas, which was praised and welcomed by Iran, rejected the plan.", set()),
    # a deal "with" a firm "for" weapons, wherever the parser hangs "with" and "for"
    ("Peru signed a contract worth about 500 million dollars with Dassault on Monday for 12 "
     "Mirage 2000 jets.", {("Dassault Aviation", "Peru", ("Mirage 2000",))}),
    ("Egypt signed a deal worth 950 million euros with Naval Group in Cairo for four Gowind "
     "corvettes.", {("Naval Group", "Egypt", ("Gowind corvette",))}),
    ("Kuwait signed a contract worth nearly 8 billion euros with Italian defence group "
     "Finmeccanica on Tuesday for 28 Eurofighter Typhoon combat jets.",
     {("Finmeccanica", "Kuwait", ("Eurofighter Typhoon",))}),
    # negative: no weapons named
    ("Chile signed a contract worth 300 million dollars with the Netherlands on Friday.", set()),
    # a deal concluded "between" a firm and a buyer that covers weapons
    ("The contract, signed between Navantia and the Saudi navy in July, covers five Avante 2200"
     " corvettes.", {("Navantia", "Navy (Saudi Arabia)", ("Avante 2200 corvette",))}),
    ("The agreement, concluded between Rheinmetall and Hungary in Budapest, includes 44 "
     "Leopard 2 tanks.", {("Rheinmetall", "Hungary", ("Leopard 2 tank",))}),
    ("The deal, reached between Saab and Brazil after long talks, covers 36 Gripen fighters and"
     " training.", {("Saab", "Brazil", ("Gripen",))}),
    # negatives: two states or two firms (no direction); a deal that would cover
    ("The treaty, signed between France and Germany in 1963, covers defence cooperation and "
     "Leopard tanks.", set()),
    ("The contract, signed between Airbus and Boeing, covers 20 Apache helicopters.", set()),
    ("The deal, signed between Saab and Brazil, would cover 36 Gripen fighters.", set()),
    # a share ("many of them") of the weapons before it, supplied by the agent, to their holder
    ("Kenya operates 80 T-72 tanks, many of them supplied by Ukraine.",
     {("Ukraine", "Kenya", ("T-72 tank",))}),
    ("Peru flies 30 MiG-29 jets, most of them supplied by Russia.",
     {("Russia", "Peru", ("MiG-29",))}),
    ("Chile operates eight frigates, several of them sold by Britain.",
     {("United Kingdom", "Chile", ("frigate",))}),
    # negative: not a supply verb
    ("Critics attacked the old tanks, many of them praised by Ukraine.", set()),
    # negative: a planned delivery
    ("Four K2 tanks reached Gdynia, the first of 180 that South Korea will deliver to Poland.",
     set()),
]


@pytest.mark.parametrize("text, triples", CASES, ids=[c[0][:48] for c in CASES])
def test_round7_supplies(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples
