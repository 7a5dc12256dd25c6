"""Stop 46, h-rep62: a name NER left untagged before a title noun in apposition ("X, president
of the …, said") is a person, also when a lower-case particle joins its words ("Marcel Alain de
Souza") or the title is a legislator's "deputy"; on sentences written for this test (invented
participants, not taken from any article or corpus); and outlets whose names hold "and" are
one outlet (kg/data/media.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    # a particle inside the untagged name
    ("Marcel Alain da Silva, president of the commission, said the rebels had until dawn on "
     "Monday to lay down their arms.", "Marcel Alain da Silva"),
    # a legislator's "deputy" as the title noun in apposition
    ("Tubagus Wiranto, a deputy of the opposition National Mandate Party, said the jets would "
     "be costly.", "Tubagus Wiranto"),
    ("Tubagus Sumarno, a deputy of the ruling party, said the frigates would be late.",
     "Tubagus Sumarno"),
])
def test_described_name_is_a_person_claimant(run, text, speaker):
    mentions, relations = run(text)
    assert (speaker, "Person") in {(m.span.text, m.cls) for m in mentions}, mentions
    claimants = {m.span.text for r in relations if r.relation == "reports"
                 for m in r.role("claimant")}
    assert speaker in claimants, claimants


def test_particle_needs_a_name_after_it(run):
    # "de" ending the run joins nothing: no four-word person through it
    mentions, _ = run("Officials in Porto Novo, capital of the republic, said the border was "
                      "closed.")
    assert not any(m.cls == "Person" for m in mentions), mentions


# --- outlets whose names hold "and" (kg/data/media.yaml) ----------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    ("The trade magazine Aviation Week and Space Technology reported that the radar had "
     "failed twice.", "Aviation Week & Space Technology"),
    ("US News and World Report said the carrier would sail in May.",
     "U.S. News & World Report"),
])
def test_outlet_name_with_and_is_one_outlet(run, text, outlet):
    mentions, _ = run(text)
    outlets = {m.key for m in mentions if m.cls == "MediaOutlet"}
    assert outlets == {outlet}, outlets
