"""Issue 12, s68 (h-sup110): a definite national firm description as the seller ("ordered the
ship from the Dutch yard", "corvettes ordered from the same Dutch group") names the one firm
the article named before it; an indefinite one ("from a Dutch yard") still names no seller,
and neither does a description two named firms fit (sentences written for these tests, none
taken from a corpus; real spaCy parse; dev d1131, d1120)."""

from __future__ import annotations


def test_the_national_yard_is_the_firm_named_before(role_pairs):
    text = ("The patrol ship was built by Damen Shipyards at its works in Vlissingen. "
            "Ghana ordered the patrol ship from the Dutch yard in 2019.")
    pairs = role_pairs(text)
    assert any(s.startswith("Damen") and b == "Ghana" for s, b in pairs)
    assert not any(s == "Netherlands" for s, _ in pairs)


def test_the_same_national_group_is_the_firm_named_before(role_pairs):
    text = ("The frigate was built by Damen Shipyards at its works in Vlissingen. "
            "Ghana has ordered two corvettes from the same Dutch group.")
    assert any(s.startswith("Damen") for s, _ in role_pairs(text, roles=("supplier", "item")))


def test_an_indefinite_yard_names_no_seller(role_pairs):
    # guard: "a Dutch yard" is a firm the article has not named (SU6: its home is origin)
    text = ("The frigate was built by Damen Shipyards at its works in Vlissingen. "
            "Ghana ordered two patrol ships from a Dutch yard in 2019.")
    pairs = role_pairs(text, roles=("supplier", "item"))
    assert not any(s.startswith("Damen") or s == "Netherlands" for s, _ in pairs)


def test_two_named_firms_leave_the_yard_unnamed(role_pairs):
    # guard: two firms fit "the Dutch yard"; which one sold is not said
    text = ("The frigate was designed by Damen Shipyards and armed by Thales Nederland. "
            "Ghana ordered two patrol ships from the Dutch yard in 2019.")
    pairs = role_pairs(text, roles=("supplier", "item"))
    assert not any(s.startswith("Damen") or s.startswith("Thales") or s == "Netherlands"
                   for s, _ in pairs)
