"""Who hears a statement is no recipient ("told reporters that …"), while whom an appeal is made
to is ("urged the public to …"); an object pronoun stands first for a person named earlier in its
own sentence ("detained X, ordering him to …"). Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_reporters_told_a_statement_are_its_audience_not_its_target(read):
    reading = read("The Egyptian minister told journalists in Cairo that the talks had failed.")
    assert all(event.target is None for event in events_on(reading, "told")), coded(reading)


def test_the_public_urged_to_act_is_the_appeals_recipient(read):
    reading = read("Spanish police urged the public to avoid the city centre on Saturday.")
    assert ("020", "ESPCOP", "ESPCVL") in coded(reading)


def test_him_is_the_person_named_before_in_his_own_sentence(read):
    text = ("President Obama spoke on Monday. Saudi officials detained Lebanese Prime Minister Saad Hariri "
            "during a visit, even ordering him to resign on television.")
    ordering = events_on(read(text), "ordering")
    assert ordering and ordering[0].target is not None and ordering[0].target.code == "LBNGOV", ordering


def test_a_channel_one_appears_on_is_no_actor_of_the_story(read):
    # "on television": a channel, not the story's media people
    reading = read("Saudi officials detained Lebanese Prime Minister Saad Hariri, ordering him to resign on television.")
    assert not any(event.target is not None and event.target.role == "MED" for event in reading.events), coded(reading)


def test_reporters_spoken_to_about_a_clause_are_no_target(read):
    reading = read("The Iranian foreign minister said to reporters in Tehran that the talks had collapsed.")
    assert all(event.target is None for event in events_on(reading, "said")), coded(reading)


def test_journalists_thanked_are_the_target(read):
    assert ("051", "TURGOV", "TURMED") in coded(read("The Turkish president thanked Turkish journalists for their work."))
