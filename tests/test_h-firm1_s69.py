"""Issue 12, stop 69 (h-firm1): sellers that are firms kg does not know. A firm's name closed by
"Consortium" or "Petroleum" (roles company_suffixes) or opened by a trade word of its own
language ("Astilleros <Name>", roles company_prefixes, the bare name later being the same firm)
is a Company; a listed firm that is also a given name ("Leonardo", an ambiguous entry) is that
firm where a firm's verb has it for subject or it is listed with firms; Blohm+Voss is listed.
Sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, set[str]]:
    """Text → each mention's surface → the classes kg gives it."""
    mentions, _ = run(text)
    found: dict[str, set[str]] = {}
    for m in mentions:
        found.setdefault(text[m.span.start:m.span.end], set()).add(m.cls)
    return found


def _keys(run, text: str) -> dict[str, str | None]:
    """Text → each mention's surface → its gazetteer key (None for an unlisted name)."""
    mentions, _ = run(text)
    return {text[m.span.start:m.span.end]: m.key for m in mentions}


@pytest.mark.parametrize(("text", "firm"), [
    pytest.param("A group led by Marrow Petroleum, which holds the drilling rights, wants the "
                 "gas piped ashore.", "Marrow Petroleum", id="petroleum"),
    pytest.param("Oslo signed the deal with the Nordic Submarine Consortium, made up of two "
                 "yards, last spring.", "Nordic Submarine Consortium", id="consortium"),
    pytest.param("The patrol ship, built by Astilleros Rovira in northern Spain, reached its new "
                 "base last week.", "Astilleros Rovira", id="prefix"),
])
def test_a_firm_head_kg_lacked_makes_a_company(run, text, firm):
    assert _classes(run, text).get(firm) == {"Company"}


def test_a_firm_head_does_not_make_a_state_body_a_company(run):
    found = _classes(run, "The Petroleum Ministry said on Monday that output had risen.")
    assert "Company" not in {c for cs in found.values() for c in cs}, found


def test_the_bare_name_after_a_prefixed_firm_is_that_firm(resolved):
    text = ("The patrol ship, built by Astilleros Rovira in northern Spain, reached its new base "
            "last week.\n\nThe navy said Rovira would deliver a second ship next year.")
    firms = [e for e in resolved(text) if e.cls == "Company"]
    assert [e.label for e in firms] == ["Astilleros Rovira"], firms


@pytest.mark.parametrize("text", [
    pytest.param("Under the deal Thales will supply the missiles, while Leonardo will provide "
                 "radars and combat systems.", id="firm-verb"),
    pytest.param("Saab, Thales and Leonardo lead the industrial side of the project.",
                 id="listed-with-firms"),
])
def test_a_listed_firm_taken_for_a_person_is_the_firm(run, text):
    assert _keys(run, text).get("Leonardo") == "Leonardo"


def test_a_person_of_that_given_name_stays_a_person(run):
    text = ("Leonardo DiCaprio will narrate the film, the studio said. Leonardo will also "
            "produce it.")
    assert "Company" not in _classes(run, text).get("Leonardo", set())


def test_blohm_voss_is_a_listed_firm(run):
    text = "The navy took delivery of the frigate from the shipbuilder Blohm+Voss in Hamburg."
    assert _keys(run, text).get("Blohm+Voss") == "Blohm+Voss"
