"""Issue 12, stop 36 (s42 h-rep40): who the claimant is (sentences written for these tests,
none taken from a corpus; real spaCy parse). A reporting verb's word inside a person's name is
no verb ("… bin Said"); a bare ministry's speaker placed "in <capital>" is that state's; "who"
after "a <firm> spokesman in <city>" is the spokesman, not the city; a firm's older name is the
firm (British Aerospace, GIAT). Each text opens with a headline line."""

from __future__ import annotations


def test_name_word_is_no_verb(claims):
    found = claims("Oman asks for help\n\nIran has flown 500 soldiers to Oman to help Sultan "
                   "Qaboos bin Said crush the rebels in the south, officials said.")
    assert found == [], found  # ("officials": nobody named)


def test_placed_foreign_ministry(claims):
    found = claims("Ankara denies missile deal\n\nA Foreign Ministry spokesman in Ankara said "
                   "Turkey had bought no missiles from Russia and accused Greece of spreading "
                   "rumours.")
    whos = {who for who, _ in found}
    assert "Ministry of Foreign Affairs (Turkey)" in whos, found
    assert "Ministry of Foreign Affairs (Russia)" not in whos
    assert "Ministry of Foreign Affairs (Greece)" not in whos


def test_who_after_placed_spokesman(claims):
    found = claims("Poland orders guns\n\nThe howitzers are due to arrive in 2025, according "
                   "to a Nexter spokesman in Paris, who put the value of the contract at about "
                   "1.2 billion dollars.")
    assert any(who == "Nexter" and "value of the contract" in statement
               for who, statement in found), found
    assert all(who != "France" for who, _ in found), found


def test_older_firm_names(claims):
    found = claims("Jets for Africa\n\nA British Aerospace spokesman said the company hoped "
                   "to sell more trainer jets in West Africa.")
    assert [who for who, _ in found] == ["BAE Systems"], found
    found = claims("Tanks for the Gulf\n\nA GIAT Industries spokesman said the company would "
                   "deliver the last tanks next year.")
    assert [who for who, _ in found] == ["Nexter"], found


def test_state_service_is_not_the_state(claims):
    # an unrecognised service of a state speaks for itself, not for the state
    found = claims("Spies warn of fighters\n\nFrance's foreign intelligence service said "
                   "hundreds of fighters were being moved to the border region.")
    assert found == [], found


def test_owned_voice_of_a_named_body(claims):
    # a service or company of a named body or firm: the body's or firm's own voice
    found = claims("Fleet sends ships\n\nThe Pacific Fleet's press service said two frigates "
                   "would sail to the island next month.")
    assert any("Pacific Fleet" in who and "two frigates would sail" in statement
               for who, statement in found), found
    found = claims("Deal welcomed\n\nSweden's state-owned defence company Saab welcomed the "
                   "order and said it hoped for more contracts in Asia.")
    assert ("Saab", "it hoped for more contracts in Asia") in found, found
    assert all(who != "Sweden" for who, _ in found), found
