"""Word senses read from what a verb acts on or foretells: starting (or ending) a run for office
is no event (not CAMEO.2.0's "launch a campaign" 020, nor a by-gerund's criticism); a vow that
others will find out or investigate is no intent to cooperate (030); help given to an inquiry or
a prosecution, or called legal, is judicial cooperation (063), not aid (070); a verb of force
going "through" something or making its "way" is no criticism (111). Sentences written for these
tests."""

from __future__ import annotations

from helpers import codes, events_on


def test_launching_a_reelection_campaign_is_no_appeal(read):
    reading = read("Macron launched his reelection campaign in Lyon on Sunday.")
    assert not events_on(reading, "launched")


def test_a_run_launched_by_attacking_rivals_is_no_accusation_by_launching(read):
    reading = read("Trudeau launched his reelection campaign by stoking anger against bankers and lobbyists.")
    assert not events_on(reading, "launched")


def test_kicking_off_a_presidential_bid_expels_no_one(read):
    reading = read("Bolsonaro kicked off his presidential bid in Brasilia.")
    assert not events_on(reading, "kicked")


def test_a_campaign_that_is_no_run_for_office_keeps_its_code(read):
    reading = read("The Kremlin launched a campaign against smuggling.")
    assert events_on(reading, "launched")


def test_a_vow_that_investigators_will_find_out_is_no_intent_to_cooperate(read):
    reading = read("Merkel vowed on Monday that federal police would find out who had planted the bomb.")
    assert "030" not in codes(reading)


def test_a_vow_that_others_will_cooperate_stays_an_intent(read):
    reading = read("The chancellor vowed that her government would cooperate with Poland.")
    assert [e.cameo for e in events_on(reading, "vowed") if e.cameo.startswith("03")]


def test_mutual_assistance_in_an_investigation_is_judicial_cooperation(read):
    reading = read("Brazil and Portugal agreed to provide mutual assistance in connection with the investigation and "
                   "prosecution of fraud.")
    provided = [e.cameo for e in events_on(reading, "provide")]
    assert provided and all(c == "063" for c in provided)


def test_legal_assistance_is_judicial_cooperation(read):
    reading = read("Germany will provide legal assistance to Italy.")
    assert [e.cameo for e in events_on(reading, "provide")] == ["063"]


def test_military_assistance_stays_aid(read):
    reading = read("Germany will provide military assistance to Ukraine.")
    assert [e.cameo for e in events_on(reading, "provide")] == ["072"]


def test_gunmen_blasting_through_a_gate_make_no_criticism(read):
    reading = read("Taliban gunmen blasted through the gate of the school and began firing.")
    assert "111" not in codes(reading)


def test_blasting_a_way_in_is_no_criticism(read):
    reading = read("Rebels blasted their way into the compound.")
    assert "111" not in codes(reading)


def test_blasting_someone_over_a_matter_stays_criticism(read):
    reading = read("Schumer blasted Trump over the tariffs.")
    assert [e.cameo for e in events_on(reading, "blasted")] == ["111"]
