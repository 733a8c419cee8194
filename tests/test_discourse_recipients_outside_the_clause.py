"""Recipients named outside the trigger's own phrase or sentence (round 44, events/discourse.py).
A request a clause's doer acted on ("lifted the sanctions at Japan's request") was made to that
doer; not to a passive's subject. A "his"/"her"/"him" its own sentence gives no one to stand for
stands for the one the text before has called "he" or "she" ("… and she asked for more time.
Lawmakers rejected her plan": May), as the actors step resolves a subject "she" (round 45: one
resolver, `actors/coding.py`); not with no gender told, nor with the other gender's pronoun, nor
from inside a quotation. Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on

ASKED = "Prime Minister Theresa May flew to Brussels on Monday, and she asked for more time."


def _target(reading, word: str) -> str | None:
    [event] = events_on(reading, word)
    return event.target.code if event.target else None


def test_a_request_acted_on_was_made_to_the_one_who_acted(read):
    assert _target(read("President Joe Biden lifted the sanctions on the bank at Japan's request, officials said."), "request") == "USAGOV"
    assert _target(read("The sanctions on the bank were lifted at Japan's request, officials said."), "request") is None


def test_a_possessive_stands_for_the_one_person_named_in_the_sentence_before(read):
    assert _target(read(f"{ASKED} Opposition lawmakers rejected her plan on Tuesday."), "rejected") == "GBRGOV"
    macron = read("President Emmanuel Macron toured the flooded region on Friday, where he promised new funds. "
                  "Farmers' unions criticized his response as too slow.")
    assert _target(macron, "criticized") == "FRAGOV"


def test_the_owner_goes_with_the_she_before_it(read):
    # "she" was read as May (the subject): "her" goes with it, as a next sentence's "she" would
    two = read("Prime Minister Theresa May met Chancellor Angela Merkel on Monday, and she asked for more time. "
               "Opposition lawmakers rejected her plan on Tuesday.")
    assert _target(two, "rejected") == "GBRGOV"


def test_no_person_is_taken_where_one_cannot_tell(read):
    # a given name tells the gender as a "she" would; a surname alone does not
    told = read("Prime Minister Theresa May flew to Brussels on Monday. Opposition lawmakers rejected her plan on Tuesday.")
    assert _target(told, "rejected") == "GBRGOV"
    untold = read("Prime Minister Kessler flew to Brussels on Monday. Opposition lawmakers rejected her plan on Tuesday.")
    assert _target(untold, "rejected") is None
    assert _target(read(f"{ASKED} Opposition lawmakers rejected his plan on Tuesday."), "rejected") is None
    quoted = read("President Emmanuel Macron toured the flooded region on Friday, where he promised new funds. "
                  "\u201cWe condemn his response,\u201d the union said.")
    assert _target(quoted, "condemn") is None
