"""Who does an act asked of another when a phrase of when or how the asking was done stands between
the one asked and the act ("encouraged the mayor in a letter and at their meeting to renew talks"):
the one asked does it, not the one asking; a phrase that sends the object somewhere ("ordered troops
to the border to deter …") leaves the infinitive the subject's purpose (sentences written for these
tests). And a city named in apposition inside the subject's phrase ("a spate of violence in the
capital Tripoli killed …") is where it happened, not a second subject that does the act."""

from __future__ import annotations

import pytest


def _sources(reading, trigger: str) -> list[str]:
    return [e.source.code for e in reading.events if e.trigger.split(" … ")[-1] == trigger and e.source is not None]


@pytest.mark.parametrize("text, doer", [
    ("The archbishop encouraged Macron in a letter and in their meeting this spring to renew talks with Algeria.",
     "FRAGOV"),
    ("The cardinal encouraged Lula in a letter and in their meeting last month to renew talks with Paraguay.",
     "BRAGOV"),
])
def test_the_one_encouraged_in_a_letter_renews_the_talks(read, text, doer):
    assert _sources(read(text), "talks") == [doer]


@pytest.fixture(scope="module")
def parse():
    from newsevents.nlp import load_pipeline
    return load_pipeline()


def test_a_phrase_of_when_the_asking_was_done_stands_between(parse):
    from newsevents.events.sources import _only_occasions_between
    doc = parse("The governor pressed the mayor during Tuesday's meeting to open an inquiry.")
    assert (doc[4].text, doc[10].text) == ("mayor", "open")
    assert _only_occasions_between(doc[4], doc[10])


def test_a_phrase_sending_the_object_somewhere_does_not(parse):
    from newsevents.events.sources import _only_occasions_between
    doc = parse("The general ordered the troops to the border to deter Kyiv.")
    assert (doc[4].text, doc[9].text) == ("troops", "deter")
    assert not _only_occasions_between(doc[4], doc[9])


@pytest.mark.parametrize("text", [
    "A spate of violence in the capital Tripoli killed an Egyptian diplomat.",
    "A string of bombings in the capital Baghdad wounded two Turkish diplomats.",
])
def test_a_city_named_inside_the_subjects_phrase_does_not_act(read, text):
    assert all(e.source is None or e.source.code not in {"LBYGOV", "IRQGOV"} for e in read(text).events)


def test_a_dateline_before_the_subject_still_yields_the_nearer_subject(read):
    reading = read("TALLINN, March 4 (Reuters) - Estonian Prime Minister Kaja Kallas condemned the Russian strike on Kyiv.")
    assert [e.source.code for e in reading.events if e.trigger == "condemned" and e.source] == ["ESTGOV"]
