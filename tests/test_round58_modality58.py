"""Round 58 (modality58): two readings of what is still to come, and what will not come.

- "have to" under a modal of the future or of possibility ("will have to", "may have to",
  "might have to") or under "going to" forecasts or supposes a necessity: in the writer's words no
  one asks for the act, so it is no demand (`modality._necessity_foreseen`); the act is
  hypothetical, and the default store keeps none. A plain "has to" stays an obligation (demanded),
  and so does "will have to" in a speaker's words, where the speech frame makes it the speaker's
  demand;
- an act in a "where" clause of the place a cancelled trip was going to will not take place, also
  where the parse hangs that "to" on the verb of cancelling rather than on the trip
  (`modality._destination_called_off`); an act the "where" clause tells in a past of its own was
  done before, whatever became of the trip.

Every sentence here was written for these tests."""

import pytest
from helpers import events_on

FORESEEN = [
    ("If the ceasefire collapses, NATO troops may have to withdraw from the base in northern Syria.", "withdraw"),
    ("Under the new sanctions, Iran will have to choose between economic ruin or give up its missile program.", "give"),
    ("With the talks stalled, Seoul might have to expel the North Korean diplomats.", "expel"),
    ("Sooner or later, Hamas is going to have to release the hostages.", "release"),
]


@pytest.mark.parametrize(("text", "word"), FORESEEN)
def test_a_necessity_foreseen_is_no_demand(read, text, word):
    assert events_on(read(text), word) == []


def test_a_plain_obligation_stays_demanded(read):
    reading = read("Under the deal, Iran has to give up its missile program by June.")
    assert [(e.cameo, e.modality) for e in events_on(reading, "give")] == [("0873", "demanded")]


def test_will_have_to_in_a_speakers_words_stays_his_demand(read):
    reading = read("\"Iran will have to release the sailors,\" Pompeo said.")
    assert [(e.cameo, e.modality) for e in events_on(reading, "release")] == [("084", "demanded")]


@pytest.mark.parametrize(("text", "trigger", "modalities"), [
    # an act at the destination of a cancelled trip, however the parse hangs the "to"
    ("The Dutch prime minister canceled his visit on Friday to the NATO summit in Brussels, "
     "where he was to meet with the Turkish president.", "meet", {"negated"}),
    ("The Italian premier called off her trip next week to the summit in Cairo, "
     "where she was to hold talks with the Egyptian president.", "talks", {"negated"}),
    # near misses: a past of its own there happened; a trip not cancelled stays planned
    ("The Dutch prime minister canceled his visit to Brussels, "
     "where he had met the Turkish president a year earlier.", "met", {"happened"}),
    ("The Dutch prime minister canceled his visit on Friday to the NATO summit in Brussels, "
     "where he met the Turkish president a year earlier.", "met", {"happened"}),
    ("The Dutch prime minister canceled his press conference and flew on Friday to Brussels, "
     "where he was to meet with the Turkish president.", "meet", {"planned"}),
])
def test_an_act_where_a_cancelled_trip_went(read_every, text, trigger, modalities):
    assert {event.modality for event in events_on(read_every(text), trigger)} == modalities


def test_a_necessity_told_on_someones_word_stays_demanded(read):
    """Round 58's review: "according to" puts the necessity in the officials' words, a demand."""
    reading = read("Tehran will have to free the detained tanker crews, according to British officials.")
    assert [event.modality for event in events_on(reading, "free")] == ["demanded"]
