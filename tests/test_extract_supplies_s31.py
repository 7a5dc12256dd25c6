"""Issue 12, stop 31 (h-sup20): converse supplies (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

# --- "took delivery of ships that Brunei ordered from BAE": another buyer's seller ---------


def test_a_seller_in_another_states_purchase_clause_sells_to_that_state(role_pairs):
    text = "Peru's navy took delivery of two frigates that Chile ordered from Navantia in 2001."
    pairs = role_pairs(text)
    assert ("Navantia", "Chile") in pairs
    assert not any(s == "Navantia" and r != "Chile" for s, r in pairs)


def test_the_takers_own_purchase_clause_still_names_its_seller(role_pairs):
    text = "Peru's navy took delivery of two frigates that Peru ordered from Navantia in 2001."
    assert any(s == "Navantia" and "Peru" in r for s, r in role_pairs(text))


# --- "The ships were sold …": a ship word refers back to any ship named before -----------


def test_the_ships_refer_back_to_patrol_vessels(role_pairs):
    text = ("Ghana took delivery of two offshore patrol vessels on Monday.\n\n"
            "The ships were sold to Accra last year by Germany.")
    items = {i for s, i in role_pairs(text, roles=("supplier", "item")) if s == "Germany"}
    assert items and all("patrol" in i for i in items)


def test_the_jets_do_not_refer_back_to_ships(role_pairs):
    text = ("Ghana took delivery of two offshore patrol vessels on Monday.\n\n"
            "The jets were sold to Accra last year by Germany.")
    assert not any("patrol" in i for _, i in role_pairs(text, roles=("supplier", "item")))


# --- a designation the tokenizer splits ("2000M" -> "2000" + "M") starts no sentence ------
# ("A-4K" stays one token since nlp.DESIGNATION; an unhyphenated "2000M" is still cut)


def test_a_split_designation_starts_no_sentence(nlp):
    from kg.extract.nlp import line_breaks

    doc = line_breaks(nlp.make_doc("Chile has sold eight of its Mirage 2000M jets to Peru."))
    m = next(t for t in doc if t.text == "M")
    assert m.is_sent_start is False


def test_a_lettered_designation_keeps_the_recipient(role_pairs):
    # (with a trailing ", the defence minister said on Monday" the parser hangs "to Argentina"
    # on "trainers" and the recipient is lost: a known miss, left in the stop-31 note)
    text = "Chile has sold eight of its retired A-4K Skyhawk jets and four trainers to Argentina."
    assert ("Chile", "Argentina") in role_pairs(text)


def test_a_spaced_sentence_still_starts(nlp):
    from kg.extract.nlp import line_breaks

    doc = line_breaks(nlp.make_doc("Chile sold jets to Peru in 2001. K-Force troops came."))
    assert next(t for t in doc if t.text == "K").is_sent_start is not False
