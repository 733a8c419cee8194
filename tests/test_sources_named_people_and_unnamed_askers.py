"""Who did it, round 30: a person the story names is never merged into another named person by an
apposition whose description was read as the first ("Maria Ellison, the president" after
"President Alvarez": Alvarez still acts as himself later); "he" after a subject the coder could
not name ("Whitcombe misled them when he told …") is not someone named before it. Sentences
written for these tests."""

from __future__ import annotations

from helpers import events_on


def test_a_named_person_stays_himself_after_an_apposition_read_as_him(read):
    reading = read("President Alvarez opened the session on Monday. Maria Ellison, the president, said the talks "
                   "had gone well. Alvarez accused Peru of stalling the negotiations.")
    accusations = events_on(reading, "accused")
    assert [event.source.name for event in accusations if event.source] == ["Alvarez"]
    assert all(event.source is None or event.source.name != "Maria Ellison" for event in reading.events
               if event.trigger != "said")


def test_he_after_a_name_the_coder_could_not_take_is_no_one_named_before(read):
    reading = read("President Trump was responding to claims by Democratic senators that Whitcombe misled them when "
                   "he told Congress that he had not met the Russian ambassador.")
    assert all(event.source is None or event.source.name != "Trump" for event in events_on(reading, "met"))
