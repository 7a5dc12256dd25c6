"""Issue 12 (h-sig6): signing recall on readable dev's recurring misses, each construction
tested on sentences written for this file (real spaCy parse), with negatives. Names are
compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _people(run, text):
    mentions, _ = run(text)
    return {_norm(m.span.text): m.cls for m in mentions}


# --- people listed with "of" and their state: a name NER called an organisation (d227, d257)
def test_person_listed_with_state_is_a_person(run):
    text = ("Tomas Verhoeven of Belgium, Anders Lindqvist of Sweden and Fuat Koprulu of Turkey "
            "put their names to the Treaty of Northern Cooperation on Monday.")
    people = _people(run, text)
    assert people.get(_norm("Fuat Koprulu")) == "Person"
    _, signed, _ = _observe(run, text)
    assert (_norm("Fuat Koprulu"), _norm("Treaty of Northern Cooperation")) in signed


def test_organisation_of_a_state_stays_one(run):
    """A body named with "of" and a state beside a listed person keeps its class."""
    people = _people(run, "Anders Lindqvist of Sweden and the Ministry of Defence of Norway "
                          "signed the Treaty of Northern Cooperation.")
    assert people.get(_norm("Ministry of Defence of Norway"), "Agency") != "Person"


# --- an agreement's name written in lower case elsewhere in the article (d247, d189) --------
LOWER_HEADLINE = (
    "Rival parties sign Kestrel Bay agreement\n\n"
    "John Amadi and Peter Okafor put their names to the document at a hotel in the city.\n\n"
    "The Kestrel Bay Agreement ends the war between the two factions.")


def test_lower_case_name_is_the_agreement(run):
    """The headline's lower-case name is the agreement the next line's "the document" is."""
    mentions, rels = run(LOWER_HEADLINE)
    assert any(m.cls == "Agreement" and m.span.text == "Kestrel Bay agreement"
               and _norm(m.key or "") == _norm("Kestrel Bay Agreement") for m in mentions)
    signed = {(_norm(p.span.text), _norm(a.key or a.span.text)) for r in rels
              if r.relation == "signed" for p in r.role("party") for a in r.role("agreement")}
    assert (_norm("John Amadi"), _norm("Kestrel Bay Agreement")) in signed
    assert (_norm("Peter Okafor"), _norm("Kestrel Bay Agreement")) in signed


def test_other_words_are_no_agreement(run):
    """Only the name's own words in its order name it: "the bay agreement" is not it."""
    mentions, _ = run("The Kestrel Bay Agreement was signed in May. Critics said the bay "
                      "deal was rushed.")
    assert not any(m.cls == "Agreement" and _norm(m.span.text) == _norm("bay deal")
                   and _norm(m.key or "") == _norm("Kestrel Bay Agreement") for m in mentions)


# --- a headline's "X signs for <goods>": X signs the deal named for them (d256, d280, d121)
SIGNS_FOR = (
    "Norway signs for 14 Rafale fighter jets\n\n"
    "OSLO, May 4 - Norway has agreed to buy 14 Rafale fighter jets from Dassault Aviation "
    "in a deal worth 3 billion euros, the defence ministry said on Monday.")


def test_headline_signs_for_goods(run):
    _, rels = run(SIGNS_FOR)
    headline = {(_norm(p.key or p.span.text), _norm(a.key or a.span.text)) for r in rels
                if r.relation == "signed" and r.sentence.text.startswith("Norway signs")
                for p in r.role("party") for a in r.role("agreement")}
    assert headline == {(_norm("Norway"), _norm("arms deal (Norway\u2013Dassault Aviation)"))}


def test_headline_signs_for_on_behalf_of(run):
    """"signs for Britain" (on behalf of a state) names no goods: no deal from it."""
    mentions, rels = run("Carrington signs for Britain\n\nNorway has agreed to buy 14 Rafale "
                         "fighter jets from Dassault Aviation in a deal worth 3 billion euros.")
    assert not [r for r in rels if r.relation == "signed"
                and r.sentence.text.startswith("Carrington")]


# --- "were among the first to sign, followed by …": the followers sign too (d251; d227) ----
def test_followers_of_first_signers_after_among(run):
    text = ("Mali and Niger signed the Sahel Border Treaty in Bamako on Monday. President Alpha "
            "Diallo and President Omar Traore were among the first to sign, followed by "
            "Chancellor Hans Weber of Austria, Prime Minister Jan Novak and President Luis "
            "Moreno, the host.")
    _, signed, _ = _observe(run, text)
    for name in ("Hans Weber", "Jan Novak", "Luis Moreno"):
        assert (_norm(name), _norm("Sahel Border Treaty")) in signed


