"""A role noun that reports on its story's leading country ("a senior official said the president
would ask Congress …") is that country's: a country named only in what it reports is no state it
acts on, so no sign that it is foreign (as it is no sign of whose it is: "An Australian engineer
inspected the pumps, authorities said"). A country its own verb acts on still is. Sentences
written for these tests."""

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
