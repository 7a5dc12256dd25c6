"""A reported clause's subject that an aside hands to the reporting verb as its object."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import RELATIVE_PRONOUNS, SUBJECTS

# What the parser makes of the clause's subject: the reporting verb's object or bare noun.
_OBJECTS = frozenset({"dobj", "npadvmod"})
_TIME_TYPES = frozenset({"DATE", "TIME"})


def subject_read_as_object(verb: Token, comps: list[Token], addressing: frozenset[str]
                           ) -> list[Token]:
    """"said the troops, first sent in May to guard the port, would stay …", "said ten
    people, among them two nurses, had been hurt": an aside set off by commas after the
    clause's subject leads the parser to take the subject for the reporting verb's object
    (or a bare noun of it) and the rest, its auxiliary after the closing comma, for a
    subjectless clause; the object and what lies between it and that clause are the clause's
    subject (R1 the reported clause as written). Not for a verb of addressing, whose object
    is whom it is told ("told reporters, …"), nor a date ("said Monday, …"). The verb's
    children to add (none where the pattern is absent)."""
    clause = next((c for c in comps if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or verb.lemma_.lower() in addressing or \
            any(g.dep_ in SUBJECTS for g in clause.children):
        return []
    doc = verb.doc
    aux = next((g for g in clause.children if g.dep_ in ("aux", "auxpass")), None)
    if aux is None or aux.i > clause.i or doc[aux.i - 1].text != ",":
        return []
    start = clause.left_edge.i
    obj = next((c for c in verb.children if verb.i < c.i < start and c.dep_ in _OBJECTS), None)
    if obj is None or obj.lower_ in RELATIVE_PRONOUNS or obj.ent_type_ in _TIME_TYPES:
        return []
    return [c for c in verb.children if obj.i <= c.i < start and c not in comps]