def test_followers_of_a_planned_first_signing(run):
    """"would be among the first to sign" plans a signing: no follower signs."""
    text = ("Mali and Niger signed the Sahel Border Treaty in Bamako on Monday. Officials said "
            "Chad would be among the first to sign the Lake Basin Charter, followed by Hans "
            "Weber.")
    _, signed, _ = _observe(run, text)
    assert (_norm("Hans Weber"), _norm("Lake Basin Charter")) not in signed


# --- "signed X alongside <another agreement> with Y": no co-signer (d274, d91) -------------
def test_agreement_alongside_is_no_cosigner(run):
    text = ("Jan Novak and Hans Weber signed the Danube Memorandum alongside the second Sava "
            "disengagement agreement with Hungary.")
    _, signed, _ = _observe(run, text)
    assert (_norm("Jan Novak"), _norm("Danube Memorandum")) in signed
    assert not {p for p, a in signed if a == _norm("Danube Memorandum")} & {
        _norm("Hungary"), _norm("Sava")}


def test_leaders_alongside_are_cosigners(run):
    """"alongside the leaders of A": people beside the signer still sign (h-sign2)."""
    text = "Austria signed the Danube Memorandum alongside the leaders of Hungary and Slovakia."
    _, signed, _ = _observe(run, text)
    assert (_norm("Hungary"), _norm("Danube Memorandum")) in signed


# --- a headline's "deal with Italy's Fincantieri": the firm, not its home state (d129, d254)
def test_firm_after_state_possessive_is_the_party(run):
    _, rels = run("Peru inks 2 billion euro frigate deal with Spain's Navantia\n\n"
                  "LIMA, May 4 - Peru signed the deal on Monday.")
    headline = {_norm(p.key or p.span.text) for r in rels if r.relation == "signed"
                and r.sentence.text.startswith("Peru inks") for p in r.role("party")}
    assert _norm("Navantia") in headline
    assert _norm("Spain") not in headline


def test_state_alone_is_the_party(run):
    """"a deal with Spain": the state named alone is the co-signer."""
    _, signed, _ = _observe(run, "Peru signed a 2 billion euro frigate deal with Spain on "
                                 "Monday.")
    assert any(p == _norm("Spain") for p, _ in signed)


# --- "by officials of the ministry and executives of Z": Z signs too (d54, d119) -----------
def test_executives_of_second_body_sign(run):
    text = ("Peru's defence ministry ordered four frigates from Navantia on Monday. The contract "
            "was signed in Lima by officials of the ministry and executives of the Spanish "
            "shipbuilder Navantia, "
            "which will build the ships in Ferrol, and of the European missile maker MBDA.")
    _, rels = run(text)
    parties = {_norm(p.key or p.span.text) for r in rels if r.relation == "signed"
               and r.sentence.text.startswith("The contract") for p in r.role("party")}
    assert {_norm("Navantia"), _norm("MBDA"), _norm("Ministry of Defence (Peru)")} <= parties


def test_second_of_without_signer_noun(run):
    """"officials of the ministry of Peru": one body's own "of" names no second signer."""
    text = ("Peru ordered four frigates from Navantia on Monday. The contract was signed in Lima "
            "by officials of the ministry and of the navy of Peru.")
    _, rels = run(text)
    parties = {_norm(p.key or p.span.text) for r in rels if r.relation == "signed"
               and r.sentence.text.startswith("The contract") for p in r.role("party")}
    assert _norm("Navantia") not in parties


# --- "put their signatures to the Kestrel Union": a name NER took for a body (d253; d170) ---
SIGNED_NAME = (
    "Fiji and Tonga seal Kestrel Union treaty\n\n"
    "The two leaders put their signatures to the Kestrel Union on the sidelines of a summit "
    "in Apia on Friday.")


def test_name_signed_is_an_agreement(run):
    mentions, rels = run(SIGNED_NAME)
    kinds = {m.span.text: m.cls for m in mentions if m.span.text == "Kestrel Union"}
    assert kinds == {"Kestrel Union": "Agreement"}
    headline = {_norm(p.key or p.span.text) for r in rels if r.relation == "signed"
                and r.sentence.text.startswith("Fiji and Tonga") for p in r.role("party")}
    assert headline == {_norm("Fiji"), _norm("Tonga")}


def test_body_named_elsewhere_stays_a_body(run):
    """A name never signed ("the Kestrel Union said") keeps NER's class."""
    mentions, _ = run("The Kestrel Union said on Friday that its members would meet in Apia.")
    assert all(m.cls != "Agreement" for m in mentions if m.span.text == "Kestrel Union")
