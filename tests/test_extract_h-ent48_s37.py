

# --- a seller after "from" that NER took for a weapon ---------------------------------------


def test_unlisted_seller_taken_for_a_weapon_is_a_company(run):
    mentions, _ = run("Kenya has also bought Scorpion light tanks from Alvis and rifles from "
                      "Belgium.")
    classes = {m.span.text: m.cls for m in mentions}
    assert classes.get("Alvis") == "Company"
    assert classes.get("Belgium") == "Country"


def test_seller_rule_leaves_a_state_after_from(run):
    classes = _classes(run, "Kenya ordered Scorpion tanks from Britain in 1980.")
    assert classes.get("Britain") == "Country"
    assert "Company" not in classes.values()
