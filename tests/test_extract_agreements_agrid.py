"""Issue 12, h-agrid: which agreement a phrase names, on texts written for these tests
(invented agreements, real states). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _deal, _norm, _observe


def _mentions(run, text: str) -> dict[str, set[str]]:
    """Agreement surface → the keys it names."""
    mentions, _ = run(text)
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls == "Agreement":
            out.setdefault(m.span.text, set()).add(_norm(m.key or m.lemma or m.span.text))
    return out


# --- a lead's first words stay in its sentence after a headline -----------------------------
@pytest.mark.parametrize("text, parties, agreement", [
    ("Ceasefire in the Caucasus\n\nArmenia and Azerbaijan signed a ceasefire agreement in "
     "Moscow on Tuesday.", ["armenia", "azerbaijan"],
     _deal("ceasefire agreement", "Armenia", "Azerbaijan")),
    ("Canal treaty\n\nPanama and Colombia signed the Darien Waterway Treaty on Monday.",
     ["panama", "colombia"], "darien waterway treaty"),
    ("Ceasefire in the Caucasus\n\nGeorgia and Armenia signed the Lori Border Accord in "
     "Tbilisi on Friday.", ["georgia", "armenia"], "lori border accord"),
])
def test_lead_after_headline_keeps_its_subject(run, text, parties, agreement):
    agreements, signed, _ = _observe(run, text)
    assert _norm(agreement) in agreements
    assert {(_norm(p), _norm(agreement)) for p in parties} <= signed


def test_line_breaks_and_full_stops_still_end_sentences(nlp):
    doc = nlp("Canal treaty\n\nPanama and Colombia signed a treaty. Peru did not sign it.")
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts[:3] == ["Canal", "Panama", "Peru"]
    # within a line, no sentence starts right after a word
    assert all(not (t.is_sent_start and doc[t.i - 1].is_alpha and t.is_alpha
                    and "\n" not in doc[t.i - 1].whitespace_) for t in doc[1:])


# --- a headline that names no party speaks of the lead's agreement --------------------------
@pytest.mark.parametrize("text, headline, agreement", [
    ("Border treaty ends dispute\n\nBolivia and Paraguay signed the Treaty of Chaco Limits on "
     "Saturday. The treaty fixes the border along the river.", "Border treaty",
     "Treaty of Chaco Limits"),
    ("Defence pact for Baltic states\n\nEstonia and Latvia signed a defence cooperation "
     "agreement in Riga on Thursday. Officials called the pact a milestone.", "Defence pact",
     _deal("defence cooperation agreement", "Estonia", "Latvia")),
    ("Peace accord welcomed\n\nEthiopia and Eritrea signed the Asmara Peace Declaration on "
     "Sunday. The accord ends two decades of war.", "Peace accord",
     "Asmara Peace Declaration"),
])
def test_party_less_headline_agreement_is_the_leads(run, text, headline, agreement):
    found = _mentions(run, text)
    assert found[headline] == {_norm(agreement)}
    assert all(keys == {_norm(agreement)} for keys in found.values())


def test_headline_agreement_named_again_keeps_its_name(run):
    # the headline names New START, which the text names again: not the lead's first treaty
    found = _mentions(run, "New START treaty expires\n\nThe United States and Russia signed the "
                           "Caspian Shelf Treaty in 2002 and New START in 2010. New START "
                           "lapsed on Thursday.")
    assert found["New START treaty"] == {_norm("New START")}
    assert found["Caspian Shelf Treaty"] == {_norm("Caspian Shelf Treaty")}


def test_headline_with_parties_is_left_to_its_own_parties(run):
    # a headline naming its party is not renamed by this rule (another agreement's party)
    found = _mentions(run, "Chile hails new fisheries accord\n\nBolivia and Paraguay signed the "
                           "Treaty of Chaco Limits on Saturday.")
    assert _norm("Treaty of Chaco Limits") not in found.get("fisheries accord", set())


# --- a kind "known as" a name is that named agreement, whatever the name's head word --------
@pytest.mark.parametrize("text, name, parties", [
    ("India and Vietnam signed a logistics support agreement, known as the Mutual Logistics "
     "Arrangement, in Hanoi on Monday. The Mutual Logistics Arrangement lets warships refuel.",
     "Mutual Logistics Arrangement", ["india", "vietnam"]),
    ("The United States and Japan signed a defence pact known as the Pacific Shield Compact on "
     "Monday.", "Pacific Shield Compact", ["united states", "japan"]),
    ("Brazil and Argentina concluded a nuclear cooperation agreement, later known as the Iguazu "
     "Arrangement, in 1985. The Iguazu Arrangement opened their sites to inspectors.",
     "Iguazu Arrangement", ["brazil", "argentina"]),
])
def test_kind_known_as_a_name_is_that_agreement(run, text, name, parties):
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_norm(name)}
    assert {(_norm(p), _norm(name)) for p in parties} <= signed
    mentions, _ = run(text)
    assert not [m for m in mentions if m.cls == "Agency"]  # the name is no body


@pytest.mark.parametrize("text, name", [
    # a named treaty known by a second name keeps its first name
    ("The Treaty of Tlatelolco, known as the Latin American Nuclear Free Zone Treaty, was "
     "signed by Mexico and Brazil in 1967.", "Treaty of Tlatelolco"),
    ("The Treaty of Pelindaba, known as the African Nuclear Weapon Free Zone Treaty, was signed "
     "by Egypt and Kenya in 1996.", "Treaty of Pelindaba"),
])
def test_named_agreement_known_as_keeps_its_name(run, text, name):
    agreements, _, _ = _observe(run, text)
    assert agreements == {_norm(name)}


def test_known_as_outside_agreements_is_unchanged(run):
    mentions, _ = run("Sudan's paramilitary leader Mohamed Dagalo, known as Hemedti, met the "
                      "president of Chad.")
    assert not [m for m in mentions if m.cls == "Agreement"]


# --- an unsigned kind of two named states is what a later "the deal" / "the accord" names ---
@pytest.mark.parametrize("text, first, later, parties", [
    ("Ghana and Togo approved a border security agreement in May. Both governments signed the "
     "deal in Lome on Friday.", "border security agreement", "deal", ["Ghana", "Togo"]),
    ("Ghana and Togo discussed a border security agreement in May. After a long delay, the two "
     "governments signed the agreement on Friday.", "border security agreement", "agreement",
     ["Ghana", "Togo"]),
    ("Oman and Yemen negotiated a security agreement for two years, mediators said. Their "
     "ministers signed the accord in Muscat.", "security agreement", "accord",
     ["Oman", "Yemen"]),
])
def test_later_definite_phrase_names_the_unsigned_kind(run, text, first, later, parties):
    found = _mentions(run, text)
    key = found[first]
    assert len(key) == 1 and next(iter(key)).endswith(f"({parties[0]}\u2013{parties[1]})".lower())
    assert found[later] == key


@pytest.mark.parametrize("text", [
    # without a later phrase that refers back, the unsigned kind stays no entity
    "Ghana and Togo discussed a border security agreement in May.",
    # a kind of one named state only is not the later deal's antecedent
    "Ghana proposed a border security agreement in May. The deal was never signed.",
])
def test_unsigned_kind_alone_is_no_agreement(run, text):
    assert "border security agreement" not in _mentions(run, text)


def test_an_earlier_signed_agreement_stays_the_antecedent(run):
    # "the accord" after a signed, named agreement is that one, not an unsigned kind
    found = _mentions(run, "Chile and Peru signed the Pacific Fisheries Accord in March. Chile "
                           "and Bolivia discussed a border security agreement in May. Officials "
                           "praised the accord.")
    assert "border security agreement" not in found


# --- "the accord" is no purchase contract; "the deal" after an unnamed non-commercial kind ----
@pytest.mark.parametrize("text, anaphor, antecedent", [
    # "the accord" is no purchase contract: the agreement before the deal
    ("Kenya and Uganda signed a rail accord on Monday. On Friday, Kenya bought six helicopters "
     "from Italy in a $90 million deal. The accord takes effect in March.", "accord",
     "rail accord"),
    ("Chile and Peru signed the Pacific Fisheries Accord in Lima. Peru then ordered two "
     "frigates from Spain under a contract worth $400 million. Critics say the accord favours "
     "Chile.", "accord", "Pacific Fisheries Accord"),
    ("Armenia and Georgia signed a border accord in Tbilisi, after a decade of talks. Georgia "
     "also bought radars from France in a separate deal. Under the accord, both armies pull "
     "back.", "accord", "border accord"),
    # "the deal" after an unnamed non-commercial agreement is that agreement
    ("Estonia and Latvia signed a defence cooperation agreement in Riga. Russia called the deal "
     "a provocation.", "deal", "defence cooperation agreement"),
    ("Oman and Yemen signed a security agreement on Monday. Critics in both capitals said the "
     "deal gave too much away.", "deal", "security agreement"),
    ("Peru and Bolivia signed a non-aggression pact in La Paz. Chile, which was not consulted, "
     "described the deal as a mistake.", "deal", "non-aggression pact"),
])
def test_accord_and_deal_find_a_compatible_antecedent(run, text, anaphor, antecedent):
    found = _mentions(run, text)
    assert found[anaphor] == found[antecedent]


def test_accord_after_only_a_purchase_deal_stays_that_deal(run):
    found = _mentions(run, "Kenya bought six helicopters from Italy in a $90 million deal. The "
                           "accord takes effect in March.")
    # (the deal's mention takes its sum: "$90 million deal", h-agr stop 26)
    assert found["accord"] == found["$90 million deal"]


def test_the_deal_after_a_purchase_keeps_its_own_kind(run):
    # a purchase contract before "the deal": the deal is that contract, not a treaty before it
    found = _mentions(run, "Estonia and Latvia signed a defence cooperation agreement in Riga. "
                           "Estonia bought radars from France under a contract. The deal is "
                           "worth $50 million.")
    assert found["deal"] == {_norm(_deal("arms deal", "Estonia", "France"))}
