"""Lines and phrases that report no event (round 40, events/background.py and events/unreported.py):
an event noun that says what a time is like ("at a time of growing cooperation"), what a standing
strategy is for ("the strategy … put in place to contain Iran"), an argument put to a generic "you"
or "one", an act of "much" or "anything" under a negation ("can't agree on much") and a heading (a
line with no verb) store no event. Each is paired with a near sentence whose event is kept.
Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def _codes(reading, word: str) -> list[str]:
    return [e.cameo for e in events_on(reading, word)]


def test_an_era_named_by_an_event_noun_is_background(read):
    reading = read("The visit comes at a time of growing cooperation between India and Japan, officials said.")
    assert _codes(reading, "cooperation") == []
    # a counted span is how long real talks lasted
    counted = read("The talks follow months of negotiations between Kenya and Somalia over the maritime border.")
    assert _codes(counted, "negotiations") != []


def test_the_aim_of_a_standing_strategy_is_no_act(read):
    reading = read("The deal would undercut the strategy that the Obama administration put in place to contain Iran.")
    assert _codes(reading, "contain") == []
    # the purpose of an act done is that act's
    sent = read("The navy sent two destroyers to the Gulf to contain Iran.")
    assert _codes(sent, "contain") != []


def test_an_argument_put_to_a_generic_reader_is_no_claim(read):
    # (the commitment voiced by a verb: one named only as a state is no event either way, see
    # test_unreported_stances_held.py)
    for text in ("You could argue that the new pact reaffirmed Germany's commitment to Poland.",
                 "One might say that the summit reaffirmed Japan's commitment to Seoul."):
        assert _codes(read(text), "commitment") == []
    # a named speaker's argument tells of the commitment
    named = read("Merkel argued that the pact reaffirmed Germany's commitment to Poland.")
    assert _codes(named, "commitment") != []


def test_agreeing_on_not_much_is_no_event(read_every):
    reading = read_every("The government in Kabul can't agree on much, and the Taliban know it.")
    assert _codes(reading, "agree") == []
    # a failure to agree on something is a negated agreement
    failed = read_every("The Afghan government can't agree with the Taliban on a ceasefire.")
    assert _codes(failed, "agree") != []


def test_a_heading_with_no_verb_is_no_event(read):
    reading = read("Trade policy\n\nTalks between Canada and Mexico\n\nThe two countries met on Monday in Ottawa.")
    assert _codes(reading, "Talks") == []
    # an owned act is a headline's event
    owned = read("Trade policy\n\nRussia's invasion of Ukraine\n\nThe war began in February.")
    assert _codes(owned, "invasion") != []
