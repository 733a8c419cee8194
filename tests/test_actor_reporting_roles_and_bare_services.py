"""A role noun that reports on its story's leading country ("a senior official said the president
would ask Congress …") is that country's: a country named only in what it reports is no state it
acts on, so no sign that it is foreign (as it is no sign of whose it is: "An Australian engineer
inspected the pumps, authorities said"). A country its own verb acts on still is. An armed service
by its bare name ("the Navy") is of the country the story names most, even where that country does
not dominate the story; of nobody's in a tie. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of

US_STORY = ("President Obama met Senate leaders at the White House on Tuesday to discuss the budget. "
            "The Treasury Department warned that Congress must raise the debt limit by October. {} "
            "Obama also spoke with House Speaker John Boehner in Washington.")


def test_an_official_reporting_on_the_story_s_country_is_its_own(read):
    text = US_STORY.format("A senior administration official said the president would ask Congress "
                           "for more time to protect U.S. credit.")
    assert actor_ending(read(text), "senior administration official").code == "USAGOV"


def test_officials_reporting_on_their_country_s_sites_are_its_own(read):
    text = ("Iran resumed enriching uranium at its Natanz plant on Monday, the Iranian news agency said. "
            "President Hassan Rouhani said Iran would keep its promises. At a news briefing, officials "
            "said inspectors would no longer have access to Iran's nuclear sites. Iran's parliament "
            "backed the move in Tehran.")
    assert actor_of(read(text), "officials").code == "IRNGOV"


def test_protesters_saying_what_their_country_lacks_are_its_own(read):
    text = ("Protesters gathered in Cairo on Friday to demand the resignation of President Mohamed Morsi. "
            "Egypt's army warned both sides. Protesters say Morsi has failed to solve Egypt's economic "
            "crisis. Egyptian police stood by.")
    reading = read(text)
    said = [m for m in reading.mentions if m.text == "Protesters"][-1]
    assert said.actor.code == "EGYCVL", said.actor


def test_officials_acting_on_the_story_s_country_stay_foreign(read):
    text = US_STORY.format("Officials expelled two U.S. diplomats on Monday.")
    assert actor_of(read(text), "Officials").country is None


KOREA_STORY = ("North Korea fired two missiles into the sea off its east coast on Tuesday, and Pyongyang called "
               "the launch a warning. The United States called the test a provocation{} Since March, the Navy "
               "has moved two destroyers closer to the Korean peninsula.")


def test_a_bare_service_is_of_the_country_the_story_names_most(read):
    # the United States three times, North Korea twice: it leads, though it does not dominate
    text = KOREA_STORY.format(". American diplomats met their Japanese counterparts in Washington.")
    assert actor_of(read(text), "Navy").code == "USAMIL"


def test_a_bare_service_in_a_story_of_two_equal_countries_stays_nobody_s(read):
    text = KOREA_STORY.format(", and Washington asked for talks.")
    assert actor_of(read(text), "Navy").country is None
