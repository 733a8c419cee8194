"""Modality by grammatical class (round 29): a readiness denied ("were not ready to say") is no plan,
the act is negated; a thing wanted, in the writer's own words ("the U.S. wanted a regime"), is a wish
held and no appeal (kept when its holder is said to voice it); an assurance given as "no guarantees"
is one withheld (030, negated), not nothing at all; and an act a named speaker says should not be
done is asked to be left undone (hypothetical), as one warned off is, not demanded. Sentences from
real articles (the news corpus and the precision draws' articles)."""

from __future__ import annotations

from helpers import coded, events_on

from newsevents.events.modality import _acts_on_nothing
from newsevents.events.senses import figurative_sense


# --- not ready to: no readiness told, so the act is negated, not planned -------------------------
def test_not_ready_to_accuse_is_negated_not_planned(read_all):
    reading = read_all("U.S. authorities said they think the video is authentic. But they weren't ready to say "
                       "that AQAP helped carry out the assault.")
    said = events_on(reading, "say")
    assert said, coded(reading, ("cameo", "source", "target", "modality"))
    assert all(e.modality == "negated" for e in said)


def test_ready_to_cooperate_stays_planned(read):
    reading = read("Russia was ready to improve relations with the US, Kosachev wrote, but the question "
                   "remained: “Is Trump ready to take that risk?”")
    assert [e.modality for e in events_on(reading, "improve")] == ["planned"]


def test_an_event_noun_beside_a_denied_readiness_keeps_its_own_modality(read):
    # the meeting is where he signalled it: its modality is not the refusal's
    reading = read("The Afghan president signaled he was not prepared to sign the agreement during a meeting "
                   "with U.S. officials.")
    assert [e.modality for e in events_on(reading, "sign")] == ["negated"]
    assert all(e.modality != "negated" for e in events_on(reading, "meeting"))


# --- a thing wanted in the writer's words: a wish held, no appeal made ---------------------------
def test_a_regime_wanted_is_no_demand(read):
    reading = read("A liberal, he pursued very moderate policies, but the U.S. wanted a right-wing puppet "
                   "regime that would allow U.S. corporations the same privileges granted to them by Ubico.")
    assert not events_on(reading, "wanted"), coded(reading)


def test_a_thing_wanted_that_its_holder_acknowledges_is_kept(read):
    reading = read("Trump has acknowledged that he wanted an investigation into alleged corruption involving "
                   "the Bidens and Ukraine interference in the 2016 U.S. election.")
    assert events_on(reading, "wanted"), coded(reading)


# --- "gave no guarantees": an assurance withheld, 030 negated --------------------------------------
NO_GUARANTEES = ("Protest movement leaders responded to this declaration by asserting that “dead” is not a legal "
                 "term for a bill and that she gave no guarantees lawmakers would not bring it back to life.")


def test_no_guarantees_given_is_an_assurance_not_aid_nor_nothing(pipeline):
    # (the article names "she" sentences before; here the verb's own reading: its code and its modality)
    gave = next(t for t in pipeline.nlp(NO_GUARANTEES) if t.text == "gave")
    assert figurative_sense(gave, "070", lambda _: None) == "030"  # an assurance (030), neither aid nor dropped
    assert _acts_on_nothing(gave)  # "no" guarantees: the assurance was withheld, negated


def test_assurances_given_are_an_assurance_made(pipeline):
    sentence = ("Congress that there has been a change of leadership and policies of the Cuban government and that "
                "Castro has given assurances that it will no longer support terrorist acts.")
    given = next(t for t in pipeline.nlp(sentence) if t.text == "given")
    assert figurative_sense(given, "070", lambda _: None) == "030"
    assert not _acts_on_nothing(given)


# --- a named speaker's "should not": asked to be left undone, not demanded -------------------------
def test_a_named_speakers_should_not_is_hypothetical(read_every):
    reading = read_every("Meanwhile, Sen. Lindsey Graham, R-S.C., said on Sunday that Democrats should not criticize "
                   "Trump for taking on China over trade as they have complained for years about Beijing’s "
                   "policies but done nothing.")
    criticised = events_on(reading, "criticize")
    assert criticised, coded(reading)
    assert all(e.modality == "hypothetical" for e in criticised)
    assert ("020", "USALEG", "USAPTY") in coded(reading)  # Graham's appeal to the Democrats is still made


def test_well_advised_not_to_use_is_hypothetical(read_every):
    reading = read_every("He said having the weapons is a violation of a United Nations Security Council resolution, "
                   "and Syria would be “well advised” not to use chemical weapons again.")
    assert [e.modality for e in events_on(reading, "use")] == ["hypothetical"]
