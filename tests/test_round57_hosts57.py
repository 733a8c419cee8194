"""A named person's own description names whose he is before the story's leading country does,
but only through a role he holds: his apposition's role noun ("the commander of Iran's Quds
Force", "Iran's top general") or a relative clause of being or commanding ("who commands Iran's
Quds Force"). An apposition that only places him abroad ("the most senior army general in Syria")
leaves him bare, and his apposition with him, never the place's. Near misses keep the story's
country and their events: a description whose head holds no role ("a longtime critic of Russia's
military", "a son of Irish immigrants"), a relative clause of serving or of a command placed
abroad ("who commands an airborne division in Iraq"), a role joined by another preposition ("a
former adviser to Afghanistan's army"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_of, coded

US_STORY = ("The Pentagon said on Monday that American forces in the region were on alert.\n\n"
            "Washington and U.S. officials warned of more strikes against the camps.\n\n")


def test_a_relative_clause_of_command_names_his_country(read):
    text = US_STORY + "The U.S. blamed Maj. Gen. Hamid Rostami, who commands Iran's elite border units, for the raid."
    assert actor_of(read(text), "Hamid Rostami").code == "IRNMIL"


def test_the_quds_force_he_commands_is_iran_military(read):
    text = US_STORY + "The U.S. blamed Maj. Gen. Hamid Rostami, who commands the Quds Force, for the raid."
    reading = read(text)
    assert actor_of(reading, "Hamid Rostami").code == "IRNMIL"
    assert ("111", "USA", "IRNMIL") in coded(reading)


def test_a_later_mention_keeps_the_country_his_description_gave(read):
    text = (US_STORY + "The U.S. blamed Maj. Gen. Hamid Rostami, who commands Iran's elite border units, for the raid.\n\n"
            "A day later American officials again accused Rostami of planning the attack on the base.")
    reading = read(text)
    assert any(row[1:] == ("USAGOV", "IRNMIL") and row[0].startswith("112") for row in coded(reading))


def test_an_apposition_placing_him_abroad_leaves_him_and_it_bare(read):
    text = US_STORY + "Officials said Gen. Hamid Rostami, the most senior army general in Syria, had left the capital."
    reading = read(text)
    assert actor_of(reading, "Hamid Rostami").code == "MIL"
    assert actor_of(reading, "the most senior army general").code == "MIL"


# Near misses: the story's country, and the event, stay.

@pytest.mark.parametrize(("description", "act", "event"), [
    ("a longtime critic of Russia's military", "accused Iran of arming the militias", ("112", "USAMIL", "IRN")),
    ("a former prisoner of North Korea's army", "accused Iran of arming the militias", ("112", "USAMIL", "IRN")),
    ("a veteran of Korea's demilitarized zone", "accused Iran of arming the militias", ("112", "USAMIL", "IRN")),
    ("a son of Irish immigrants", "accused Iran of arming the militias", ("112", "USAMIL", "IRN")),
    # a relative clause of a command placed abroad, or of service abroad, places nobody
    ("who commands the 101st Airborne Division in Iraq", "accused Iran of arming the militias", ("112", "USAMIL", "IRN")),
    ("who served two tours in Afghanistan", "criticized the Iranian government", ("111", "USAMIL", "IRNGOV")),
    # a role joined by another preposition than "of" names another party
    ("an expert on China's navy", "criticized the Iranian government", ("111", "USAMIL", "IRNGOV")),
    ("a former adviser to Afghanistan's army", "criticized the Iranian government", ("111", "USAMIL", "IRNGOV")),
    # the story's own country named in his role keeps it, placed abroad or not
    ("the top American commander in Syria", "accused Iran of arming the militias", ("112", "USAMIL", "IRN")),
])
def test_a_description_that_holds_no_foreign_role_keeps_the_story_country_and_the_event(read, description, act, event):
    reading = read(US_STORY + f"Gen. Mark Hollis, {description}, {act}.")
    assert actor_of(reading, "Mark Hollis").code == "USAMIL"
    assert event in coded(reading)


def test_a_target_of_a_foreign_state_keeps_the_story_country(read):
    text = US_STORY + "Gen. Mark Hollis, who was Iran's top target, accused Tehran of arming the militias."
    reading = read(text)
    assert actor_of(reading, "Mark Hollis").code == "USAMIL"
    assert [row for row in coded(reading) if row[0] == "112"] == [("112", "USAMIL", "IRNGOV")]


def test_a_commander_placed_abroad_by_his_apposition_is_never_that_country(read):
    text = US_STORY + "Gen. Mark Hollis, the senior commander in Syria, said the raid had failed."
    reading = read(text)
    assert not actor_of(reading, "Mark Hollis").code.startswith("SYR")
    assert not actor_of(reading, "the senior commander").code.startswith("SYR")
    assert any(row[0] == "010" and row[1] in {"USAMIL", "MIL"} for row in coded(reading))
