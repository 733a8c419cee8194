"""Round 36, a pronoun's doer must be able to act: a subject "they" or "it" that the actors step
took for a country named in its sentence only as a place ("after years of fighting in Chad and
Mali, they …", "after talks in Oman, it …") names no doer we can tell, so the event has none
rather than the place; a country named before as an actor ("Peru rejected the offer. It said …")
stays the doer. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_they_after_wars_in_two_countries_is_not_the_second_country(read_every):
    reading = read_every("After nearly twenty years of fighting in Chad and Mali, "
                         "they refused to send more troops to the region.")
    for event in events_on(reading, "send"):
        assert event.source is None or event.source.code not in {"TCD", "MLI"}, coded(reading)
    # a group named in the sentence before, not the place it met in, is whom "they" stands for
    reading = read_every("Officials met in Kenya on Monday. They agreed to resume talks with the rebels.")
    agreed = events_on(reading, "agreed")
    assert agreed and all(e.source is not None and e.source.code == "KENGOV" for e in agreed), coded(reading)


def test_they_after_deployments_to_a_country_is_not_that_country(read_every):
    reading = read_every("After three years of deployments to Somalia, they refused to send more troops.")
    for event in events_on(reading, "send"):
        assert event.source is None or event.source.code != "SOM", coded(reading)


def test_it_after_talks_in_a_country_is_not_the_host(read_every):
    reading = read_every("After two days of talks in Oman, it agreed to release the captured sailors.")
    for word in ("agreed", "release"):
        for event in events_on(reading, word):
            assert event.source is None or event.source.code != "OMN", coded(reading)
    # a country named before as a doer stays whom "it" stands for
    reading = read_every("Peru rejected the offer on Monday. It said it would not negotiate with the miners.")
    said = events_on(reading, "said")
    assert said and all(e.source is not None and e.source.code == "PER" for e in said), coded(reading)
