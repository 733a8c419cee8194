"""Modality by construction (round 45): an act someone only tries or wishes to get another to do
("were trying to get Biden to commit") is asked of that other (demanded), not told as done; an act
someone "did little" or "did nothing" toward is told as (all but) not done (negated). Sentences
written for these tests."""

from __future__ import annotations

from helpers import events_on


def test_what_aides_try_to_get_another_to_do_is_asked_of_them(read_every):
    reading = read_every("Aides to the Mexican president were trying to get Biden to commit to a meeting in Washington.")
    commits = events_on(reading, "commit")
    assert commits
    assert all(e.modality == "demanded" for e in commits)


def test_what_a_government_tries_to_get_a_group_to_do_is_asked_of_it(read_every):
    reading = read_every("Cairo is trying to get Hamas to release the hostages.")
    releases = events_on(reading, "release")
    assert releases
    assert all(e.modality == "demanded" for e in releases)


def test_what_one_got_another_to_do_is_left_as_told(read_every):
    reading = read_every("The Turkish envoy got Russia to release the two journalists on Monday.")
    assert all(e.modality == "happened" for e in events_on(reading, "release"))


def test_what_one_tries_to_get_money_for_is_ones_own_aim_not_asked_of_the_money(read_every):
    reading = read_every("Egypt is trying to get money from the World Bank to help the Syrian refugees.")
    # aid one tries to raise money for is neither asked of the lender nor given yet (round 56:
    # a tried act of aid is not told as done, so none is kept)
    assert [e.modality for e in events_on(reading, "help")] in ([], ["hypothetical"])


def test_what_leaders_did_little_to_do_is_not_done(read_every):
    reading = read_every("Critics say the European leaders have done very little to stop the violence against the Kurds.")
    stops = events_on(reading, "stop")
    assert stops
    assert all(e.modality == "negated" for e in stops)


def test_what_a_government_did_a_little_to_do_is_left_as_told(read_every):
    reading = read_every("The Greek government did a little to help the Syrian refugees and then closed the camps.")
    helps = events_on(reading, "help")
    assert helps
    assert all(e.modality == "happened" for e in helps)
