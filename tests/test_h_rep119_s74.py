"""Issue 12, stop 74 (h-rep119). (a) A bare spokesman ("a spokesman said", "the spokeswoman
added", "according to the spokesman") speaks for the body that spoke last, in his own sentence's
first clause or in the reporting verbs before him, through a spokesman's own body where that
speaker was one (dev conventions R6; gold d1195, d807, d803, d691, d693, d702, …): not for the
state of an opening "In <capital>," nor for nobody. (b) A bare service that speaks is the
dateline state's where that state is one it could be (E17; gold d932, d979). Sentences written
for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _claimants(run, text: str, said: str = "") -> list[str | None]:
    """The claimants of the claims whose statement holds ``said``."""
    _, relations = run(text)
    return [m.key or m.span.text for r in relations if r.relation == "reports"
            and said in (r.attr("statement") or "") for m in r.role("claimant")]


@pytest.mark.parametrize(("text", "said", "body"), [
    ("In Washington, the State Department praised the talks, and a spokesman said Seoul had "
     "kept the United States informed throughout.", "Seoul", "United States Department of State"),
    ("The Pentagon said the radars would only watch the coast. \"They threaten nobody,\" a "
     "spokesman said.", "nobody", "United States Department of Defense"),
    ("The State Department said the envoy would travel to Lima next week. A spokeswoman said "
     "the United States hoped the talks would resume.", "resume",
     "United States Department of State"),
])
def test_a_bare_spokesman_speaks_for_the_body_that_spoke(run, text, said, body):
    found = _claimants(run, text, said)
    assert found == [body], found


def test_a_spokesman_after_a_person_speaks_for_no_body(run):
    found = _claimants(run, "Prime Minister Mark Rutte said the frigates would sail in May. A "
                            "spokesman said the Netherlands had told its allies.")
    assert "Netherlands" not in found, found


def test_a_state_in_the_quote_is_not_the_spokesmans_body(run):
    found = _claimants(run, "The campaign group said the sale was a scandal. \"Britain has "
                            "sold its conscience,\" a spokeswoman said.")
    assert "United Kingdom" not in found, found


def test_a_speaking_bare_service_is_the_datelines_state(run):
    mentions, _ = run("MANILA, June 3 - Indonesian and Philippine patrol boats shadowed a "
                      "trawler near a reef that Indonesia also claims, the navy said on "
                      "Tuesday.")
    navy = [m.key for m in mentions if m.span.text == "navy"]
    assert navy and all("Philippine" in (k or "") or "Philippines" in (k or "")
                        for k in navy), [(m.span.text, m.key) for m in mentions]


def test_an_owned_kind_another_node_is_called_bare_by_is_not_its_description():
    from kg.graph.owned_bodies import owned_descriptions

    kinds = {("navy",), ("air", "force")}
    forms = [("Navy (Freedonia)", "navy"), ("Navy (Sylvania)", "Sylvania's navy"),
             ("Air Force (Sylvania)", "Sylvania's air force")]
    assert owned_descriptions(forms, kinds) == {"Air Force (Sylvania)": {"air force"}}
