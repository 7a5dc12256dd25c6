"""spaCy makes a new Token object on every access, so token identity (``is``) never holds
between two reads of one token; kg compares token indices instead. These cases hung (a root
preposition's head is itself, and ``head is not tok`` never became false)."""

import ast
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg.extract.relations import _in_denial

KG = Path(__file__).resolve().parents[1] / "kg"


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_root_preposition_ends_the_climb():
    # "of supplying": the parser made the preposition the root (a headline fragment)
    doc = _doc(["of", "supplying"], [0, 0], ["ROOT", "pcomp"], ["ADP", "VERB"])
    assert doc[0].head is not doc[0]  # why `is` cannot be used on tokens
    assert _in_denial(doc[1], frozenset({"deny"})) is False


def test_the_climb_still_reaches_a_denial_through_a_preposition():
    doc = _doc(["Russia", "denied", "of", "supplying"], [1, 1, 1, 2],
               ["nsubj", "ROOT", "prep", "pcomp"], ["PROPN", "VERB", "ADP", "VERB"])
    doc[1].lemma_ = "deny"
    assert _in_denial(doc[3], frozenset({"deny"})) is True


def test_no_token_head_is_compared_by_identity():
    found = []
    for path in (KG / "extract").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(
                    isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(c, ast.Constant)
                    for op, c in zip(node.ops, node.comparators, strict=True)):
                text = ast.unparse(node)
                if ".head" in text:
                    found.append(f"{path.name}:{node.lineno}: {text}")
    assert not found, found


TOKEN_WALKS = {"subtree", "children", "lefts", "rights", "ancestors", "conjuncts"}


def test_no_token_of_a_parse_walk_is_compared_by_identity():
    # "{t.i for v in obj.subtree if v is not obj …}": the walk makes new Token objects, so the
    # test never fails and obj's own clause was counted as "inside" it (stop 16)
    found = []
    for path in (KG / "extract").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                continue
            walked = {g.target.id for g in node.generators
                      if isinstance(g.target, ast.Name) and isinstance(g.iter, ast.Attribute)
                      and g.iter.attr in TOKEN_WALKS}
            for sub in ast.walk(node):
                if isinstance(sub, ast.Compare) and any(
                        isinstance(op, (ast.Is, ast.IsNot)) for op in sub.ops):
                    names = {n.id for n in (sub.left, *sub.comparators) if isinstance(n, ast.Name)}
                    if names & walked and not any(
                            isinstance(c, ast.Constant) for c in sub.comparators):
                        found.append(f"{path.name}:{sub.lineno}: {ast.unparse(sub)}")
    assert not found, found
