"""Word senses (round 41): codes the judged draws of seeds 66-68 read into everyday wording.
Anonymity asked of a reporter is the terms of an interview, no appeal (020) or demand (100); a
ruling appealed is a step in a court case, no appeal to anyone (020); a thing one actor protests
is objected to in words (111), no demonstration (140); a campaign for office suspended reduces
relations with no one (160); equipment deployed that names no forces, arms or people mobilises
none (154); talking to the press consults no one (040); retaliating with a kind of sanctions
imposes them (163), no criticism (111). Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _codes(reading) -> list[str]:
    return [e.cameo for e in reading.events]


def test_anonymity_asked_of_a_reporter_is_no_appeal_or_demand(read):
    requested = read("Two Iranian diplomats requested anonymity to discuss the private talks with France.")
    assert not [c for c in _codes(requested) if c.startswith(("02", "10"))]
    insisted = read("The Pentagon officials insisted on anonymity because they were not authorized to speak.")
    assert not [c for c in _codes(insisted) if c.startswith(("02", "10"))]
    meeting = read("Iran requested a meeting with the French foreign minister.")
    assert [c for c in _codes(meeting) if c.startswith("02")]  # a meeting asked for stays an appeal


def test_a_ruling_appealed_is_no_appeal_to_anyone(read):
    reading = read("The court upheld the fine on Monday, a decision the oil company said it would appeal.")
    assert not [c for c in _codes(reading) if c.startswith("02")]
    against = read("Google appealed against the fine imposed by the European Commission.")
    assert not [c for c in _codes(against) if c.startswith("02")]
    aid = read("Kenya appealed to the United Nations for food aid.")
    assert [c for c in _codes(aid) if c.startswith("02")]  # an appeal to someone for aid stays


def test_a_thing_one_actor_protests_is_objected_to_in_words(read):
    reading = read("China protested the visit of the Taiwanese president to Washington.")
    assert ("protested", "111") in _made(reading)
    assert "140" not in _codes(reading)
    crowd = read("Thousands of students protested the new law in Santiago on Sunday.")
    assert ("protested", "140") in _made(crowd)  # a crowd protesting a law demonstrates
    people = read("Egyptians protested Mubarak in Tahrir Square.")
    assert ("protested", "140") in _made(people)


def test_a_campaign_for_office_suspended_cuts_no_relations(read):
    reading = read("Macron suspended his campaign for a day after the attack in Nice.")
    assert not [c for c in _codes(reading) if c.startswith("16")]
    reading = read("The governor and Republican challenger Tom Smith will suspend their campaigns on Monday.")
    assert not [c for c in _codes(reading) if c.startswith("16")]
    treaty = read("Russia suspended its participation in the arms control treaty.")
    assert [c for c in _codes(treaty) if c.startswith("16")]  # a treaty suspended stays


def test_equipment_that_is_no_force_deployed_mobilises_none(read):
    reading = read("The health ministry has deployed 40 drive-through testing stations across the capital.")
    assert "154" not in _codes(reading)
    systems = read("The White House deployed 2,000 personnel and advanced missile defense systems to Qatar.")
    assert ("deployed", "154") in _made(systems)
    troops = read("NATO will deploy four battalions to the Baltic states.")
    assert ("deploy", "154") in _made(troops)


def test_talking_to_the_press_consults_no_one(read):
    reading = read("Netanyahu went to talk to reporters after the vote.")
    assert not [c for c in _codes(reading) if c.startswith("04")]
    met = read("Merkel talked to Putin by phone on Monday.")
    assert ("talked", "040") in _made(met)


def test_retaliating_with_sanctions_imposes_them(read):
    reading = read("Beijing retaliated with its own set of sanctions, banning American farm imports.")
    assert "111" not in _codes(reading)
    assert ("retaliated", "163") in _made(reading)
