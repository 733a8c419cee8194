"""Word senses (round 45): force by a body of words, and gatherings for a protest. A legislature,
a party, a court or an NGO that "wages war on", "breaks with" or "targets" an office of its own
state struggles in words, votes and subpoenas, whatever the verb of force (no 18x-20x); an armed
group's attack, and protesters' or students' blows (18x), stay force. People gathered for or in
a protest are demonstrating (141), no complaint lodged (110). Sentences written for these tests."""

from __future__ import annotations

FORCE_ROOTS = ("18", "19", "20")


def _force(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events if e.cameo.startswith(FORCE_ROOTS)]


def test_a_committee_waging_war_on_an_official_uses_no_force(read):
    reading = read("The Senate Judiciary Committee has waged war on the attorney general for weeks over the missing documents.")
    assert _force(reading) == []


def test_members_breaking_with_their_leader_use_no_force(read):
    reading = read("Several Labour MPs broke with the prime minister on Tuesday to oppose the pension bill.")
    assert _force(reading) == []


def test_legislators_targeting_a_ministry_use_no_force(read):
    reading = read("House Republicans targeted the Justice Department in a string of subpoenas last month.")
    assert _force(reading) == []


def test_armed_groups_and_crowds_still_use_force(read):
    assert _force(read("Hezbollah attacked an Israeli patrol near the border.")) == [("attacked", "190")]
    assert _force(read("Students attacked police with stones outside the parliament on Tuesday.")) == [("attacked", "180")]


def test_people_gathered_for_a_protest_demonstrate(read):
    reading = read("Hundreds of people gathered outside the embassy on Friday for a protest against the new law.")
    assert [(e.trigger, e.cameo) for e in reading.events] == [("gathered", "141")]


def test_people_assembled_in_protest_demonstrate(read):
    reading = read("About 300 nurses and doctors assembled in protest outside the hospital on Monday.")
    assert {e.cameo for e in reading.events} == {"141"}
