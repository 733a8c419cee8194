"""Round 57 (roles57): a known office holder who resigns does so in the office left
(`events/offices.resigner_office`), not as the elite or bare national that a story told after the
term makes of them; the office holders' table is facts (`facts/offices.py`,
`facts/data/office_holders.txt`) that the events stage reads without importing the actors stage;
and David Petraeus is in the table.

Every sentence here was written for these tests."""

from datetime import date

import pytest
from helpers import events_on

from newsevents.actors import people
from newsevents.facts import offices
from newsevents.facts.offices import OFFICE_HOLDERS, known_person


@pytest.mark.parametrize(("text", "published", "word", "code"), [
    # an undated resignation told months later is the secretary's
    ("Patrick Shanahan ran the Pentagon after the sudden resignation of James Mattis, aides said.",
     date(2019, 6, 20), "resignation", "USAGOV"),
    # a former adviser resigning on a named day resigns as the adviser
    ("Former national security adviser Michael Flynn resigned on February 13 amid questions about his contacts.",
     date(2017, 11, 20), "resigned", "USAGOV"),
    # the day after the table's handover the resigner is still the adviser
    ("Michael Flynn resigned on Monday night after it emerged that he had misled the vice president.",
     date(2017, 2, 14), "resigned", "USAGOV"),
    # a CIA director who resigned is the agency's, not an elite
    ("Lawmakers were told of the investigation only hours before David Petraeus resigned on Friday.",
     date(2012, 11, 13), "resigned", "USASPY"),
])
def test_a_resigner_is_coded_in_the_office_left(read, text, published, word, code):
    [resignation] = events_on(read(text, published=published), word)
    assert resignation.source.code == code, resignation.source


def test_petraeus_is_in_the_table_with_his_dates():
    petraeus = known_person("David H. Petraeus")
    assert petraeus is not None and petraeus is known_person("Petraeus")
    assert petraeus.code_on(date(2010, 5, 1)) == "USAMIL"
    assert petraeus.code_on(date(2012, 3, 1)) == "USASPY"
    assert petraeus.code_on(date(2014, 3, 1)) == "USA"


def test_the_table_is_facts_the_actors_stage_reads_through_its_own_module():
    assert OFFICE_HOLDERS.parent.parent.name == "facts" and OFFICE_HOLDERS.is_file()
    assert people.known_person is offices.known_person and people.LEADERS is offices.LEADERS
    assert people.name_key is offices.name_key


# Near misses the rule leaves as the story codes them.

def test_another_act_of_the_former_secretary_keeps_the_story_s_code(read):
    reading = read("Jim Mattis praised the allied commanders in a speech on Tuesday.", published=date(2019, 6, 20))
    [praise] = events_on(reading, "praised")
    assert praise.source.code == "USA", praise.source


def test_a_resignation_still_to_come_is_left_as_the_story_codes_it(read_every):
    reading = read_every("Michael Flynn said he was ready to resign over the decision.", published=date(2017, 6, 20))
    resignations = events_on(reading, "resign")
    assert resignations and all(r.source.code == "USA" for r in resignations), resignations


def test_a_resigner_in_office_whom_the_story_titles_keeps_the_title_s_role(read):
    reading = read("Defense Secretary Jim Mattis resigned on Thursday in protest at the troop withdrawal.",
                   published=date(2018, 12, 21))
    [resigned] = events_on(reading, "resigned")
    assert resigned.source.code == "USAGOV", resigned.source


def test_leaving_a_company_board_is_not_leaving_the_office(read):
    # the party left is coded (a company), not the office; an uncoded one ("the board of a defense
    # contractor") is not told apart: counted, no such resignation among the judged or corpus events
    reading = read("Jim Mattis resigned from the board of General Dynamics, the contractor announced.",
                   published=date(2019, 9, 3))
    [resigned] = events_on(reading, "resigned")
    assert resigned.source.code != "USAGOV", resigned.source


def test_an_undated_resignation_years_after_the_term_keeps_the_story_s_code(read):
    reading = read("John Brennan resigned as chairman of the charity's board, a spokeswoman said.",
                   published=date(2021, 5, 11))
    [resigned] = events_on(reading, "resigned")
    assert resigned.source.code != "USASPY", resigned.source


# Review mends (round 57): the story's own title stands; no date, no office; a post of another
# role named after "as" is not the office; a dated month is the office that ended in it; a body of
# the person's own state is the office's own.

@pytest.mark.parametrize(("text", "published", "code"), [
    # the table's term ends on the resignation day (exclusive), which must not throw away the title
    ("Jeff Sessions resigned as attorney general at the president's request on Wednesday.", date(2018, 11, 8), "USAJUD"),
    # no date at all, neither the sentence's nor the story's
    ("Former CIA director John Brennan resigned from the charity's board.", None, "USAELI"),
    # a post of another known role after "as" is not the office
    ("Boris Johnson resigned as an MP after seeing a report on his conduct.", date(2023, 6, 12), "GBR"),
    # a month-dated resignation left the office that ended in that month, not the one begun in it
    ("Jeff Sessions resigned his Senate seat in February 2017 to join the cabinet.", date(2018, 12, 15), "USALEG"),
    # a body of one's own state left is the office's own
    ("Jim Mattis resigned from the Pentagon after a clash with the president.", date(2019, 1, 10), "USAGOV"),
    # a post of no known role after "as", weeks after the term, is still the office
    ("The White House picked a successor to David Petraeus, the retired general who resigned as CIA chief "
     "in November over an affair.", date(2013, 1, 9), "USASPY"),
])
def test_review_mends_of_the_resigner_s_office(read, text, published, code):
    [resigned] = events_on(read(text, published=published), "resigned")
    assert resigned.source.code == code, resigned.source
