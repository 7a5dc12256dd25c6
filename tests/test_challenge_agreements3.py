"""Issue 12, third challenge set (h-agr3): what agreement recall loses on unseen news.

Short wire-style texts written for this test (invented agreements, people and ports; real
states), one to three sentences each. They concentrate on what the frozen splits miss:
named agreements no gazetteer knows (capitalised "… Treaty/Accord/Convention/Charter/
Declaration …", "the Treaty of <Place>", an acronym defined in brackets and then used alone),
unnamed deals named "<kind> (<A>–<B>)", signers in every syntactic position (people named
with their states, "the two countries", "between", "signed by", possessive ministers), and
signings told in a later sentence than the agreement's naming ("It was signed …", "signed the
treaty"). Expectations follow tests/gold/README.md and tests/corpus/dev/README.md and were
written before kg was run on them.

Decisions the conventions leave open, taken here: "initialled" is a signing (putting one's
initials to the text, like "put their names to"); "ratified" is not (a domestic approval, as in
the first challenge set); "launched"/"unveiled" an agreement is no signing.
"""

from __future__ import annotations

import pytest
from test_challenge_agreements import _deal, _norm, _observe

# (id, text, agreements (None: not checked), signers, agreement they signed)
CASES = [
    # --- named agreements the gazetteer cannot know ---------------------------------------
    ("named-long-pact", "Ghana and Benin signed the Gulf of Guinea Maritime Security Pact on "
     "Friday.", {"Gulf of Guinea Maritime Security Pact"}, ["Ghana", "Benin"],
     "Gulf of Guinea Maritime Security Pact"),
    ("treaty-of-place-passive", "The Treaty of Lindenfeld was signed by Austria and Hungary in "
     "1921.", {"Treaty of Lindenfeld"}, ["Austria", "Hungary"], "Treaty of Lindenfeld"),
    ("convention-on-the", "Kazakhstan and Uzbekistan signed the Convention on the Legal Status "
     "of the Aral Basin in Tashkent.", {"Convention on the Legal Status of the Aral Basin"},
     ["Kazakhstan", "Uzbekistan"], "Convention on the Legal Status of the Aral Basin"),
    ("declaration-on", "Senegal and Gambia signed the Banjul Declaration on Border Cooperation "
     "on Monday.", {"Banjul Declaration on Border Cooperation"}, ["Senegal", "Gambia"],
     "Banjul Declaration on Border Cooperation"),
    ("protocol-passive-place-first", "The Protocol on Mine Clearance was signed in Geneva by "
     "Croatia and Serbia.", {"Protocol on Mine Clearance"}, ["Croatia", "Serbia"],
     "Protocol on Mine Clearance"),
    ("charter-three", "Mali, Niger and Chad signed the Sahel Mutual Defence Charter in Bamako.",
     {"Sahel Mutual Defence Charter"}, ["Mali", "Niger", "Chad"],
     "Sahel Mutual Defence Charter"),
    ("memorandum-named", "The Lusaka Memorandum on Refugees was signed by Zambia and Malawi in "
     "2004.", {"Lusaka Memorandum on Refugees"}, ["Zambia", "Malawi"],
     "Lusaka Memorandum on Refugees"),
    ("convention-one-signer", "Tunisia signed the Mediterranean Fisheries Convention in Rome.",
     {"Mediterranean Fisheries Convention"}, ["Tunisia"], "Mediterranean Fisheries Convention"),
    ("protocol-of-place-two-states", "Oman and Yemen ended a long border dispute. The two states "
     "signed the Protocol of Aden on Tuesday.", {"Protocol of Aden"}, ["Oman", "Yemen"],
     "Protocol of Aden"),
    # --- acronyms defined in brackets, then used alone -------------------------------------
    ("acronym-used-alone", "Chile and Argentina signed the Southern Cone Defence Accord (SCDA) in "
     "2019. Uruguay signed the SCDA a year later.", {"Southern Cone Defence Accord"},
     ["Chile", "Argentina", "Uruguay"], "Southern Cone Defence Accord"),
    ("acronym-bare-signed", "Brazil and Chile launched the South Atlantic Maritime Pact (SAMP) in "
     "2018. Argentina signed SAMP in 2021.", {"South Atlantic Maritime Pact"}, ["Argentina"],
     "South Atlantic Maritime Pact"),
    ("acronym-with-force", "Kenya, Uganda and Tanzania signed the Lake Region Standby Force "
     "Protocol (LRSFP) in Arusha.", {"Lake Region Standby Force Protocol"},
     ["Kenya", "Uganda", "Tanzania"], "Lake Region Standby Force Protocol"),
    # --- unnamed deals ---------------------------------------------------------------------
    ("deal-for-jets-with", "Nigeria signed a $2 billion deal for 24 jets with Pakistan.",
     {_deal("arms deal", "Nigeria", "Pakistan")}, ["Nigeria", "Pakistan"],
     _deal("arms deal", "Nigeria", "Pakistan")),
    ("mtc-agreement", "Russia and Laos signed a military-technical cooperation agreement in "
     "Vientiane.", {_deal("military-technical cooperation agreement", "Russia", "Laos")},
     ["Russia", "Laos"], _deal("military-technical cooperation agreement", "Russia", "Laos")),
    ("mou-with-on", "Kenya signed a memorandum of understanding with Qatar on maritime "
     "security.", {_deal("memorandum of understanding", "Kenya", "Qatar")}, ["Kenya", "Qatar"],
     _deal("memorandum of understanding", "Kenya", "Qatar")),
    ("lease-signed", "Sri Lanka signed a 99-year lease with China for the port of Kantara.",
     {_deal("lease agreement", "Sri Lanka", "China")}, ["Sri Lanka", "China"],
     _deal("lease agreement", "Sri Lanka", "China")),
    ("us-spelling-kind", "Panama and Colombia signed a defense cooperation agreement.",
     {_deal("defence cooperation agreement", "Panama", "Colombia")}, ["Panama", "Colombia"],
     _deal("defence cooperation agreement", "Panama", "Colombia")),
    ("deal-passive-then-definite", "A deal for 24 jets was signed by Egypt and France in Cairo on "
     "Monday. The deal is worth $4 billion.", {_deal("arms deal", "Egypt", "France")},
     ["Egypt", "France"], _deal("arms deal", "Egypt", "France")),
    # --- signers in every position: verbs --------------------------------------------------
    ("inked-deal", "Vietnam inked a deal with Israel for air defence radars.",
     {_deal("arms deal", "Vietnam", "Israel")}, ["Vietnam", "Israel"],
     _deal("arms deal", "Vietnam", "Israel")),
    ("concluded-mou", "Algeria concluded a memorandum of understanding with Italy on pipeline "
     "security.", {_deal("memorandum of understanding", "Algeria", "Italy")},
     ["Algeria", "Italy"], _deal("memorandum of understanding", "Algeria", "Italy")),
    ("sealed-deal-for", "Saudi Arabia sealed a $15 billion deal with the United States for "
     "missile defence systems.", {_deal("arms deal", "Saudi Arabia", "United States")},
     ["Saudi Arabia", "United States"], _deal("arms deal", "Saudi Arabia", "United States")),
    ("initialled-named", "Serbia and Montenegro initialled the Danube Navigation Accord in "
     "Belgrade.", {"Danube Navigation Accord"}, ["Serbia", "Montenegro"],
     "Danube Navigation Accord"),
    ("between-passive", "An agreement between Slovenia and Croatia on fishing rights was signed "
     "in Zagreb.", {_deal("agreement", "Slovenia", "Croatia")}, ["Slovenia", "Croatia"],
     _deal("agreement", "Slovenia", "Croatia")),
    ("signed-with", "Moldova signed a defence cooperation agreement with Romania.",
     {_deal("defence cooperation agreement", "Moldova", "Romania")}, ["Moldova", "Romania"],
     _deal("defence cooperation agreement", "Moldova", "Romania")),
    ("two-countries-next-sentence", "Ghana and Togo share a long land border. The two countries "
     "signed a security pact in Accra on Monday.", {_deal("security pact", "Ghana", "Togo")},
     ["Ghana", "Togo"], _deal("security pact", "Ghana", "Togo")),
    # --- people named as signers, with their states ----------------------------------------
    ("counterparts-sign-kind", "Egyptian Defence Minister Omar Said and his Greek counterpart "
     "Nikos Pappas signed a defence cooperation agreement in Athens.",
     {_deal("defence cooperation agreement", "Egypt", "Greece")}, ["Omar Said", "Nikos Pappas"],
     _deal("defence cooperation agreement", "Egypt", "Greece")),
    ("presidents-sign-partnership", "Brazilian President Joao Costa and French President Marc "
     "Leblanc signed a strategic partnership in Brasilia.",
     {_deal("strategic partnership", "Brazil", "France")}, ["Joao Costa", "Marc Leblanc"],
     _deal("strategic partnership", "Brazil", "France")),
    ("people-of-states-agreement", "Prime Minister Anna Berg of Norway and President Juha Laine "
     "of Finland signed an agreement on Arctic patrols.",
     {_deal("agreement", "Norway", "Finland")}, ["Anna Berg", "Juha Laine"],
     _deal("agreement", "Norway", "Finland")),
    ("ministers-of-states-mou", "Defence ministers Ali Karim of Iraq and Hassan Nouri of Jordan "
     "signed a memorandum of understanding on border security.",
     {_deal("memorandum of understanding", "Iraq", "Jordan")}, ["Ali Karim", "Hassan Nouri"],
     _deal("memorandum of understanding", "Iraq", "Jordan")),
    ("people-sign-named-treaty", "Kazakh President Daulet Amanov and Kyrgyz President Bolot "
     "Usenov signed the Treaty of Eternal Friendship in Astana.", {"Treaty of Eternal Friendship"},
     ["Daulet Amanov", "Bolot Usenov"], "Treaty of Eternal Friendship"),
    ("minister-signs-with-state", "Estonia's defence minister, Tarmo Kask, signed the contract "
     "with Germany for 12 howitzers.", {_deal("arms deal", "Estonia", "Germany")},
     ["Tarmo Kask", "Germany"], _deal("arms deal", "Estonia", "Germany")),
    ("deal-signed-by-minister", "Croatia bought 12 Rafale jets from France under a deal signed "
     "last year by Croatian defence minister Mario Kovac.",
     {_deal("arms deal", "Croatia", "France")}, ["Mario Kovac"],
     _deal("arms deal", "Croatia", "France")),
    # --- signings told after the naming ----------------------------------------------------
    ("pronoun-it-signed-by", "Officials unveiled the Red Sea Shipping Accord on Monday. It was "
     "signed in Jeddah by Egypt and Sudan.", {"Red Sea Shipping Accord"}, ["Egypt", "Sudan"],
     "Red Sea Shipping Accord"),
    ("the-treaty-later", "The Treaty of Varna was drafted over two years. Bulgaria and Romania "
     "signed the treaty in 1998.", {"Treaty of Varna"}, ["Bulgaria", "Romania"],
     "Treaty of Varna"),
    ("signed-it-later", "Talks on the Caspian Fisheries Convention ended last month. Azerbaijan "
     "and Kazakhstan signed it in Baku on Friday.", {"Caspian Fisheries Convention"},
     ["Azerbaijan", "Kazakhstan"], "Caspian Fisheries Convention"),
    ("the-accord-signed-later", "Jordan and Iraq announced the Desert Crossings Accord on "
     "Sunday. The accord was signed by their interior ministers in Amman.",
     {"Desert Crossings Accord"}, ["Jordan", "Iraq"], "Desert Crossings Accord"),
    ("definite-memorandum-signed-by", "The memorandum, signed by Gabon and Cameroon in "
     "Libreville, covers joint patrols.", {_deal("agreement", "Gabon", "Cameroon")},
     ["Gabon", "Cameroon"], _deal("agreement", "Gabon", "Cameroon")),
    # --- headlines -----------------------------------------------------------------------------
    # not handled: the tagger reads "ink" as a noun ("Togo ink security pact"), so neither
    # the pact nor its signing is found (kept as a known failure)
    pytest.param("headline-ink-security-pact", "Ghana, Togo ink security pact",
                 {_deal("security pact", "Ghana", "Togo")}, ["Ghana", "Togo"],
                 _deal("security pact", "Ghana", "Togo"),
                 marks=pytest.mark.xfail(strict=True, reason="headline verb tagged as noun")),
    ("headline-sign-named-charter", "Laos and Cambodia sign Mekong River Charter",
     {"Mekong River Charter"}, ["Laos", "Cambodia"], "Mekong River Charter"),
    # --- no asserted signing -----------------------------------------------------------------
    ("ratified-named", "Hungary's parliament ratified the Treaty of Lindenfeld on Tuesday.",
     {"Treaty of Lindenfeld"}, [], None),
    ("due-to-sign", "Greece and Cyprus are due to sign the Aegean Security Pact next week.",
     {"Aegean Security Pact"}, [], None),
    ("refused-relative", "Turkmenistan has refused to sign the Caspian Fisheries Convention.",
     {"Caspian Fisheries Convention"}, [], None),
    ("talks-stalled", "Talks between Iran and Oman on a maritime accord stalled in May.", None,
     [], None),
    ("yet-to-sign", "Brazil has yet to sign the Amazon Defence Protocol.",
     {"Amazon Defence Protocol"}, [], None),
    ("launched-is-no-signing", "Peru and Bolivia launched the Andean Rivers Pact in La Paz.",
     {"Andean Rivers Pact"}, [], None),
    # --- second batch (written after the first fixes, before running it) ----------------------
    # after this headline the parser cut "Sudan | and | South Sudan signed …" into three
    # sentences, losing the first signer, until no sentence could start after a word (h-agrid)
    pytest.param("headline-named-then-an-accord", "Sudan, South Sudan sign Abyei Border "
                 "Accord\n\nSudan and South Sudan signed an accord on Monday that opens their "
                 "border.", {"Abyei Border Accord"}, ["Sudan", "South Sudan"],
                 "Abyei Border Accord"),
    ("known-as", "Rwanda and Burundi signed an agreement, known as the Kigali Protocol, on "
     "Friday.", {"Kigali Protocol"}, ["Rwanda", "Burundi"], "Kigali Protocol"),
    ("relative-passive-by", "Under the accord, which was signed in Doha by Qatar and Chad, "
     "rebels must disarm.", {_deal("agreement", "Qatar", "Chad")}, ["Qatar", "Chad"],
     _deal("agreement", "Qatar", "Chad")),
    ("participle-inked-by", "The deal, inked in March by Saudi Arabia and China, covers armed "
     "drones.", {_deal("arms deal", "Saudi Arabia", "China")}, ["Saudi Arabia", "China"],
     _deal("arms deal", "Saudi Arabia", "China")),
    ("refused-in-relative", "Egypt and Sudan signed the Nile Dam Accord, which Ethiopia "
     "refused to sign.", {"Nile Dam Accord"}, ["Egypt", "Sudan"], "Nile Dam Accord"),
    ("capitals-kind", "Canberra and Tokyo signed a reciprocal access agreement on Friday.",
     {_deal("reciprocal access agreement", "Australia", "Japan")}, ["Australia", "Japan"],
     _deal("reciprocal access agreement", "Australia", "Japan")),
    ("capitals-contract", "Seoul signed a $3 billion contract with Warsaw for 48 jets.",
     {_deal("arms deal", "South Korea", "Poland")}, ["South Korea", "Poland"],
     _deal("arms deal", "South Korea", "Poland")),
    ("possessive-officials", "Armenia's prime minister and Azerbaijan's president signed a "
     "ceasefire agreement in Moscow.", {_deal("ceasefire agreement", "Armenia", "Azerbaijan")},
     ["Armenia", "Azerbaijan"], _deal("ceasefire agreement", "Armenia", "Azerbaijan")),
    ("both-sides-next-sentence", "India and Pakistan agreed to hold talks. Both sides signed the "
     "Kashmir Truce Protocol on Friday.", {"Kashmir Truce Protocol"}, ["India", "Pakistan"],
     "Kashmir Truce Protocol"),
    ("they-next-sentence", "Iran and Afghanistan share the waters of the Helmand. They signed "
     "the Helmand Water Treaty in 1973.", {"Helmand Water Treaty"}, ["Iran", "Afghanistan"],
     "Helmand Water Treaty"),
    ("presidents-of", "The treaty was signed in 1994 by the presidents of Georgia and "
     "Armenia.", {_deal("agreement", "Georgia", "Armenia")}, ["Georgia", "Armenia"],
     _deal("agreement", "Georgia", "Armenia")),
    ("participle-no-commas", "The accord signed on Monday by Peru and Chile ends a long "
     "dispute.", {_deal("agreement", "Peru", "Chile")}, ["Peru", "Chile"],
     _deal("agreement", "Peru", "Chile")),
    ("signatory-to", "Belarus is a signatory to the Collective Border Treaty.",
     {"Collective Border Treaty"}, ["Belarus"], "Collective Border Treaty"),
    ("emir-and-president", "Qatar's emir and the French president signed a $7 billion deal for "
     "24 Rafale jets.", {_deal("arms deal", "Qatar", "France")}, ["Qatar", "France"],
     _deal("arms deal", "Qatar", "France")),
    ("two-leaders-named-before", "Prime Minister Arben Kola met President Goran Petkov in "
     "Ohrid. The two leaders signed the Ohrid Lake Accord on Sunday.", {"Ohrid Lake Accord"},
     ["Arben Kola", "Goran Petkov"], "Ohrid Lake Accord"),
]


def _case(c):
    """A parameter set without its id (the id names it)."""
    if hasattr(c, "marks"):  # a pytest.param: its first value is the id
        return pytest.param(*c.values[1:], id=c.values[0], marks=c.marks)
    return pytest.param(*c[1:], id=c[0])


@pytest.mark.parametrize("text, agreements, signers, agreement", [_case(c) for c in CASES])
def test_agreements_and_signings_unseen_forms(run, text, agreements, signers, agreement):
    found_agreements, found_signed, _ = _observe(run, text)
    if agreements is not None:
        assert found_agreements == {_norm(a) for a in agreements}
    assert found_signed == {(_norm(p), _norm(agreement)) for p in signers}
