"""Actor coding on short news sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors.places import Gazetteer


def codes(reading) -> dict[str, str]:
    """Actor code by canonical name and by every alias seen in the text."""
    return {name: a.code for a in reading.actors for name in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Russian president Vladimir Putin met reporters in Moscow on Friday to talk about the economy.", "Vladimir Putin", "RUSGOV"),
        ("French foreign minister Claire Dumont criticised the decision in a statement released on Friday.", "Claire Dumont", "FRAGOV"),
        ("Israeli daily Haaretz reported the decision after a long cabinet meeting in Jerusalem on Sunday.", "Haaretz", "ISRMED"),
        ("The Kremlin rejected the proposal on Tuesday, saying it had not been consulted by anyone at all.", "Kremlin", "RUSGOV"),
        ("Reuters said the talks in Geneva had ended without any agreement between the two delegations.", "Reuters", "GBRMED"),
        ("NATO condemned the missile test and called on Pyongyang to return to talks with its neighbours.", "NATO", "IGOWSTNAT"),
        ("Members of Congress voted on Thursday to extend the aid programme for another two years.", "Congress", "USALEG"),
    ],
)
def test_titles_outlets_seats_and_bodies_are_coded(read, text, name, code):
    assert codes(read(text))[name] == code


def test_spokesman_apposition_takes_the_possessor_country(read):
    reading = read("Russian president Vladimir Putin will host the summit. Putin's spokesman, Dmitry Peskov told "
                   "journalists that the meeting would go ahead as planned on Monday.")
    assert codes(reading)["Dmitry Peskov"] == "RUSGOV"


def test_later_mentions_resolve_to_the_same_person(read_all):
    # The middle sentences hold no event word: only a full parse sees them.
    reading = read_all(
        "Israeli prime minister Binyamin Netanyahu will travel to Washington next month for a long series of talks.\n\n"
        "Netanyahu is expected to raise the nuclear question. The prime minister has said little in public about it. "
        "The Israeli leader will also meet members of Congress during the trip."
    )
    netanyahu = next(a for a in reading.actors if a.name == "Binyamin Netanyahu")
    assert {"netanyahu", "the prime minister", "the israeli leader"} <= {a.lower() for a in netanyahu.aliases}
    assert not any(a.name in {"prime minister", "Israeli leader"} for a in reading.actors)


def test_military_titles_code_mil(read):
    reading = read("Army chief of staff General Maria Lopez said troops would remain deployed along the border for months.")
    assert codes(reading)["Maria Lopez"].endswith("MIL")


def test_anonymous_sources_are_a_group_without_a_country(read):
    reading = read("The paper said the plan had been drawn up in secret, citing anonymous security sources close to the army.")
    sources = [a for a in reading.actors if "sources" in a.name]
    assert sources and sources[0].kind == "group" and sources[0].country is None


def test_cities_are_places_not_actors(read):
    reading = read("Officials from both countries met in Moscow on Friday to discuss the grain deal and prisoner exchanges.")
    assert "Moscow" not in codes(reading)
    moscow = next(p for p in reading.places if p.name == "Moscow")
    assert moscow.country == "RUS" and abs(moscow.lat - 55.75) < 0.5


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


def test_ambiguous_city_follows_the_document_countries(gazetteer):
    assert gazetteer.city("Moscow").country == "RUS"
    assert gazetteer.city("Moscow", context_countries=["USA"]).country == "USA"
    assert gazetteer.city("Nowhereville-on-Sea") is None
