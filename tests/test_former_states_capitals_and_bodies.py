"""Actor identity as data: former states, other names of capitals, named armed groups, NGOs and
state companies (facts/data/former_states.txt, countries.txt, organisations.txt). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_of, coded

from newsevents.facts.countries import (
    COUNTRIES,
    FORMER_STATES,
    country_by_capital,
    country_by_demonym,
    country_by_iso3,
    country_by_name,
    organisation_by_name,
)

# --- former states: their own codes, never their successors' ----------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [("the Soviet Union", "SUN"), ("USSR", "SUN"), ("Czechoslovakia", "CSK"), ("East Germany", "DDR"),
     ("German Democratic Republic", "DDR"), ("Yugoslavia", "YUG"), ("Serbia and Montenegro", "SCG"),
     ("West Germany", "DEU")],
)
def test_former_state_names(text: str, code: str) -> None:
    country = country_by_name(text)
    assert country is not None and country.iso3 == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Soviet", "SUN"), ("Soviets", "SUN"), ("Yugoslav", "YUG"), ("Czechoslovak", "CSK"),
     ("East German", "DDR"), ("West German", "DEU"), ("German", "DEU")],
)
def test_former_state_demonyms(text: str, code: str) -> None:
    country = country_by_demonym(text)
    assert country is not None and country.iso3 == code


def test_former_states_stay_out_of_todays_list() -> None:
    today = {c.iso3 for c in COUNTRIES}
    assert {s.iso3 for s in FORMER_STATES} == {"SUN", "CSK", "DDR", "YUG", "SCG"}
    assert not today & {s.iso3 for s in FORMER_STATES}
    assert all(s.until and not s.iso2 and not s.capital for s in FORMER_STATES)
    soviet = country_by_iso3("SUN")
    assert soviet is not None and soviet.name == "Soviet Union" and soviet.cameo == "SUN"
    assert country_by_capital("Moscow") is country_by_name("Russia")  # a capital names today's state


# --- a capital's other names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Kiev", "UKR"), ("Kyiv", "UKR"), ("Nur-Sultan", "KAZ"), ("Astana", "KAZ"), ("La Paz", "BOL"),
     ("Abidjan", "CIV"), ("Nay Pyi Taw", "MMR")],
)
def test_capital_other_names(text: str, iso3: str) -> None:
    country = country_by_capital(text)
    assert country is not None and country.iso3 == iso3


def test_capital_field_keeps_todays_name() -> None:
    ukraine = country_by_name("Ukraine")
    assert ukraine is not None and ukraine.capital == "Kyiv" and ukraine.capital_names == ("Kiev",)
    assert country_by_name("Kiev") is None  # a capital is not a name of its country


# --- named groups, NGOs, state companies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [("ACLU", "NGOUSAHRI"), ("the American Civil Liberties Union", "NGOUSAHRI"), ("Freedom House", "NGOUSAHRI"),
     ("Committee to Protect Journalists", "NGOHRIMED"), ("Greenpeace", "NGOENV"),
     ("YPG", "SYRREB"), ("Syrian Democratic Forces", "SYRREB"), ("PYD", "SYRREB"), ("Free Syrian Army", "SYRREB"),
     ("Syrian National Coalition", "SYROPP"), ("Muslim Brotherhood", "EGYOPP"), ("Peshmerga", "IRQMIL"),
     ("Kurdistan Regional Government", "IRQGOV"), ("Pakistani Taliban", "PAKREB"), ("Haqqani network", "AFGREB"),
     ("Islamic Jihad", "PSEREB"),
     ("Burisma", "UKRBUS"), ("Naftogaz", "UKRBUS"), ("Pemex", "MEXBUS"), ("PDVSA", "VENBUS"), ("Sinopec", "CHNBUS"),
     ("Gazprom", "RUSBUS"), ("Rosatom", "RUSBUS"), ("Saudi Aramco", "SAUBUS"),
     ("Interpol", "IGOCOPITP"), ("OECD", "IGOWSTBUS"), ("Warsaw Pact", "IGOEEU"), ("ADL", "NGOUSAJEW"),
     ("National Rifle Association", "NGOUSA"), ("Chinese Communist Party", "CHNGOV"), ("AKP", "TURPTY"),
     ("Fidesz", "HUNPTY"), ("Kurdistan Democratic Party", "IRQPTY"), ("Popular Mobilization Forces", "IRQMIL")],
)
def test_named_bodies(text: str, code: str) -> None:
    organisation = organisation_by_name(text)
    assert organisation is not None and organisation.code == code


@pytest.mark.parametrize("text", ["let", "Let", "LeT", "JeM", "RSF", "FSA", "CIS", "DPP", "CHP", "CPC", "union", "Union",
                                  "Congress", "Commonwealth", "Social Democratic Party", "Workers' Party"])
def test_words_and_letters_of_several_bodies_name_none(text: str) -> None:
    assert organisation_by_name(text) is None


# --- in sentences ---------------------------------------------------------------------------------------------


def test_civil_liberties_union_is_no_labour_union(read) -> None:
    reading = read("The American Civil Liberties Union condemned the police raid on the shelter on Tuesday.")
    assert coded(reading) == [("111", "NGOUSAHRI", None)]


def test_soviet_union_acts_as_itself(read) -> None:
    reading = read("The Soviet Union sent troops into Afghanistan in December 1979.")
    assert actor_of(reading, "The Soviet Union").code == "SUN"
    assert all(source != "RUS" for _, source, _ in coded(reading))


def test_east_and_west_german_leaders(read) -> None:
    reading = read("West German Chancellor Helmut Kohl met East German leader Erich Honecker in Bonn on Monday.")
    assert actor_of(reading, "Helmut Kohl").code == "DEUGOV"
    assert actor_of(reading, "Erich Honecker").code == "DDRGOV"


def test_kurdish_militia_is_a_recipient(read) -> None:
    reading = read("Turkish troops shelled positions of the YPG east of the Euphrates on Sunday.")
    assert actor_of(reading, "YPG").code == "SYRREB"
    assert ("TURMIL", "SYRREB") in {(source, target) for _, source, target in coded(reading)}


def test_state_oil_company_is_its_countrys_business(read) -> None:
    reading = read("Washington imposed sanctions on Petrobras executives and on Pemex last week.")
    assert actor_of(reading, "Pemex").code == "MEXBUS"


@pytest.mark.parametrize("text", ["Kiev accused Moscow of shelling the town on Friday.",
                                  "The Kiev government condemned the Russian strikes on Monday."])
def test_a_capitals_other_name_speaks_for_its_government(read, text: str) -> None:
    # The recogniser's patterns take every name of a capital, not only today's spelling.
    assert coded(read(text))[0][1] == "UKRGOV"
