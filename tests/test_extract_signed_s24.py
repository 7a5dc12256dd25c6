"""Issue 12, stop 24 (h-sig7): agreement names and signing on constructions that recur across
readable dev batches, each tested on sentences written for this file (real spaCy parse), with
negatives. Names are compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe


def _cases(rows: list[tuple]) -> list:
    """Each row (id, *values) as one pytest case named by its id."""
    return [pytest.param(*r[1:], id=r[0]) for r in rows]

# --- a defence agreement named as the text words it (d211, d276, d296) ----------------------
# (id, text, the agreement's name, names that must not be an agreement)
WORDED = [
    ("mutual", "Ghana, which has bought rifles from Kenya under a mutual defence agreement "
     "signed in 1977, protested on Monday.", "mutual defence agreement (ghana–kenya)",
     {"defence agreement (ghana–kenya)"}),
    ("joint-signed", "Peru and Chile signed a joint defence agreement in Lima on Tuesday.",
     "joint defence agreement (peru–chile)", {"defence agreement (peru–chile)"}),
    ("noun-and-adjectives", "Norway has sent Finland two radars under a joint regional air "
     "defence agreement concluded in 2015.",
     "joint regional air defence agreement (norway–finland)",
     {"defence agreement (norway–finland)"}),
    # negatives: a describing adjective stays out of the name; a bare one keeps the label
    ("new-left-out", "Peru and Chile signed a new defence agreement in Lima on Tuesday.",
     "defence agreement (peru–chile)", {"new defence agreement (peru–chile)"}),
    ("bare", "Peru and Chile signed a defence agreement in Lima on Tuesday.",
     "defence agreement (peru–chile)", set()),
]


@pytest.mark.parametrize(("text", "name", "not_names"), _cases(WORDED))
def test_worded_defence_agreement(run, text, name, not_names):
    agreements, _, _ = _observe(run, text)
    assert _norm(name) in agreements and not {_norm(n) for n in not_names} & agreements


# --- people a plural signer noun lists in apposition sign (d45, d290) ------------------------
# (id, text, (party, agreement) pairs signed, pairs not signed)
APPOSED = [
    ("names", "The defence ministers of the two countries, Maria Soto and Jorge Ruiz, signed "
     "the Treaty of Lima on Friday.",
     {("maria soto", "treaty of lima"), ("jorge ruiz", "treaty of lima")}, set()),
    ("names-of-states", "The leaders of the three states, Amadou Diallo of Mali, Issa Kone of "
     "Niger and Paul Sawadogo of Burkina Faso, put their names to the Sahel Security Charter "
     "in Niamey.", {("amadou diallo", "sahel security charter"),
                    ("issa kone", "sahel security charter")}, set()),
    # negatives: an apposition that describes the signers names no person; a person in the
    # object's apposition is no signer
    ("description", "The envoys of Ghana and Togo, two old neighbours, signed the Volta Basin "
     "Accord on Monday.", {("ghana", "volta basin accord")}, set()),
    ("not-subject", "Ghana and Togo signed the Volta Basin Accord, drafted by their envoys, "
     "Kofi Mensah and Yao Agbeko, on Monday.", {("ghana", "volta basin accord")},
     {("kofi mensah", "volta basin accord"), ("yao agbeko", "volta basin accord")}),
]


# --- "the two men", "the three men": the last so many people named sign (d187, d250) ---------
MEN = [
    ("two-men", "President Ana Soto of Chile and President Luis Ruiz of Peru met in Lima on "
     "Monday. The two men put their names to the Andes Treaty after the talks.",
     {("ana soto", "andes treaty"), ("luis ruiz", "andes treaty")}, set()),
    ("three-men", "Foreign Minister Jorge Soto of Chile, Foreign Minister Luis Ruiz of Peru and "
     "Foreign Minister Carlos Mesa of Bolivia met in Lima. The three men also signed the Lima "
     "Charter.",
     {("jorge soto", "lima charter"), ("luis ruiz", "lima charter"),
      ("carlos mesa", "lima charter")}, set()),
    # negative: the men named are fewer than counted
    ("too-few", "President Ana Soto of Chile arrived in Lima on Monday. The three men signed "
     "the Andes Treaty after the talks.", set(), {("ana soto", "andes treaty")}),
]


@pytest.mark.parametrize(("text", "signed", "not_signed"), _cases(APPOSED + MEN))
def test_signers(run, text, signed, not_signed):
    """The text's asserted (party, agreement) pairs hold ``signed`` and none of ``not_signed``."""
    _, found, _ = _observe(run, text)
    assert {(_norm(p), _norm(a)) for p, a in signed} <= found
    assert not {(_norm(p), _norm(a)) for p, a in not_signed} & found


# --- "sign 15-year friendship treaty": a duration before a kind stays the DATE's, so the kind
# phrase survives as an agreement (headlines of d229, d286, d288; d111's "10-year pact") --------
DURATION = [
    ("headline-friendship", "Chile and Peru sign 20-year friendship treaty\n\nLIMA, May 3 - "
     "Chile and Peru signed a 20-year Treaty of Friendship and Cooperation on Monday.",
     "friendship treaty", {"chile", "peru"}),
    ("headline-pact", "Ghana and Togo sign 10-year pact on border patrols\n\nACCRA, May 3 - "
     "Ghana and Togo signed the Volta Border Agreement on Monday.", "pact", {"ghana", "togo"}),
]


@pytest.mark.parametrize(("text", "mention", "parties"), _cases(DURATION))
def test_duration_before_kind(run, text, mention, parties):
    mentions, rels = run(text)
    headline = text.split("\n")[0]
    assert any(m.cls == "Agreement" and m.span.text == mention for m in mentions)
    signed = {_norm(p.key or p.span.text) for r in rels if r.relation == "signed"
              and r.sentence.text.strip() == headline for p in r.role("party")}
    assert parties <= signed
