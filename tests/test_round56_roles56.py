"""Round 56 (roles56): a known office holder who resigns does so in the office left
(`events/offices.resigner_office`), not as the elite or bare national that a story told after the
term makes of them; and David Petraeus in the office holders' table.

Every sentence here was written for these tests."""

from datetime import date

import pytest
from helpers import events_on

from newsevents.actors.people import known_person


@pytest.mark.parametrize(("text", "published", "word", "code"), [
    # a resignation told months later is the secretary's
    ("Shanahan took over the Pentagon after the abrupt resignation of James Mattis, officials said.",
     date(2019, 6, 18), "resignation", "USAGOV"),
    # a former adviser resigning on a named day resigns as adviser
    ("Former national security adviser Michael Flynn resigned on February 13 after reports about his calls.",
     date(2017, 12, 1), "resigned", "USAGOV"),
    # the day after the handover the resigner is still the adviser
    ("Michael Flynn resigned late on Monday after reports that he had misled the vice president.",
     date(2017, 2, 14), "resigned", "USAGOV"),
    # a CIA director who resigned is the agency's, not an elite
    ("Members of the panel learned of the inquiry only moments before David Petraeus resigned on Friday.",
     date(2012, 11, 14), "resigned", "USASPY"),
])
def test_a_resigner_is_coded_in_the_office_left(read, text, published, word, code):
    [resignation] = events_on(read(text, published=published), word)
    assert resignation.source.code == code


def test_petraeus_is_in_the_table_with_his_dates():
    petraeus = known_person("David H. Petraeus")
    assert petraeus is not None
    assert petraeus.code_on(date(2010, 8, 1)) == "USAMIL"
    assert petraeus.code_on(date(2012, 6, 1)) == "USASPY"
    assert petraeus.code_on(date(2013, 6, 1)) == "USA"


def test_another_act_of_the_former_secretary_keeps_the_story_s_code(read):
    reading = read("Jim Mattis criticized the Syria decision in a speech on Monday.", published=date(2019, 6, 18))
    [criticism] = events_on(reading, "criticized")
    assert criticism.source.code == "USA"


def test_a_resignation_still_to_come_is_left_as_the_story_codes_it(read_every):
    reading = read_every("Michael Flynn said he was prepared to resign over the order.", published=date(2019, 6, 18))
    resignations = events_on(reading, "resign")
    assert resignations and all(r.source.code == "USA" for r in resignations)


def test_a_resigner_in_office_whom_the_story_titles_keeps_the_title_s_role(read):
    reading = read("Defense Secretary Jim Mattis resigned on Thursday over the president's Syria decision.",
                   published=date(2018, 12, 21))
    [resigned] = events_on(reading, "resigned")
    assert resigned.source.code == "USAGOV"


# The review's mends: a later post left, or an office left long before an undated story, is not the
# office of the table.

def test_leaving_a_company_board_is_not_leaving_the_office(read):
    reading = read("Jim Mattis resigned from the board of General Dynamics, the company said.",
                   published=date(2019, 8, 30))
    [resigned] = events_on(reading, "resigned")
    assert resigned.source.code != "USAGOV", resigned.source


def test_an_undated_resignation_years_after_the_term_keeps_the_story_s_code(read):
    reading = read("John Brennan resigned as chairman of the foundation's board, a spokesman said.",
                   published=date(2021, 4, 8))
    [resigned] = events_on(reading, "resigned")
    assert resigned.source.code != "USASPY", resigned.source
