"""Who did it: a named journalist "of <outlet>" works for that outlet (its country,
the media's role); "Press Secretary" is a title, not the outlet "Press"; "the North Korean
president" is never a president of another country titled so before; "a foreign government" is
not the story's own. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of, events_on


def test_a_named_reporter_of_an_outlet_takes_its_country(read):
    reading = read("The governor on Monday criticized correspondent Kate Bolduan of CNN for a report on the strike.")
    assert actor_of(reading, "Kate Bolduan").code == "USAMED"


def test_a_named_person_at_an_outlet_is_of_the_media(read):
    reading = read("Columnist Ruth Marcus at The Washington Post condemned the senator's vote on Tuesday.")
    assert actor_of(reading, "Ruth Marcus").code == "USAMED"


def test_a_person_of_a_body_that_is_no_outlet_keeps_no_media_role(read):
    reading = read("Analyst Tom Reeves of the Brookings Institution criticized the tariffs on Tuesday.")
    assert actor_of(reading, "Tom Reeves").role != "MED"


def test_press_secretary_at_the_start_of_a_sentence_is_a_government_title(read):
    reading = read("Press Secretary Jen Markham condemned the attack on the embassy in Kabul on Friday.")
    assert actor_of(reading, "Jen Markham").role == "GOV"


def test_a_demonym_title_does_not_resolve_to_another_countrys_titled_person(read):
    reading = read("President Obama arrived in Hanoi on Monday. A senior aide arranged the Chinese president's "
                   "two meetings with Kerry in June.")
    described = actor_of(reading, "the Chinese president")
    assert described.country == "CHN"
    assert "Obama" not in described.name


def test_a_titled_person_of_the_same_country_is_still_found(read):
    reading = read("President Emmanuel Macron flew to Berlin on Monday. The French president met Chancellor Scholz there.")
    [event] = events_on(reading, "met")
    assert event.source is not None and event.source.name.endswith("Macron")


def test_a_foreign_government_is_not_the_storys_country(read):
    reading = read("The senator spoke in Ohio on Monday. She said it was wrong to pressure a foreign government "
                   "to investigate an American citizen.")
    assert actor_of(reading, "a foreign government").country is None


def test_the_foreign_ministry_is_still_the_storys_country(read):
    reading = read("Chinese officials met in Beijing on Monday. China denounced the arrest in Vancouver. "
                   "The Foreign Ministry called on Canada to free the detained executive.")
    assert actor_ending(reading, "Foreign Ministry").country == "CHN"
