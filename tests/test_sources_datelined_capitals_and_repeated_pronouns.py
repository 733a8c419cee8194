"""Who does an event, three more readings: a capital in a dateline ("LONDON — …") names where the
story was filed even where the actors step took it for its government, so it never does the act;
a second subject "he", "she" or "they" in a sentence goes on with the first one, resolved or not,
never with a name told between them (the object of a relative clause "the deal Obama signed"); and
a relative clause the parse left without its verb ("who back when he was …, had visited") is
still the relative noun's act, not the main clause subject's. Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def test_a_capital_dateline_taken_for_its_government_does_not_act(read):
    reading = read("LONDON — Theresa May gave up her long effort to win a majority on Friday, announcing that she "
                   "will leave office in June.")
    assert all(e.source is None or e.source.name != "LONDON" for e in reading.events)


def test_a_second_he_goes_on_with_the_first_not_a_name_between(read):
    reading = read("President Trump has kept his promises on trade. He left the Pacific agreement, the deal "
                   "Mr. Obama signed in 2016, and he demanded new talks with Canada and Mexico.")
    demands = events_on(reading, "demanded")
    assert demands and all(e.source is not None and e.source.name.endswith("Trump") for e in demands)


def test_a_second_he_is_not_the_subject_of_a_relative_clause_before_it(read):
    reading = read("Senator Ted Cruz spoke with reporters on Monday. He praised the plan that Mr. Obama announced "
                   "last year, and he urged Congress to pass it.")
    urged = events_on(reading, "urged")
    assert urged and all(e.source is not None and e.source.name == "Ted Cruz" for e in urged)


def test_a_relative_clause_split_by_the_parse_is_still_the_relative_nouns_act(read):
    reading = read("Moscow also looked kindly on Sen. Rand Paul, who back when he was an eye doctor in Bowling "
                   "Green, Kentucky, had visited Cuba and Nicaragua.")
    visits = events_on(reading, "visited")
    assert visits and all(e.source is not None and e.source.name == "Rand Paul" for e in visits)
