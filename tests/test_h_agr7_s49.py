"""Issue 12, stop 49 (h-agr7): agreements on new text: short forms, sub-documents, second
documents.

- "the Kestrel accord" beside "the Kestrel Fisheries Agreement": the short form of the article's
  titled agreement name is that agreement, not a second one.
- "who signed the protocols on …" after an unnamed joint declaration: the protocols of that
  declaration (A4), not the declaration itself; a protocol "signed at the same session" after a
  named treaty is that treaty's, even where another treaty is named in passing between them.
- "put their names to a second document, an economic integration agreement …": a new
  agreement of the article's parties (A1), not the article's first one again.

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from test_challenge_agreements import _name, _norm


def _keys(run, text: str) -> dict[str, set[str]]:
    """Each Agreement mention's text → the keys it is given."""
    out: dict[str, set[str]] = {}
    for m in run(text)[0]:
        if m.cls == "Agreement":
            out.setdefault(m.span.text, set()).add(_norm(_name(m)))
    return out


def _signed(run, text: str) -> set[tuple[str, str]]:
    """(signer, agreement) pairs of the text's signed relations."""
    out = set()
    for r in run(text)[1]:
        if r.relation != "signed":
            continue
        roles = dict(r.roles)
        for a in roles.get("agreement", ()):
            for p in roles.get("party", ()):
                out.add((p.span.text, _norm(_name(a))))
    return out


def test_short_form_is_the_titled_agreement(run):
    text = ("Norway, Sweden sign Kestrel accord on fishing quotas\n\n"
            "OSLO, May 4 - Norway and Sweden signed an agreement on Tuesday that caps the "
            "herring catch. The Kestrel Fisheries Agreement was signed by the two fisheries "
            "ministers. Critics said the Kestrel accord left the quotas too high.")
    keys = _keys(run, text)
    assert keys.get("Kestrel accord") == {_norm("Kestrel Fisheries Agreement")}, keys


def test_short_form_of_two_names_is_left_alone(run):
    text = ("OSLO, May 4 - Norway signed the Kestrel Fisheries Agreement and the Kestrel Shipping "
            "Convention on Tuesday. Critics said the Kestrel accord left the quotas too high.")
    keys = _keys(run, text)
    assert _norm("Kestrel Fisheries Agreement") not in keys.get("Kestrel accord", set()), keys
    assert _norm("Kestrel Shipping Convention") not in keys.get("Kestrel accord", set()), keys


def test_protocols_of_an_unnamed_declaration(run):
    text = ("QUITO, June 3 - Ecuador and Peru agreed today to settle their border dispute, in a "
            "joint declaration that Presidents Alberto Vela and Mario Ruiz signed at the palace. "
            "The accord was negotiated by Foreign Ministers Pedro Lasso and Juan Costa, who "
            "signed the protocols on the survey work that will follow.")
    keys = _keys(run, text)
    declaration = keys.get("joint declaration", set())
    assert declaration, keys
    (own,) = declaration
    assert keys.get("protocols") == {f"protocols ({own})"}, keys
    signed = _signed(run, text)
    assert ("Pedro Lasso", f"protocols ({own})") in signed, signed
    assert ("Pedro Lasso", own) not in signed, signed


def test_protocol_of_the_treaty_spoken_of(run):
    text = ("ROME, May 8 - Seven states signed the Mediterranean Security Treaty on Friday. "
            "The treaty binds them to consult on any threat. Unlike the North Atlantic Treaty, "
            "it does not oblige them to fight. A separate protocol, signed at the same "
            "session, extends the treaty's protection to Malta.")
    keys = _keys(run, text)
    assert keys.get("protocol") == {f"protocol ({_norm('Mediterranean Security Treaty')})"} \
        or keys.get("separate protocol") == {
            f"protocol ({_norm('Mediterranean Security Treaty')})"}, keys


def test_second_document_is_a_new_agreement(run):
    text = ("LIMA, June 3 - Peru and Bolivia agreed today to open their border, in a joint "
            "declaration that Presidents Alberto Vela and Mario Ruiz signed at the palace. "
            "The two leaders put their names to a second document, an economic integration "
            "agreement meant to cut tariffs, officials said.")
    keys = _keys(run, text)
    second = next((k for t, k in keys.items() if t.endswith("integration agreement")), set())
    declaration = keys.get("joint declaration", set())
    assert second and declaration and not second & declaration, keys
    (name,) = second
    assert "integration agreement (" in name and "peru" in name and "bolivia" in name, keys
