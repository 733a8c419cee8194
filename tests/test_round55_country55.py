"""Round 55 (country55): a group given the wrong country.

One role noun shared by a story's mentions ("authorities", "insurgents") is placed by its first
mention; a later mention whose own phrase puts it in another country ("authorities in Romania",
"insurgents in eastern Ukraine") is that country's, not the first one's. A role phrase whose own
words name a region or a stateless people ("a senior Middle East diplomat", "the Kurdish forces")
takes no story country. Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on

HUNT = ("Detectives believe the bombers had helpers abroad. Now authorities in several countries are "
        "looking for the helpers. ")
US_STORY = ("The White House on Tuesday defended its plan to withdraw from the region. U.S. officials said "
            "Washington would keep its air bases open. The American commander met the U.S. envoy on Monday. ")


def _source(reading, word: str) -> str | None:
    [event] = events_on(reading, word)
    return event.source.code if event.source else None


def test_a_later_mention_placed_by_its_own_phrase_is_that_country_s(read):
    text = HUNT + ("On Friday, authorities in Romania detained a French national suspected of selling them rifles. "
                   "France's interior minister welcomed the arrest.")
    assert _source(read(text), "detained") == "ROUGOV"


def test_a_later_mention_with_no_place_of_its_own_keeps_the_first_one_s(read):
    text = HUNT + ("On Friday, authorities detained a French national suspected of selling them rifles. "
                   "France's interior minister welcomed the arrest.")
    assert _source(read(text), "detained") == "FRAGOV"


def test_rebels_placed_where_they_fight_not_by_their_backer(read):
    text = ("Ukraine says Moscow supplied the insurgents with rockets. Russia's president urged the insurgents to "
            "hold talks. Insurgents in eastern Ukraine clashed with government troops near Sloviansk on Sunday.")
    assert _source(read(text), "clashed") == "UKRREB"


def test_a_people_s_forces_take_no_story_country(read):
    text = US_STORY + "The Kurdish forces expelled hundreds of Arab families from their villages."
    [event] = events_on(read(text), "expelled")
    assert event.source is not None and event.source.country is None, event.source


def test_bare_forces_in_the_same_story_still_take_its_country(read):
    text = US_STORY + "The forces accused Turkey of shelling on Wednesday."
    assert _source(read(text), "accused") == "USAMIL"


def test_a_region_s_diplomat_is_not_the_story_s(read):
    # a statement, which a bare group keeps (an act of one is not stored: `sources.unplaced_group`)
    reading = read(US_STORY + "A senior Middle East diplomat said the plan would fail.")
    statement = events_on(reading, "said")[-1]
    assert statement.source is not None and statement.source.code == "GOV", statement.source


def test_a_bare_diplomat_in_the_same_story_is_still_the_story_s(read):
    reading = read(US_STORY + "A senior diplomat praised the plan on Wednesday.")
    assert _source(reading, "praised") == "USAGOV"

