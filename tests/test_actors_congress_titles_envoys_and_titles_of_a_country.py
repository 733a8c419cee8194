"""Whose a titled person is (round 34, actors): a full-word congressional title ("Senator",
"Representative") in a story the US leads is a member of Congress even when the sentence acts on
the US government; an envoy's "Special Representative" is no lawmaker; a title closed by "of" and a
country ("Defence Minister of Australia") keeps its office's role, and the place the recogniser
joined to the name ("of | Scotland Nicola Sturgeon") goes back to the title; British party leaders
named in US stories are in the office-holder table. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from newsevents.actors.people import known_person

SPRING_2018 = date(2018, 5, 2)


def _events(reading, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in reading.events if e.trigger == trigger]


def test_a_senator_in_a_us_story_is_a_member_of_congress(read):
    reading = read("Senator Maria Cantwell questioned the Federal Reserve chair on Tuesday. Senator Tom "
                   "Cotton praised the White House for the new sanctions.", published=SPRING_2018)
    assert _events(reading, "praised") == [("051", "USALEG", "USAGOV")]
    # in a story another country leads, a senator is not the US's
    reading = read("Senator Ramon Cruz praised the Philippine government for the new budget.", published=SPRING_2018)
    assert all(source is None or not source.startswith("USA") for _, source, _ in _events(reading, "praised"))


def test_a_special_representative_is_an_envoy_not_a_lawmaker(read):
    reading = read("U.S. Special Representative Paul Whitaker urged the Taliban to free the prisoners.",
                   published=SPRING_2018)
    sources = [source for _, source, _ in _events(reading, "urged")]
    assert sources and all(source == "USAGOV" for source in sources)


def test_a_title_closed_by_a_country_keeps_its_role(read):
    reading = read("Defence Minister of Australia Peter Dutton criticized China over the island bases.",
                   published=SPRING_2018)
    assert _events(reading, "criticized") == [("111", "AUSGOV", "CHN")]


def test_a_place_the_recogniser_joined_to_a_name_goes_back_to_the_title(read):
    reading = read("First Minister of Scotland Nicola Sturgeon congratulated the new prime minister on Friday.",
                   published=SPRING_2018)
    people = [m for m in reading.mentions if m.actor.kind == "person"]
    assert [(m.text, m.actor.code) for m in people][:1] == [("Nicola Sturgeon", "GBRGOV")]


def test_a_british_opposition_leader_in_a_us_story_is_british(read):
    assert known_person("Corbyn") is not None
    reading = read("President Trump arrived in Washington on Monday after a weekend in New York. Corbyn "
                   "criticized Trump over his remarks about the mayor of London.", published=SPRING_2018)
    assert [source for _, source, _ in _events(reading, "criticized")] == ["GBROPP"]


def test_a_named_envoy_after_a_description_closed_by_a_country_takes_the_description(read):
    reading = read("The U.N. special envoy for Libya, Peter Halvorsen, met tribal elders in Tripoli on Sunday.",
                   published=SPRING_2018)
    person = next(m.actor for m in reading.mentions if m.text == "Peter Halvorsen")
    assert person.country == "IGO"
