"""Historical states and era-aware names (issue 12): "Moscow" in a 1980s story is the Soviet
Union, in a later one Russia; former and renamed states are countries. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.graph.eras import document_year, era_keys
from kg.inputs.years import latest_year
from kg.model import Document, Mention, Span


@pytest.mark.parametrize(("text", "year"), [
    ("The pact was signed in 1979 and renewed in 1984.", 1984),
    ("Officials said on Tuesday the tanks would arrive by March.", None),
    ("It sent 1990 troops and 1,995 rounds for $2010 a piece.", None),
    ("Sales fell from 2.1999 to 3 percent in 1975.", 1975),
])
def test_latest_year(text, year):
    assert latest_year(text) == year


def _doc(text: str = "", date: dt.date | None = None) -> Document:
    return Document("d", "d.txt", "d.txt", text, "0", "t", date=date,
                    year_named=latest_year(text))


def test_document_year_prefers_the_publication_date():
    assert document_year(_doc("In 1968 the treaty was signed.", dt.date(2019, 5, 1))) == 2019
    assert document_year(_doc("In 1968 the treaty was signed.")) == 1968
    assert document_year(_doc("No year here.")) is None


@pytest.mark.parametrize(("name", "label"), [
    ("Zaire", "Zaire"), ("Zairean", "Zaire"), ("Yugoslavia", "Yugoslavia"),
    ("Czechoslovakia", "Czechoslovakia"), ("GDR", "East Germany"),
    ("West German", "West Germany"), ("USSR", "Soviet Union"), ("Soviets", "Soviet Union"),
    ("Rhodesia", "Rhodesia"), ("South Vietnamese", "South Vietnam"), ("Saigon", "South Vietnam"),
    ("Cook Islands", "Cook Islands"), ("Niue", "Niue"), ("Macedonia", "North Macedonia"),
    ("Upper Volta", "Burkina Faso"), ("Dahomey", "Benin"), ("Ceylon", "Sri Lanka"),
    ("Kampuchea", "Cambodia"), ("Rangoon", "Myanmar"),
])
def test_former_and_renamed_states_are_countries(gazetteer, name, label):
    entry = gazetteer.lookup(name)
    assert entry is not None and (entry.label, entry.cls) == (label, "Country")


def test_era_rows_name_listed_states(gazetteer):
    rows = {e.state: e for e in gazetteer.eras}
    assert rows["Soviet Union"].successor == "Russia" and rows["Soviet Union"].until == 1992
    assert "kremlin" in rows["Soviet Union"].names
    assert rows["Zaire"].since == 1971
    for era in gazetteer.eras:
        assert gazetteer.by_label[era.state].cls == gazetteer.by_label[era.successor].cls \
            == "Country"


def _mentions(text: str, found: dict[str, str]) -> tuple[list[Mention], dict]:
    """Mentions of each name in ``found`` (name → key the gazetteer gave) and their keys."""
    mentions, keys = [], {}
    for name, key in found.items():
        start = text.index(name)
        span = Span("d", start, start + len(name), name)
        mentions.append(Mention(span, "Country", key, name))
        keys[span] = key
    return mentions, keys


@pytest.mark.parametrize(("text", "found", "expected"), [
    # dated by a year in the text
    ("The Kremlin said in 1983 that it had sent advisers to Syria.",
     {"Kremlin": "Russia", "Syria": "Syria"}, {"Kremlin": "Soviet Union", "Syria": "Syria"}),
    ("The Kremlin said in 2016 that it had sent advisers to Syria.",
     {"Kremlin": "Russia"}, {"Kremlin": "Russia"}),
    # no year: naming the old state by its name dates the story
    ("The Soviet Union denied the report and Moscow recalled its envoy.",
     {"Soviet Union": "Soviet Union", "Moscow": "Russia"},
     {"Soviet Union": "Soviet Union", "Moscow": "Soviet Union"}),
    # a demonym does not: Soviet-made arms are news today
    ("Soviet-made tanks reached the port, Moscow said.",
     {"Soviet": "Soviet Union", "Moscow": "Russia"},
     {"Soviet": "Soviet Union", "Moscow": "Russia"}),
    # an old year but only the successor named: a later retelling
    ("Russia said the submarine it leased in 1988 was back; Moscow called it routine.",
     {"Russia": "Russia", "Moscow": "Russia"}, {"Russia": "Russia", "Moscow": "Russia"}),
    # a capital that names the successor today names the old state in its era
    ("Belgrade and Zagreb exchanged prisoners in 1986.",
     {"Belgrade": "Serbia"}, {"Belgrade": "Yugoslavia"}),
    ("Bonn pledged aid in 1995.", {"Bonn": "West Germany"}, {"Bonn": "Germany"}),
    ("Bonn pledged aid in 1975.", {"Bonn": "West Germany"}, {"Bonn": "West Germany"}),
    # an era that starts in a year: Kinshasa before Zaire was named is left alone
    ("Kinshasa asked for troops in 1985.", {"Kinshasa": "Democratic Republic of the Congo"},
     {"Kinshasa": "Zaire"}),
    ("Kinshasa asked for troops in 1964.", {"Kinshasa": "Democratic Republic of the Congo"},
     {"Kinshasa": "Democratic Republic of the Congo"}),
])
def test_era_keys(gazetteer, text, found, expected):
    mentions, keys = _mentions(text, found)
    out = era_keys(gazetteer, _doc(text), mentions, keys)
    assert {m.span.text: out[m.span] for m in mentions} == expected


def test_an_agency_of_the_old_state_dates_the_story(gazetteer):
    text = "The Yugoslav army withdrew and Belgrade said the talks would go on."
    mentions, keys = _mentions(text, {"Belgrade": "Serbia"})
    start = text.index("Yugoslav army")
    army = Mention(Span("d", start, start + 13, "Yugoslav army"), "Agency", None,
                   "Yugoslav army")
    keys[army.span] = "Army (Yugoslavia)"
    out = era_keys(gazetteer, _doc(text), [army, *mentions], keys)
    assert out[mentions[0].span] == "Yugoslavia"
    assert out[army.span] == "Army (Yugoslavia)"


def test_built_graph_splits_no_state(tmp_path):
    """End to end: one story of each era, each with one node for the state Moscow means."""
    from kg.building.pipeline import build

    (tmp_path / "old.txt").write_text(
        "Kremlin protests\n\nMOSCOW, May 4 - The Soviet Union protested on Monday against the "
        "arrest of two of its diplomats, and the Kremlin said Moscow would recall its envoy. "
        "The Soviet embassy said the men were innocent.\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(
        "Kremlin denies report\n\nMOSCOW, May 4 - The Kremlin denied on Monday that Russia had "
        "sent troops to the border in 2014, and Moscow said the report was false.\n",
        encoding="utf-8")
    result = build([tmp_path])
    by_doc: dict[str, set[str]] = {}
    for ent in result.entities.values():
        if ent.cls == "Country":
            for d in ent.documents:
                by_doc.setdefault(d, set()).add(ent.key)
    names = {doc.name: by_doc.get(doc.doc_id, set()) for doc in result.documents}
    assert "Soviet Union" in names["old.txt"] and "Russia" not in names["old.txt"]
    assert "Russia" in names["new.txt"] and "Soviet Union" not in names["new.txt"]


def test_the_successor_named_in_full_keeps_its_capital(gazetteer):
    """A story naming only the successor, by a longer form of its name, keeps the capital
    with it even when the latest year it names lies in the old era."""
    text = "The Democratic Republic of Congo said the 1994 war was over; Kinshasa agreed."
    mentions, keys = _mentions(text, {"Democratic Republic of Congo":
                                      "Democratic Republic of the Congo",
                                      "Kinshasa": "Democratic Republic of the Congo"})
    out = era_keys(gazetteer, _doc(text), mentions, keys)
    assert out[mentions[1].span] == "Democratic Republic of the Congo"


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("The Democratic Republic of the Congo signed the accord; Congo's army will withdraw.",
     {"Democratic Republic of the Congo": "Democratic Republic of the Congo", "Congo": "Congo"},
     "Democratic Republic of the Congo"),
    ("South Korea sent a frigate, a Korean navy officer said.",
     {"South Korea": "South Korea", "Korean": "Korean"}, "South Korea"),
    # both states named: the bare name stays as it was
    ("North Korea fired at South Korea, raising tension in Korea.",
     {"North Korea": "North Korea", "South Korea": "South Korea", "Korea": "Korea"}, "Korea"),
])
def test_shared_name_is_the_state_named_in_full(gazetteer, text, found, expected):
    from kg.graph.eras import shared_name_keys

    mentions, keys = _mentions(text, found)
    out = shared_name_keys(gazetteer, mentions, keys)
    assert out[mentions[-1].span] == expected
