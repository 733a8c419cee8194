"""People at large as the doer of an act (events/unreported.py, `people_at_large`): "people" with
no number, owner, name, kind or place on it is anyone at all, and what anyone does tells of no
event; the coder stored it as civilians of the story's country. The doer is found as the verb's
subject (through an infinitive or a conjunct with none of its own), its passive's agent, or the
noun its relative or participle clause is on. Near misses keep their events: counted people,
"some people", people of a country or a place, and a crowd's protest or demand. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize(("text", "trigger"), [
    # the noun a relative clause is on
    ("Afghan officials warned on Monday that people who have traveled to Pakistan to join the militias "
     "would face charges.", "traveled"),
    ("People who have negotiated with the Taliban say the talks will take years.", "negotiated"),
    ("Afghan officials said people who have met with the Taliban were questioned.", "met"),
    # the subject of a plain present: what people do as a rule
    ("From time to time people allege that the ministry hides the real casualty figures.", "allege"),
    # the agent of a passive
    ("The complaints were investigated by people who answer to the ministry, the lawyer said.", "investigated"),
    # through a conjunct and an infinitive of purpose with no subject of their own
    ("It is time people stop resisting to preserve the old order and start moving toward a lighter carbine.", "moving"),
])
def test_an_act_of_people_at_large_is_no_event(read, text, trigger):
    assert events_on(read(text), trigger) == []


def test_what_people_at_large_say_is_still_a_statement(read):
    reading = read("People who have negotiated with the Taliban say the talks will take years.")
    assert [event.cameo for event in events_on(reading, "say")] == ["010"]


# Near misses: people counted or with a determiner, of a country or a place, and a crowd's acts stay.

@pytest.mark.parametrize(("text", "event"), [
    ("Hundreds of people protested outside the embassy in Tehran on Friday.", ("140", "IRNCVL", None)),
    ("Thousands of people demanded that the president resign.", ("1041", "CVL", "GOV")),
    ("Two people close to the ministry accused the army of hiding the real casualty figures.", ("111", "CVL", None)),
    ("In recent months some people have accused the provincial government of hoarding fuel.", ("112", "CVL", None)),
    ("The Afghan people rejected the deal with the Taliban.", ("127", "AFGCVL", "AFGREB")),
    ("People in Kandahar accused the Taliban of burning the schools.", ("112", "AFGCVL", "AFGREB")),
])
def test_people_counted_placed_or_protesting_keep_their_event(read, text, event):
    assert event in coded(read(text))


# The round's review: a crowd's act on a day, a crowd's demand, and people tied to a body keep their event.

@pytest.mark.parametrize(("text", "trigger"), [
    ("Last month people accused the army of looting grain stores in the northern province.", "accused"),
    ("People here accused the police of beating students outside the university in Dhaka.", "accused"),
    ("People marched through the capital on Sunday and accused the government of rigging the vote.", "accused"),
    ("People who stormed the embassy in Baghdad demanded the expulsion of the ambassador.", "demanded"),
    ("People working for the Red Cross accused the militia of looting a clinic in Khartoum.", "accused"),
])
def test_a_crowds_act_on_a_day_or_people_tied_to_a_body_keep_their_event(read, text, trigger):
    assert events_on(read(text), trigger) != []
