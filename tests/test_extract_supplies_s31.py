"""Issue 12, stop 31 (h-sup20): converse supplies (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations


def _pairs(run, text, roles=("supplier", "recipient")):
    """(first role, second role) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role(roles[0]) for b in r.role(roles[1])}


# --- "took delivery of ships that Brunei ordered from BAE": another buyer's seller ---------


def test_a_seller_in_another_states_purchase_clause_sells_to_that_state(run):
    text = "Peru's navy took delivery of two frigates that Chile ordered from Navantia in 2001."
    pairs = _pairs(run, text)
    assert ("Navantia", "Chile") in pairs
    assert not any(s == "Navantia" and r != "Chile" for s, r in pairs)


def test_the_takers_own_purchase_clause_still_names_its_seller(run):
    text = "Peru's navy took delivery of two frigates that Peru ordered from Navantia in 2001."
    assert any(s == "Navantia" and "Peru" in r for s, r in _pairs(run, text))


# --- "The ships were sold …": a ship word refers back to any ship named before -----------


def test_the_ships_refer_back_to_patrol_vessels(run):
    text = ("Ghana took delivery of two offshore patrol vessels on Monday.\n\n"
            "The ships were sold to Accra last year by Germany.")
    items = {i for s, i in _pairs(run, text, ("supplier", "item")) if s == "Germany"}
    assert items and all("patrol" in i for i in items)


def test_the_jets_do_not_refer_back_to_ships(run):
    text = ("Ghana took delivery of two offshore patrol vessels on Monday.\n\n"
            "The jets were sold to Accra last year by Germany.")
    assert not any("patrol" in i for _, i in _pairs(run, text, ("supplier", "item")))


# --- a designation the tokenizer splits ("2000M" -> "2000" + "M") starts no sentence ------
# ("A-4K" stays one token since nlp.DESIGNATION; an unhyphenated "2000M" is still cut)


def test_a_split_designation_starts_no_sentence(nlp):
    from kg.extract.nlp import line_breaks

    doc = line_breaks(nlp.make_doc("Chile has sold eight of its Mirage 2000M jets to Peru."))
    m = next(t for t in doc if t.text == "M")
    assert m.is_sent_start is False


def test_a_lettered_designation_keeps_the_recipient(run):
    # (with a trailing ", the defence minister said on Monday" the parser hangs "to Argentina"
    # on "trainers" and the recipient is lost: a known miss, left in the stop-31 note)
    text = "Chile has sold eight of its retired A-4K Skyhawk jets and four trainers to Argentina."
    assert ("Chile", "Argentina") in _pairs(run, text)


def test_a_spaced_sentence_still_starts(nlp):
    from kg.extract.nlp import line_breaks

    doc = line_breaks(nlp.make_doc("Chile sold jets to Peru in 2001. K-Force troops came."))
    assert next(t for t in doc if t.text == "K").is_sent_start is not False
