"""Wrong targets (issue 12, round 17): a place, a victim, a medium or an unnamed gathering taken as
whom an act is aimed at. Each on sentences written for these tests: a trip to a city where
international bodies sit names no host, a meeting's place is not its partner when the partner is
named, the victim of an act one condemns or praises is not the one condemned or praised, a thing
put somewhere does not make the country it is put in the target, a medium of words is no target,
and two plain role nouns meeting are one gathering."""

from __future__ import annotations

from helpers import coded, events_on


# --- places -----------------------------------------------------------------------------------------
def test_a_trip_to_the_seat_of_the_un_names_no_american_host(read):
    reading = read("The Iranian foreign minister, who is to travel to New York on Thursday, warned against new sanctions.")
    assert all(e.target is None or e.target.code != "USA" for e in events_on(reading, "travel")), coded(reading)


def test_a_visit_to_a_capital_still_names_its_host(read):
    found = coded(read("The Indian prime minister will visit Paris next week."))
    assert ("042", "INDGOV", "FRA") in found, found


def test_a_meetings_place_is_not_its_partner_when_the_partner_is_named(read):
    reading = read("Senator Leahy and other lawmakers journeyed to Havana to meet with the Cuban dissidents.")
    assert all(e.target is None or e.target.code != "CUB" for e in reading.events), coded(reading)


def test_a_thing_deployed_in_a_country_does_not_make_it_the_target(read):
    found = coded(read("The Navy is deploying a second missile defence system in Poland."))
    assert all(target != "POL" for _, _, target in found), found


def test_forces_sent_to_a_country_keep_it_as_target(read):
    found = coded(read("The US gave Ukraine weapons last year."))
    assert any(target == "UKR" for _, _, target in found), found


# --- victims ----------------------------------------------------------------------------------------
def test_the_victim_of_a_condemned_attack_is_not_the_condemned(read):
    found = coded(read("Qatar condemned the attack on Egyptian police stations in Sinai."))
    assert found and all(target not in {"EGY", "EGYCOP"} for code, _, target in found if code.startswith("11")), found


def test_the_victim_of_a_praised_attack_is_not_the_praised(read):
    found = coded(read("Merkel praised the attack on Islamic State."))
    assert found and all(target != "IMGMOS" for code, _, target in found if code.startswith("05")), found


def test_the_named_doer_of_a_condemned_attack_is_the_condemned(read):
    found = coded(read("Jordan condemned the attack on Gaza by Israel."))
    assert any(code.startswith("11") and target == "ISR" for code, _, target in found), found
    found = coded(read("Jordan condemned the Israeli attack on Gaza."))
    assert any(code.startswith("11") and target == "ISR" for code, _, target in found), found


def test_criticism_of_a_policy_keeps_its_owner(read):
    found = coded(read("Germany criticized Russia's decision on Monday."))
    assert any(code.startswith("11") and target == "RUS" for code, _, target in found), found


# --- media ---------------------------------------------------------------------------------
def test_a_medium_of_words_is_no_target(read):
    found = coded(read("The president lashed out on Twitter at the Federal Reserve on Monday."))
    assert found and all(target != "USABUS" for _, _, target in found), found


def test_two_leaders_discussing_a_country_are_each_others_partners(read):
    found = coded(read("Chancellor Merkel and President Macron discussed Libya on Friday."))
    assert ("040", "DEUGOV", "FRAGOV") in found, found


# --- gatherings ---------------------------------------------------------------------------------------
def test_plain_role_nouns_meeting_are_one_gathering(read):
    reading = read("Ministers and envoys will meet next week.")
    assert all(e.target is None or e.target.name.lower() not in {"ministers", "envoys"} for e in reading.events), coded(reading)


def test_coordinated_doers_meeting_a_named_other_are_not_each_others_partners(read):
    reading = read("Senator Leahy and other lawmakers met with the Cuban dissidents in Havana.")
    assert all(e.target is None or e.target.name not in {"Leahy", "other lawmakers"} for e in reading.events), coded(reading)


def test_two_leaders_meeting_are_each_others_partners(read):
    found = coded(read("Putin and Erdogan met in Sochi on Tuesday."))
    assert ("040", "RUSGOV", "TURGOV") in found and ("040", "TURGOV", "RUSGOV") in found, found


def test_police_and_protesters_clashing_still_clash_with_each_other(read):
    found = coded(read("Police and protesters clashed in Cairo on Friday."))
    assert any(code.startswith("19") and {source, target} == {"EGYCOP", "EGYCVL"} for code, source, target in found), found
