"""Who did it, round 30: a person the story names is never merged into another named person by an
apposition whose description was read as the first ("Maria Ellison, the president" after
"President Alvarez": Alvarez still acts as himself later); a demand whose asker cannot be coded
takes no doer from the act it asks for when that act has a subject of its own ("many demanded he
resign": he is the one asked); one required or led to act does the act ("required Iraq to sign");
"he" after a subject the coder could not name ("Whitcombe misled them when he told …") is not
someone named before it; a sentence with "he" or "they" has the sentence before it parsed, so
that whom it stands for is read ("Mr. Scholz was in a good mood. He later praised …"). Sentences
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


def test_a_demand_with_no_coded_asker_takes_no_doer_from_the_one_asked(read):
    reading = read("Dozens of journalists and lawyers were detained in Ankara on Tuesday, CNN's Clara Fischer "
                   "reported. A growing number have also denounced the interior minister and demanded he resign.")
    assert events_on(reading, "demanded") == []


def test_a_demand_by_a_coded_asker_keeps_its_doer_and_addressee(read):
    reading = read("Opposition lawmakers on Tuesday denounced the interior minister and demanded he resign.")
    demands = events_on(reading, "demanded")
    assert demands and all(event.source is not None and event.source.role in {"LEG", "OPP"} for event in demands)


def test_one_required_to_act_is_the_one_who_acts(read):
    reading = read("Secretary of State Mike Pompeo required Iraq to sign the agreement before the talks.")
    assert [event.source.code for event in events_on(reading, "sign") if event.source] == ["IRQ"]


def test_one_led_to_act_is_the_one_who_acts(read):
    reading = read("The airline moved to comply, but pressure from Beijing continued to mount, ultimately leading "
                   "the airline's chief executive to resign.")
    assert all(event.source is None or event.source.code != "CHN" for event in events_on(reading, "resign"))


def test_he_after_a_name_the_coder_could_not_take_is_no_one_named_before(read):
    reading = read("President Trump was responding to claims by Democratic senators that Whitcombe misled them when "
                   "he told Congress that he had not met the Russian ambassador.")
    assert all(event.source is None or event.source.name != "Trump" for event in events_on(reading, "met"))


def test_the_sentence_before_a_pronoun_is_parsed_for_whom_it_stands_for(pipeline):
    from newsevents.nlp import SentenceSelector
    from newsevents.steps import default_words

    select = SentenceSelector(pipeline.nlp, default_words())
    text = "The weather was mild. Mr. Scholz was in a good mood. He later praised the unions."
    assert [text[a:b] for a, b in select(text)] == ["Mr. Scholz was in a good mood. He later praised the unions."]


def test_he_goes_on_with_the_person_named_in_the_sentence_before(read):
    reading = read("Chancellor Olaf Scholz met union leaders in Berlin on Monday. “We will not accept these cuts,” "
                   "the union chief, Petra Vogel, told reporters afterwards.\n\n"
                   "Mr. Scholz was in a good mood. He later praised the unions for their restraint.")
    assert [event.source.name for event in events_on(reading, "praised") if event.source] == ["Olaf Scholz"]
