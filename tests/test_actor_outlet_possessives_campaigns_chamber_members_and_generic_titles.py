"""Whose actors are: a name an outlet's possessive leads ("CNN's Nima Elbagir") is the outlet's
staff (its country, the media's role), whether the recogniser took it for a person or a body; "the
Trump Campaign" written as a name is the campaign (party people), not Trump's government; members of
a chamber named by its name ("House of Representatives members") are of the story's country even
when they act on it; a well-known office holder titled only by a generic head ("chief of staff")
holds the office the table gives on the day. Sentences from the judged draws' articles and
../shared/data/news-corpus."""

from __future__ import annotations

from datetime import date

from helpers import actor_of, events_on


def test_a_name_after_an_outlets_possessive_is_its_staff(read):
    reading = read("CNN's Nima Elbagir toured the school, gutted by militants as they fled, and spoke with one of "
                   "the girls who managed to escape Boko Haram fighters that night.")
    assert actor_of(reading, "Nima Elbagir").code == "USAMED"
    toured = events_on(reading, "toured")
    assert toured and all(event.source is not None and event.source.code == "USAMED" for event in toured)


def test_a_host_after_an_outlets_plain_apostrophe_is_its_staff(read):
    reading = read("Fox News' Chris Wallace asked Trump to respond to his controversial comments on Mexicans.")
    assert actor_of(reading, "Chris Wallace").code == "USAMED"


def test_the_campaign_written_as_a_name_is_the_campaign_not_the_candidate(read):
    reading = read("The investigation did not establish that members of the Trump Campaign conspired or "
                   "coordinated with the Russian government in its election interference activities.")
    sources = {event.source.code for event in reading.events if event.source is not None}
    assert "USAPTY" in sources
    assert "USAGOV" not in sources


def test_members_named_by_their_chamber_are_of_the_storys_country(read):
    reading = read("Some 74 House of Representatives members signed a letter this week opposing U.S. proposals "
                   "on automotive rules of origin, which would require 50 percent U.S. content in NAFTA-built "
                   "vehicles and 85 percent regional content.")
    opposing = events_on(reading, "opposing")
    assert opposing and opposing[0].source is not None
    assert opposing[0].source.code == "USALEG"


def test_a_generic_title_yields_to_the_office_held_on_the_day(read):
    reading = read("A White House official said on Friday that chief of staff John Kelly wasn’t with the president "
                   "when he fired off his tweets about “loser terrorists” before 7 a.m.", published=date(2017, 9, 15))
    assert actor_of(reading, "John Kelly").code == "USAGOV"


def test_a_title_that_names_a_body_still_wins(read):
    reading = read("Army Chief of Staff Mark Milley said on Tuesday that the service would review the rules.",
                   published=date(2017, 9, 15))
    assert actor_of(reading, "Mark Milley").role == "MIL"


def test_a_given_name_before_an_office_holders_surname_is_another_person(read):
    reading = read("Ivanka Trump also condemned the attack, offering support to New Zealand and Muslim communities "
                   "around the world.", published=date(2019, 3, 16))
    assert actor_of(reading, "Ivanka Trump").role != "GOV"
    assert not any(event.source is not None and event.source.code == "USAGOV" for event in events_on(reading, "condemned"))


def test_a_title_before_an_office_holders_surname_is_still_his(read):
    reading = read("President Trump condemned the attack, offering support to New Zealand.", published=date(2019, 3, 16))
    assert actor_of(reading, "Trump").code == "USAGOV"
