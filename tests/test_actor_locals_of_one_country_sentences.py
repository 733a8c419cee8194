"""People who belong where they are (protesters, police, students) whom no other reading gives a
country, in a story no one country leads, take the one country of the places their own sentence
names when one of them is a city (`coding._place_locals`); a second country in the sentence or
people from elsewhere ("migrants") leave them bare. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_of

# Four countries named once each: no country leads the story.
OPENING = "Germany, Britain and Italy criticised the Spanish government's labour reform on Monday. "


def test_locals_take_the_one_country_of_their_sentence_s_city(read):
    reading = read(OPENING + "Clashes broke out in Barcelona overnight as protesters hurled bottles and set bins alight.")
    assert actor_of(reading, "protesters").code == "ESPCVL"


@pytest.mark.parametrize(("sentence", "mention"), [
    # a second country in the sentence: whose they are, it does not say
    ("Clashes broke out in Barcelona overnight as protesters burned a portrait of the Russian president.", "protesters"),
    # people from elsewhere are not the place's
    ("Clashes broke out in Barcelona overnight as migrants tried to climb onto lorries.", "migrants"),
])
def test_locals_stay_bare_beside_another_country_or_when_from_elsewhere(read, sentence, mention):
    assert actor_of(read(OPENING + sentence), mention).country is None
