"""Round 41, actors: a title a known office holder no longer holds, an envoy's bare title, and a
Catholic order's people.
"Former" before a firm's title ("former oil company chief executive X") says the firm's role is
not the person's now: a known office holder holds the office the table gives on the story's day.
"Ambassador X" with no country of its own is the envoy of the one country whose ambassador the
story has described ("the Russian ambassador"): an envoy serves abroad, so the country a story is
about is as often his host's. A religious order ("the Jesuits") is its church's people (CHRCTH),
not the government of the city it sits in. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import actor_ending, actor_of


def test_a_former_firm_title_gives_way_to_the_office_held_on_the_day(read):
    text = "Former Exxon Mobil chief executive Rex Tillerson met the Saudi foreign minister in Riyadh on Sunday."
    assert actor_of(read(text, published=date(2017, 6, 11)), "Rex Tillerson").code == "USAGOV"
    # out of every office on the day: an elite, not the firm's man
    assert actor_of(read(text, published=date(2019, 5, 2)), "Rex Tillerson").code == "USAELI"


def test_a_firm_title_without_former_still_names_a_business_role(read):
    reading = read("Exxon Mobil chief executive Rex Tillerson met the Saudi oil minister in Riyadh on Sunday.",
                   published=date(2015, 3, 8))
    assert actor_of(reading, "Rex Tillerson").code == "USABUS"


def test_a_bare_ambassador_title_takes_the_country_of_the_described_ambassador(read):
    reading = read("The senator met the Russian ambassador in Washington last month, officials in Washington said.\n\n"
                   "Ambassador Pavel Orlov told reporters in Washington on Friday that the talks had been useful.")
    assert actor_of(reading, "Pavel Orlov").code == "RUSGOV"


def test_two_countries_ambassadors_leave_a_bare_title_to_the_story(read):
    reading = read("The Russian ambassador and the Chinese ambassador met the senator in Washington.\n\n"
                   "Ambassador Pavel Orlov told reporters in Washington on Friday that the talks had been useful.")
    assert actor_of(reading, "Pavel Orlov").country not in {"RUS", "CHN"}


def test_the_leader_of_a_religious_order_is_of_its_church_not_of_the_city(read):
    reading = read("The miners' families wrote to the leader of the Franciscans in Rome, who asked the bishop to intervene.")
    assert actor_ending(reading, "the leader").code == "CHRCTH"
