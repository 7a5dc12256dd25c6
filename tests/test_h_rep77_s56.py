"""Issue 12, stop 56 (s63 h-rep77): a denier the parser read as a noun's modifier.

"…, a claim the military denies.", "…, a charge the army rejects.": the parser often takes the
present-tense denying verb for a plural noun ("denies", "rejects") and the bare service before
it for that noun's modifier, so the service was no subject and no mention was made of it, and
the denial (dev conventions R4) had no claimant. The phrase after ", a <noun of something
said>" that such a form follows is now the denial's subject, resolved as any bare service
that acts (E17). Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep68_s50 import _claims


@pytest.mark.parametrize(("text", "denier", "said"), [
    ("LAGOS, May 2 - Nigeria has received twelve fighter jets from China. Rebel leaders said "
     "the jets would be used against villagers in the delta, a claim the military denies.",
     "Armed Forces (Nigeria)", "the jets would be used against villagers"),
    ("KAMPALA, May 2 - Uganda has bought six attack helicopters from Russia. Human rights "
     "groups have called the offensive \"a campaign of terror\", a charge the army rejects.",
     "Army (Uganda)", "a campaign of terror"),
])
def test_a_service_that_denies_a_charge_claims(run, text, denier, said):
    found = _claims(run, text)
    assert any(c == denier and said in s for c, s in found), found


def test_the_service_is_a_mention(run):
    mentions, _ = run("LAGOS, May 2 - Nigeria has received twelve fighter jets from China. "
                      "Rebel leaders said the jets would be used against villagers in the "
                      "delta, a claim the military denies.")
    assert any(m.key == "Armed Forces (Nigeria)" and m.span.text == "military"
               for m in mentions), mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebel leaders said the jets would be used against villagers, a claim the military "
     "denies.", True),
    ("Rebel leaders said the jets would be used against villagers, a claim that the army "
     "rejects.", True),
    # not a denying verb: the phrase says nothing of the service
    ("Rebel leaders asked for new jets for the delta, a plan the military supports.", False),
    # no noun of something said before the service
    ("Rebel leaders said the jets had arrived, and the military denies it.", False),
])
def test_denier_read_as_noun(nlp, text, expected):
    from kg.extract.refine.forces import _denier_read_as_noun

    doc = nlp(text)
    the = next(t.i for t in doc if t.lower_ == "the" and doc[t.i + 1].lower_ in
               ("military", "army"))
    assert _denier_read_as_noun(doc, the, the + 2) is expected


def test_a_denial_read_as_a_noun_is_recorded_as_denied(run):
    """The denying word the parser took for a plural noun still makes the claim a denial."""
    _, rels = run("LAGOS, May 2 - Nigeria has received twelve fighter jets from China. Rebel "
                  "leaders said the jets would be used against villagers in the delta, a claim "
                  "the military denies.")
    denials = [r for r in rels if r.relation == "reports"
               and any(m.key == "Armed Forces (Nigeria)" for m in r.role("claimant"))]
    assert denials and all(r.attr("certainty") == "denied" for r in denials), denials
