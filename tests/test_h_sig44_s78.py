"""Issue 12, stop 78 (h-sig44): counted people signing beyond the coreference window.
"A and B signed X. … (four sentences on other things) … The two leaders signed Y in 2006":
the two leaders are the signers of the story's last earlier signing that names two, when
the people named last are fewer, or are named apart ("B said …", "C called …") and share
one of them; a pair named together just before stays the pair. A signing's "by A, by B and
by C" names all three as its signers (sentences written for these tests, none taken from a
corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _signers_of(run, text: str, agreement: str) -> set[str]:
    return {party for party, deal in _observe(run, text)[1] if deal == _norm(agreement)}


_LEAD = ("Mali and Niger sign border pact in Niamey\n\n"
         "NIAMEY, May 4 - Mali's President Amadou Toure and Mahamane Issoufou of Niger signed the "
         "Niamey Accord at the presidential palace on Tuesday, pledging to patrol their "
         "common frontier together.\n\n")


def test_two_leaders_beyond_the_window_are_the_earlier_signers(run):
    # (the signing's sentence names a third person, a witness: the two are its signers)
    lead = _LEAD.replace("together.", "together, as Ghana's President John Mensah looked on.")
    text = (lead + "Under the accord, a joint force of 800 soldiers will be based at "
            "Tillaberi.\n\nRelations between Bamako and Niamey have been tense since 2012. "
            "Each capital accuses the other of sheltering armed groups. Toure's government "
            "denies the charge.\n\nThe two leaders signed the Gao Agreement in 2015, but "
            "raids resumed within months.")
    signers = _signers_of(run, text, "Gao Agreement")
    assert {_norm("Amadou Toure"), _norm("Mahamane Issoufou")} <= signers


def test_people_named_apart_give_way_to_the_earlier_signers(run):
    text = (_LEAD + "\"This accord will hold,\" Toure told the crowd.\n\nIssoufou said his "
            "army was ready to begin the patrols.\n\nAli Garba, who chairs the regional "
            "council, called the signing a turning point.\n\nThe two men signed the Gao "
            "Agreement in 2015, but raids resumed within months.")
    signers = _signers_of(run, text, "Gao Agreement")
    assert {_norm("Amadou Toure"), _norm("Mahamane Issoufou")} <= signers
    assert _norm("Ali Garba") not in signers


def test_a_pair_named_together_just_before_stays_the_pair(run):
    text = (_LEAD + "Under the accord, a joint force of 800 soldiers will be based at "
            "Tillaberi.\n\nRelations between Bamako and Niamey have been tense since 2012. "
            "Each capital accuses the other of sheltering armed groups.\n\nOn Wednesday "
            "Issoufou and Idriss Deby of Chad met in N'Djamena. The two leaders signed the "
            "Lake Agreement on fishing rights.")
    signers = _signers_of(run, text, "Lake Agreement")
    assert _norm("Amadou Toure") not in signers


def test_every_by_of_a_signing_agent_counts(run):
    # "by A, by B and by C": the parser hangs the last "by" on the one before; the three men
    # are the three, not the witness named last
    text = ("Chile, Peru and Bolivia sign water accord in Arica\n\nARICA, Chile, June 2 - The "
            "water accord was signed by Chile's foreign minister, Tomas Reyes, by Peru's "
            "foreign minister, Luis Paredes, and by Bolivia's envoy, Carlos Mamani, at the "
            "port. The bishop of Arica, Pedro Soto, blessed the text.\n\nThe three men also "
            "put their signatures to a separate fisheries agreement.")
    signers = {p for p, a in _observe(run, text)[1] if "fisheries" in a}
    assert {_norm("Tomas Reyes"), _norm("Luis Paredes"), _norm("Carlos Mamani")} <= signers
    assert _norm("Pedro Soto") not in signers
