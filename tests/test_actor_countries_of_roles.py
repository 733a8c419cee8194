"""Which country a role noun takes, and which it must not: a country written before "-backed"
("Iran-backed militias", "Western-backed rebels") names the backer, not the owner, so the role
takes no country from it (nor, after, the sentence's: that is often the backer's again), while a
country of its own beside it still counts ("Iran-backed Iraqi militias" are Iraq's); "troops
loyal to President X" are X's country's, whatever other country the sentence names. Sentences
written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_a_backers_country_is_not_the_rebels_country(read):
    text = "Syria's president was later toppled by Turkish-backed rebels, officials in Damascus said."
    rebels = actor_ending(read(text), "backed rebels")
    assert rebels.role == "REB" and rebels.country is None, rebels


def test_a_backer_named_in_full_is_not_the_forces_country(read):
    text = "United States-backed forces captured the town of Raqqa after a four-month siege."
    forces = actor_ending(read(text), "backed forces")
    assert forces.role == "MIL" and forces.country is None, forces


def test_a_backed_group_keeps_a_country_of_its_own(read):
    text = "Iran-backed Iraqi militias fired rockets at a US base near Baghdad on Sunday."
    militias = actor_ending(read(text), "Iraqi militias")
    assert militias.code == "IRQREB", militias


def test_a_led_coalition_is_still_its_leader_s(read):
    text = "Saudi-led forces bombed the port of Hodeidah on Tuesday, residents said."
    forces = actor_ending(read(text), "led forces")
    assert forces.code == "SAUMIL", forces


def test_troops_loyal_to_a_leader_are_his_country_s(read):
    text = "Troops loyal to President Bashar al-Assad shelled the suburb of Douma on Monday."
    troops = actor_ending(read(text), "Troops")
    assert troops.code == "SYRMIL", troops


def test_troops_loyal_to_a_leader_beside_a_foreign_backer(read):
    text = ("A U.S.-backed effort to bring food into the country stalled on Saturday as troops loyal "
            "to President Bashar al-Assad blocked the trucks at a checkpoint.")
    troops = actor_ending(read(text), "troops")
    assert troops.code == "SYRMIL", troops
