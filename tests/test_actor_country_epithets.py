"""A country told again by a description ("the kingdom", "the Islamic Republic", "the Jewish
state") is the listed country the story has named most so far; none when two tie or none is named,
and not inside a longer name. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def _actor(reading, text):
    return next((m.actor for m in reading.mentions if m.text == text), None)


def test_the_kingdom_after_saudi_arabia_is_saudi_arabia(read):
    text = ("Saudi Arabia admitted on Friday that the journalist died inside its consulate. "
            "A British minister called the account incomplete, but Saudi officials blamed a rogue team. "
            "The US president praised the kingdom for acting quickly.")
    reading = read(text)
    kingdom = _actor(reading, "the kingdom")
    assert kingdom is not None and kingdom.code == "SAU", kingdom
    assert ("USAGOV", "051", "SAU") in coded(reading, ("source", "cameo", "target")), coded(reading, ("source", "cameo", "target"))


def test_the_islamic_republic_after_iran_is_iran(read):
    text = ("Iran launched missiles at two air bases on Tuesday night. "
            "The Israeli prime minister accused the Islamic Republic of seeking to dominate the region.")
    republic = _actor(read(text), "the Islamic Republic")
    assert republic is not None and republic.code == "IRN", republic


def test_the_jewish_state_after_israel_is_israel(read):
    text = "Israel closed the crossing on Sunday. The senator said the cut would hurt the Jewish state."
    state = _actor(read(text), "the Jewish state")
    assert state is not None and state.code == "ISR", state


def test_two_kingdoms_named_as_often_leave_it_uncoded(read):
    text = "Britain and Jordan signed a trade pact on Monday. The minister praised the kingdom for its patience."
    assert _actor(read(text), "the kingdom") is None


def test_no_country_named_before_leaves_it_uncoded(read):
    text = "The envoy praised the kingdom for its patience during the long talks."
    assert _actor(read(text), "the kingdom") is None


def test_the_hermit_kingdom_is_north_korea_not_a_monarchy(read):
    text = ("North Korea and Thailand sent delegations to the summit. Pyongyang fired a missile on Friday. "
            "Seoul condemned the hermit kingdom.")
    hermit = _actor(read(text), "the hermit kingdom")
    assert hermit is not None and hermit.code == "PRK", hermit


def test_a_name_ending_in_kingdom_is_no_country_told_again(read):
    text = "Thailand reopened its border on Monday. The family flew home from the Magic Kingdom after the storm."
    assert all(m.actor.code != "THA" for m in read(text).mentions if "Kingdom" in m.text)


def test_a_demonym_before_the_epithet_names_its_country(read):
    text = ("Jordan and Saudi Arabia both sent envoys to the talks. "
            "The Saudi kingdom had denied any role in the plot until Friday.")
    kingdom = _actor(read(text), "The Saudi kingdom")
    assert kingdom is not None and kingdom.code == "SAU", kingdom
