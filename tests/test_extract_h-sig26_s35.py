"""Issue 12, stop 35 (h-sig26): signers' name spans (sentences written for these tests, none
taken from a corpus; real spaCy parse): an Arabic article joined by a hyphen to the surname
after it ("el-Gamasy", d507); an untagged full name listed before a signer's full name (d487)."""

from __future__ import annotations

from test_challenge_agreements import _observe


def _people(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


def test_hyphenated_article_stays_in_the_name(run):
    text = ("The army chiefs of Jordan and Syria, General Khaled Abdel Rahman el-Sharif and "
            "General Omar Haddad, put their signatures to a border accord on Sunday.")
    assert "Khaled Abdel Rahman el-Sharif" in _people(run, text)
    _, signed, _ = _observe(run, text)
    assert "khaled abdel rahman el-sharif" in {p for p, _ in signed}
    assert "khaled abdel rahman" not in {p for p, _ in signed}


def test_hyphen_after_a_particle_with_spaces_joins_nothing(run):
    # a dash set off by spaces is punctuation, not a name's hyphen
    text = "Talks with Ahmed Fawzi el - and other officials - ended on Monday."
    assert not any(p.endswith("and") or "other" in p for p in _people(run, text))


def test_untagged_name_listed_before_a_signer(run):
    text = ("The defence ministers of Peru and Chile, Rodrigo Varela and Maria Teresa Lopez, "
            "signed a border accord in Lima on Tuesday.")
    people = _people(run, text)
    assert {"Rodrigo Varela", "Maria Teresa Lopez"} <= people
    _, signed, _ = _observe(run, text)
    assert "rodrigo varela" in {p for p, _ in signed}


def test_no_person_made_of_names_without_a_comma(nlp, gazetteer):
    from spacy.tokens import Span

    from kg.extract.refine.people import _untagged_people_listed_before

    doc = nlp("Officials from Santa Cruz and Maria Teresa Lopez met in Lima on Tuesday.")
    first = next(i for i, t in enumerate(doc) if t.text == "Maria")
    ents = [Span(doc, first, first + 3, label="PERSON")]
    assert _untagged_people_listed_before(doc, ents, gazetteer.roles,
                                          set(range(first, first + 3))) == []


def test_states_after_between_on_a_treaty_people_sign(run):
    # the people who sign are the parties; the states the treaty is "between" are not (S3)
    text = ("President Ramon Alcala and Prime Minister Erik Halvorsen signed a treaty of "
            "friendship between Chile and Norway in Oslo on Monday.")
    _, signed, _ = _observe(run, text)
    parties = {p for p, _ in signed}
    assert {"ramon alcala", "erik halvorsen"} <= parties
    assert not {"chile", "norway"} & parties


def test_states_after_between_stay_in_an_agentless_passive(run):
    text = "A security pact was signed last year between Fiji and Tonga."
    _, signed, _ = _observe(run, text)
    assert {"fiji", "tonga"} <= {p for p, _ in signed}
