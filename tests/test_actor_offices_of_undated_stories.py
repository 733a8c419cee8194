"""Actor codes on real news, round 49: a story with no date takes the office the office holders'
table marks as the one the news names a person in (`*`), else the latest; a dated story still
takes the office held on its day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import actor_of

from newsevents.actors.people import known_person


def test_an_undated_story_takes_the_marked_office():
    assert known_person("Theresa May").code_on(None) == "GBRGOV"  # prime minister, not the later backbencher
    assert known_person("Jair Bolsonaro").code_on(None) == "BRAGOV"  # president, not the later opposition
    assert known_person("Donald Trump").code_on(None) == "USAGOV"  # no mark: the latest office
    assert known_person("Jeremy Corbyn").code_on(None) == "GBRLEG"


def test_a_dated_story_still_takes_the_office_held_on_its_day():
    assert known_person("Theresa May").code_on(date(2021, 3, 1)) == "GBRLEG"
    assert known_person("Jair Bolsonaro").code_on(date(2024, 3, 1)) == "BRAOPP"


def test_a_former_prime_minister_in_an_undated_brexit_story_is_the_government(read):
    reading = read("Speaking in Brussels, Theresa May said a short delay would give MPs time to back her deal. "
                   "Mrs May met the German chancellor on Tuesday.")
    assert actor_of(reading, "Theresa May").code == "GBRGOV"
    assert actor_of(reading, "Mrs May").code == "GBRGOV"


def test_a_marked_office_gives_way_to_the_day(read):
    reading = read("Speaking in Brussels, Theresa May said a short delay would give MPs time to back her deal.",
                   published=date(2021, 5, 4))
    assert actor_of(reading, "Theresa May").code == "GBRLEG"
