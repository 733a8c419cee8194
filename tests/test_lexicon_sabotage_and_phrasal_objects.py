"""Verbs whose particle and object decide the event: structures blown up, and "blow up" with
nothing blown up (an outburst, a collapse) is no attack.

Sentences written for these tests (none from a gold set or a judged draw)."""

from __future__ import annotations

from helpers import coded, codes


def test_a_bridge_blown_up_is_property_destroyed(read):
    reading = read("Maoist insurgents blew up a railway bridge in Jharkhand state on Tuesday.")
    assert "1712" in codes(reading, happened_only=True)


def test_power_lines_blown_up_in_the_passive_keep_their_doer(read):
    reading = read("Two electricity pylons were blown up by Kurdish militants near the Syrian border.")
    assert [code for code, source, _ in coded(reading, happened_only=True) if source] == ["1712"]


def test_a_vehicle_blown_up_with_its_crew_stays_an_attack(read):
    reading = read("Hezbollah fighters blew up an Israeli army patrol on the Lebanese border.")
    assert "1712" not in codes(reading)


def test_losing_ones_temper_is_no_attack(read):
    reading = read("The senator blew up at reporters outside the Capitol on Monday.")
    assert codes(reading) == []  # an outburst: no force (190) against the reporters


def test_talks_that_blew_up_are_no_attack(read):
    reading = read("Negotiations between the two unions and the ministry blew up late on Friday.")
    assert "190" not in codes(reading)


def test_a_team_of_inspectors_admitted_is_involvement_allowed(read):
    reading = read("Tehran admitted a team of inspectors from the IAEA on Monday.")
    assert "0862" in codes(reading, happened_only=True)  # not "admit" as acknowledging (015)


def test_a_mission_of_observers_received_is_involvement_allowed(read):
    reading = read("The Bolivian president received a mission of election observers from the OAS on Tuesday.")
    assert [code[:2] for code in codes(reading, happened_only=True)] == ["08"]  # not a host's 043


def test_dozens_of_prisoners_freed_is_a_release_of_persons(read):
    reading = read("Egypt freed dozens of Sudanese fishermen and prisoners on Thursday.")
    assert "0841" in codes(reading, happened_only=True)


def test_a_batch_of_documents_released_is_no_release_of_persons(read):
    reading = read("The ministry released a batch of documents on Friday.")
    assert "0841" not in codes(reading)
