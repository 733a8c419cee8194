"""Actor codes on real news, round 48: an outlet whose name is an ordinary word is not that outlet
when the story says otherwise. "Hill" written bare after "Fiona Hill" is her, not the paper The
Hill; "Dawn" after "Golden Dawn" is the party, not Pakistan's paper; "the Times" after "The New York
Times" is that paper, not London's; "The Australian Defence Force" is no newspaper. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import actor_of


def test_a_bare_surname_of_a_person_named_in_full_is_no_outlet(read):
    reading = read("Fiona Hill, a former White House adviser, testified for ten hours on Monday.\n\n"
                   "Hill told lawmakers that she had warned the national security adviser twice.",
                   published=date(2019, 10, 15))
    hill = actor_of(reading, "Hill")
    assert hill.name == "Fiona Hill" and hill.kind == "person"


def test_the_outlet_written_with_its_article_stays_the_outlet(read):
    reading = read("Fiona Hill, a former White House adviser, testified for ten hours on Monday.\n\n"
                   "The Hill reported that she had warned the national security adviser twice.",
                   published=date(2019, 10, 15))
    assert actor_of(reading, "The Hill").code == "USAMED"


def test_a_bare_word_that_ends_a_named_body_is_that_body(read):
    reading = read("Greece's Golden Dawn, a far-right party, won seven seats in the election.\n\n"
                   "Dawn later accused the government of betraying the country.", published=date(2015, 1, 27))
    assert actor_of(reading, "Dawn").name == "Golden Dawn"


def test_the_times_after_a_longer_times_is_that_paper(read):
    reading = read("The New York Times wrote on Sunday that the adviser had drafted a book about the talks.\n\n"
                   "His lawyer told The Times that a copy had been sent to the White House for review.",
                   published=date(2020, 1, 27), outlet="Louisville Courier-Journal")
    assert actor_of(reading, "The Times").code == "USAMED"


def test_an_outlet_word_that_starts_a_longer_name_is_no_outlet(read):
    reading = read("The Australian Defence Force deployed two patrol aircraft to help the search.")
    assert actor_of(reading, "The Australian").code != "AUSMED"


def test_a_magazine_named_with_its_kind_stays_the_outlet(read):
    reading = read("Trump said Time Magazine had called him about its person of the year.",
                   published=date(2017, 11, 25))
    assert actor_of(reading, "Time").code == "USAMED"
