"""The addressee of a letter that carries an act joined to it by a participle: "issued a letter to
X demanding …", "sent a letter to X threatening …", "made a demand, writing a letter to X". Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Marco Rubio sent a letter to Secretary of State John Kerry on Friday demanding that "
     "the talks also cover nerve agents.", ("100", "USALEG", "USAGOV")),
    ("Senator John Cornyn made a demand of his own on Monday, writing a letter to Kerry that nerve "
     "agents be covered by the talks.", ("100", "USALEG", "USAGOV")),
    ("President Trump sent a letter to Chinese President Xi Jinping on Friday threatening new tariffs.",
     ("1312", "USAGOV", "CHNGOV")),
    ("President Trump sent a letter to South Korean President Moon Jae-in on Tuesday offering help with "
     "the vaccine campaign.", ("030", "USAGOV", "KORGOV")),
])
def test_the_addressee_of_a_letter_joined_by_a_participle_is_the_target(read, text, expected):
    assert expected in coded(read(text))


def test_a_participle_with_an_object_of_its_own_keeps_that_object(read):
    reading = read("President Trump sent a letter to Speaker Nancy Pelosi on Tuesday accusing Iran of "
                   "attacking the tankers.")
    assert ("112", "USAGOV", "IRN") in coded(reading)
    assert ("112", "USAGOV", "USALEG") not in coded(reading)
