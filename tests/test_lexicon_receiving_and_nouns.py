"""Trigger coverage as lexicon data and the "received X from Y" construction.

Sentences written for these tests (none from a gold set or a judged draw)."""

from __future__ import annotations

from helpers import coded


def test_subpoena_is_a_demand_for_information(read):
    reading = read("The Senate Intelligence Committee subpoenaed the former national security adviser on Tuesday.")
    assert any(code == "101" and source == "USALEG" for code, source, _ in coded(reading, happened_only=True))


def test_a_subpoena_issued_is_the_same_demand(read):
    reading = read("House Democrats issued a subpoena to the State Department on Wednesday.")
    assert any(code == "101" and source.startswith("USA") and target == "USAGOV" for code, source, target in coded(reading, happened_only=True))


def test_blocking_a_road_obstructs_passage(read):
    reading = read("Farmers in Poland blocked the main highway to the Ukrainian border for six hours.")
    assert "144" in [code for code, _, _ in coded(reading, happened_only=True)]


def test_blocking_a_bill_is_no_obstruction_of_passage(read):
    reading = read("Senate Republicans blocked the spending bill on Thursday.")
    assert "144" not in [code for code, _, _ in coded(reading)]


def test_a_seized_ship_released_is_property_returned(read):
    reading = read("Iran released the Greek oil tanker on Sunday, two months after seizing it in the Gulf.")
    assert ("0842", "IRN") in [(code, source) for code, source, _ in coded(reading, happened_only=True)]


def test_kinds_of_bombing_keep_cameo_full_codes(read):
    reading = read("Taliban militants carried out a car bombing against an Afghan army base near Kandahar.")
    assert "1832" in [code for code, _, _ in coded(reading)]  # CAMEO's car bombing, not the bare 183


def test_ethnic_cleansing_is_its_own_code(read):
    reading = read("Burmese troops carried out ethnic cleansing against the Rohingya in Rakhine state.")
    assert "203" in [code for code, _, _ in coded(reading)]


def test_threatening_to_stop_talks_is_a_threat_to_halt_negotiations(read):
    reading = read("North Korea threatened to stop negotiations with South Korea on Monday.")
    assert ("134", "PRK", "KOR") in coded(reading)


def test_received_weapons_from_a_state_is_that_states_military_aid(read):
    reading = read("The Kurdish fighters received weapons from Germany last month.")
    events = coded(reading, happened_only=True)
    assert any(code == "072" and source == "DEU" for code, source, _ in events), events
    assert not any(code.startswith("04") for code, _, _ in events)  # no reception of a visitor


def test_aid_received_from_a_state_goes_from_giver_to_receiver(read):
    reading = read("Jordan received $1.5 billion in aid from the United States last year.")
    assert ("070", "USA", "JOR") in coded(reading, happened_only=True)


def test_criticism_received_is_no_aid(read):
    reading = read("The governor received sharp criticism from Democrats over the budget.")
    assert not any(code.startswith("07") for code, _, _ in coded(reading))


def test_a_grant_from_a_foundation_is_no_aid_between_actors(read):
    reading = read("The Kenyan university received a research grant from a British foundation.")
    assert not any(code.startswith("07") for code, _, _ in coded(reading))


def test_inspectors_admitted_is_international_involvement_allowed(read):
    reading = read("Syria admitted chemical weapons inspectors from the United Nations on Tuesday.")
    assert "0862" in [code for code, _, _ in coded(reading, happened_only=True)]
