"""Actor codes of people, round 50: a table office holder written with a middle initial (the house
style of some papers) is still that holder, unless the table writes another initial; ministers
whose title names no country take the table's office; a title of a second rank ("Vice President
X") is not the office a later bare description names ("the president"); and in a dated story a
party word ("Republican X") gives way to the office of state the table gives on the day.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import actor_of

from newsevents.actors.people import known_person


def test_a_middle_initial_and_a_listed_suffix_find_the_table_holder():
    assert known_person("Robert M. Gates").name == "Robert Gates"
    assert known_person("Eric H. Holder Jr.").name == "Eric Holder"


def test_a_suffix_or_another_initial_names_someone_else():
    assert known_person("Donald J. Trump Jr.") is None  # the son
    assert known_person("Michael G. Flynn") is None  # the table writes Michael T. Flynn
    assert known_person("George P. Bush") is None  # no table holder is a bare "George Bush"


def test_a_minister_written_with_initial_takes_the_office_of_the_day(read):
    reading = read("Attorney General Eric H. Holder Jr. said the charges against the five officers "
                   "would be pursued in court.", published=date(2014, 5, 19))
    assert actor_of(reading, "Eric H. Holder Jr.").country == "USA"  # the title gives the role (JUD)


def test_the_president_is_not_a_vice_president_named_before(read):
    reading = read("Mr. Kristol, once Vice President Dan Quayle's chief of staff, criticised the speech. "
                   "The president met CIA employees at Langley on Saturday.",
                   published=date(2017, 1, 22))
    assert not any(event.source is not None and "Quayle" in event.source.name for event in reading.events)


def test_a_minister_whose_title_names_no_country_takes_the_tables(read):
    reading = read("Defence Secretary Gavin Williamson said the new centre would open next year.",
                   published=date(2018, 3, 15))
    assert actor_of(reading, "Gavin Williamson").code == "GBRGOV"
    reading = read("Commerce Secretary Wilbur Ross said the tariffs would take effect on Friday.",
                   published=date(2018, 5, 31))
    assert actor_of(reading, "Wilbur Ross").code == "USAGOV"


def test_a_party_word_gives_way_to_the_office_held_on_the_day(read):
    reading = read("Moscow has denied meddling to help Republican Donald Trump in the election.",
                   published=date(2018, 7, 14))
    assert actor_of(reading, "Donald Trump").code == "USAGOV"
    reading = read("Moscow has denied meddling to help Republican Donald Trump in the election.",
                   published=date(2016, 7, 14))
    assert actor_of(reading, "Donald Trump").code == "USAPTY"  # a candidate, in no office yet
    reading = read("Moscow has denied meddling to help Republican Donald Trump in the election.")
    assert actor_of(reading, "Donald Trump").code == "USAPTY"  # no day: the table's latest office is a guess
