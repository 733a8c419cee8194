"""Places: offline geocoding with country, coordinates and feature type; ambiguous names resolved
by what the document talks about."""

from __future__ import annotations

import pytest

from newsevents.actors.places import Gazetteer, PlaceFinder


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


@pytest.fixture(scope="module")
def finder(gazetteer):
    return PlaceFinder(gazetteer)


def test_an_ambiguous_city_goes_to_the_most_populous_without_context(gazetteer):
    assert gazetteer.city("Moscow").country == "RUS"
    assert gazetteer.city("Paris").country == "FRA"
    assert gazetteer.city("Nowhereville-on-Sea") is None


def test_a_named_us_state_wins_over_population(gazetteer):
    moscow = gazetteer.city("Moscow", context_countries=["USA"], context_states=["ID"])
    assert moscow.country == "USA" and abs(moscow.lat - 46.7) < 0.5


def test_a_country_in_the_story_alone_does_not_move_a_capital(gazetteer):
    # "US officials in Moscow": the document names the US, the city is still Russia's.
    assert gazetteer.city("Moscow", context_countries=["USA"]).country == "RUS"


def test_a_country_in_the_story_decides_between_comparable_towns(gazetteer):
    # Two Odessas: Ukraine's (~1 M) and Texas's (~110 k): a US story with Texas keeps its own.
    assert gazetteer.city("Odessa", context_countries=["USA"], context_states=["TX"]).country == "USA"


def test_accents_and_alternate_names_are_found(gazetteer):
    assert gazetteer.city("Culiacan").country == "MEX"
    assert gazetteer.city("Kiev").country == "UKR"


def test_city_comma_state_restricts_the_candidates(gazetteer):
    assert gazetteer.city("Paris", within=("USA", "TX")).country == "USA"
    assert gazetteer.city("Paris", within=("USA", None)).country == "USA"


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Texas", "USA", "region"),
        ("the Gaza Strip", "PSE", "region"),
        ("Gaza", "PSE", "city"),
        ("Darfur", "SDN", "region"),
        ("the Black Sea", None, "sea"),
        ("Europe", None, "continent"),
        ("Syria", "SYR", "country"),
    ],
)
def test_regions_seas_continents_and_countries_have_coordinates(finder, name, country, feature):
    place = finder.place(name)
    assert place is not None and place.country == country and place.feature == feature
    assert place.lat is not None and place.lon is not None


def test_the_west_is_no_place(finder):
    assert finder.place("the West") is None


def test_paris_texas_in_a_sentence(read):
    reading = read("Police in Paris, Texas, said a man had been arrested after the shooting.")
    places = {p.name: p for p in reading.places}
    assert places["Paris"].country == "USA" and places["Paris"].feature == "city"
    assert places["Texas"].country == "USA"


def test_paris_in_a_texas_story(read_all):
    reading = read_all("Texas Governor Greg Abbott toured flood damage in the state on Monday.\n\n"
                       "Abbott later flew to Paris to meet local officials, the governor's office said.")
    paris = next(p for p in reading.places if p.name == "Paris")
    assert paris.country == "USA" and abs(paris.lat - 33.66) < 0.5


def test_paris_without_context_is_in_france(read):
    reading = read("Thousands of protesters marched through Paris on Saturday against the pension reform.")
    paris = next(p for p in reading.places if p.name == "Paris")
    assert paris.country == "FRA" and abs(paris.lat - 48.85) < 0.5


def test_a_capital_standing_for_its_government_is_no_place(read):
    reading = read("Beijing said it would take countermeasures against the new tariffs.")
    assert not any(p.name == "Beijing" for p in reading.places)
    beijing = next(a for a in reading.actors if a.name == "Beijing")
    assert beijing.code == "CHNGOV"


def test_a_capital_where_something_happens_is_a_place(read):
    reading = read("Officials from both countries met in Moscow on Friday to discuss the grain deal.")
    moscow = next(p for p in reading.places if p.name == "Moscow")
    assert moscow.country == "RUS" and abs(moscow.lon - 37.62) < 0.5
    assert not any(a.name == "Moscow" for a in reading.actors)
