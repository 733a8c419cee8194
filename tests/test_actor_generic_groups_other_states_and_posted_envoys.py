"""Generic groups ("people", "companies", "protesters") and a state's people posted abroad: a group
takes the country its own sentence gives it before the story's, and never the story's where its
side names other states only; a bare plural names new people each time; people acting on their own
story's leader are at home, and a country named only as whose people ("U.S. workers") is no state
they act on; envoys at an embassy are the embassy's state's. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of

US_STORY = ("The White House said on Monday that President Joe Biden would travel to Ohio next week. "
            "Biden told reporters in Washington that Congress must pass the budget before the recess. ")


def test_people_held_by_several_other_states_are_not_the_story_s(read):
    text = US_STORY + "Iran, Saudi Arabia and Sudan have jailed people for blasphemy, the report found."
    people = actor_of(read(text), "people")
    assert people.country is None, people


def test_a_bare_plural_group_is_not_the_one_named_before_elsewhere(read):
    text = (US_STORY + "Chinese regulators fined companies for fixing prices, state media reported. "
            "On Thursday, Biden met companies in Ohio that make steel.")
    reading = read(text)
    later = [m.actor for m in reading.mentions if m.text == "companies"][-1]
    assert later.country != "CHN", later


def test_protesters_accusing_their_story_s_leader_are_at_home(read):
    text = ("Peru's President Dina Boluarte flew to Cusco on Monday to meet regional governors. "
            "Peruvian police said roads near Lima and Arequipa had reopened after a week of blockades. "
            "Peru's congress will vote on her budget next month. "
            "Protesters blocked the main highway on Tuesday, accusing Boluarte of ignoring the provinces.")
    protesters = actor_of(read(text), "Protesters")
    assert protesters.country == "PER", protesters


def test_envoys_at_an_embassy_are_the_embassy_s_state_s(read):
    text = US_STORY + "Poland is expelling 12 envoys at the Belarusian embassy in Warsaw, its foreign ministry said."
    envoys = actor_of(read(text), "12 envoys")
    assert envoys.code == "BLRGOV", envoys


def test_a_group_worried_for_its_country_s_people_is_of_the_story_s_country(read):
    text = US_STORY + "The proposed levies have been denounced by labor unions fearing job losses for U.S. workers."
    unions = actor_of(read(text), "labor unions")
    assert unions.country == "USA", unions
