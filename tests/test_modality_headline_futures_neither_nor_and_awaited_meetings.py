"""Round 51 modality: a headline's bare "X to <verb>" is a future announced (planned), not a deed;
"neither … nor" over two verbs negates both; a meeting "anticipated" or "awaited" is still ahead;
"is yet to" is not done so far."""

import pytest
from helpers import modalities_on


@pytest.mark.parametrize("text, act", [
    ("Putin to meet with Turkey's Erdogan", "meet"),
    ("Greece to expel Russian diplomats", "expel"),
])
def test_a_headline_infinitive_is_planned(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"planned"}


@pytest.mark.parametrize("text, act", [
    ("Greece to expel Russian diplomats who spied on the navy", "expel"),
    ("Iran to free the sailors it seized in May", "free"),
    ("Germany to recall its ambassador after Turkey expelled two diplomats", "recall"),
])
def test_a_finite_verb_in_a_clause_under_the_headline_leaves_it_planned(read_every, text, act):
    # each read happened while any finite verb in the sentence unmade a headline
    assert modalities_on(read_every(text), act) == {"planned"}


def test_a_headline_in_the_past_stays_happened(read_every):
    assert modalities_on(read_every("Putin met with Turkey's Erdogan"), "met") == {"happened"}


def test_an_infinitive_under_a_finite_verb_is_not_a_headline(read_every):
    """Only a sentence with no finite verb reads as a headline: "flew to Tokyo to meet" tells of a trip made."""
    reading = read_every("Chancellor Angela Merkel flew to Tokyo to meet with Japan's prime minister Shinzo Abe.")
    assert "planned" not in modalities_on(reading, "flew")


def test_neither_nor_negates_both_verbs(read_every):
    reading = read_every("Iran has neither attacked Saudi Arabia nor threatened it.")
    assert modalities_on(reading, "attacked") == {"negated"}
    assert modalities_on(reading, "threatened") == {"negated"}


def test_a_third_verb_joined_by_and_is_not_negated(read_every):
    reading = read_every("Iran neither confirmed nor denied the attack and threatened Israel.")
    assert modalities_on(reading, "threatened") == {"happened"}


def test_a_third_verb_joined_by_but_is_not_negated(read_every):
    reading = read_every("The militia neither released the hostages nor freed the reporters, but attacked the convoy.")
    assert modalities_on(reading, "freed") == {"negated"}
    assert modalities_on(reading, "attacked") == {"happened"}


def test_a_verb_with_neither_on_its_subject_only_is_left_to_the_subject(read_every):
    reading = read_every("Iran attacked Saudi Arabia, and neither Qatar nor Oman condemned it.")
    assert modalities_on(reading, "attacked") == {"happened"}


@pytest.mark.parametrize("text", [
    "Aides drafted the agenda of the highly anticipated meeting between President Trump and Kim Jong Un.",
    "Diplomats gathered before the long-awaited talks between Israel and the Palestinians.",
])
def test_an_anticipated_meeting_is_planned(read_every, text):
    reading = read_every(text)
    assert {e.modality for e in reading.events if e.trigger in {"meeting", "talks"}} == {"planned"}


def test_is_yet_to_is_not_done_so_far(read_every):
    """"Is yet to" is "has yet to", not the "is to" of a plan."""
    reading = read_every("Iran is yet to release the British sailors.")
    assert modalities_on(reading, "release") == {"negated"}
