"""Modality by grammatical class (round 27): what a record or a finding "suggests" or "indicates"
is a reading of it (alleged), an act someone is told or advised not to do is a possibility warned
against (hypothetical since round 28: not negated, and not demanded, which reads as a demand FOR it), a verbal act whose doer follows it ("requests by Shell") was made whatever the clause
does with it, a clause the parse hung before a later "be" keeps its own modality, and "try and"
is "try to". Sentences from real articles (the news corpus and the precision draws' articles)."""

from __future__ import annotations

from helpers import events_on


# --- a thing that gives grounds: its clause is a reading, not a known event --------------------
def test_what_an_intelligence_report_indicates_is_alleged(read):
    reading = read("Embassy in Washington for comment Sunday were unsuccessful, but the classified Libyan "
                   "intelligence report indicates that Qatar sent tanks, missiles, trucks and military advisers "
                   "to the rebels.")
    assert [e.modality for e in events_on(reading, "sent")] == ["alleged"]


def test_what_a_leaked_letter_suggests_is_alleged(read):
    reading = read("A Pentagon letter suggesting the United States was withdrawing from Iraq (a goal for Iran) "
                   "was leaked, then dismissed by senior officials as a mistake.")
    assert [e.modality for e in events_on(reading, "withdrawing")] == ["alleged"]


def test_what_intelligence_indicated_is_alleged(read):
    reading = read("Ground intelligence indicated that the Gadhafi forces were defeating the rebels, killing "
                   "about 400 and wounding many more.")
    assert all(e.modality == "alleged" for e in events_on(reading, "defeating"))
    assert events_on(reading, "defeating")


# --- told or advised not to act: warned against, not told as not done ---------------------------
def test_should_not_send_troops_is_warned_against(read_every):
    reading = read_every("The Republicans agreed that the United States should not send in ground troops.")
    assert [e.modality for e in events_on(reading, "send")] == ["hypothetical"]


def test_should_not_recognize_is_warned_against(read_every):
    reading = read_every("Some have argued that the United States should not recognize Jerusalem because it will "
                   "stimulate violence by Arab terrorists.")
    assert [e.modality for e in events_on(reading, "recognize")] == ["hypothetical"]


def test_instructed_not_to_negotiate_is_warned_against(read_every):
    reading = read_every("That’s led to frustration within the West Wing, where aides believe that Pelosi and Schumer "
                   "are instructing moderate members of their party not to negotiate with the White House on a "
                   "possible compromise.")
    assert events_on(reading, "negotiate")
    assert all(e.modality == "hypothetical" for e in events_on(reading, "negotiate"))


def test_deciding_not_to_fire_stays_negated(read):
    reading = read("North Korean dictator Kim Jong-un decided Tuesday not to fire ballistic missiles at Guam, "
                   "reserving the right to change his mind.")
    assert [e.modality for e in events_on(reading, "fire")] == ["negated"]


# --- a verbal act with its doer named after it, as an object: it was made -----------------------
def test_requests_by_named_companies_were_made_though_denied(read):
    reading = read("Also Friday, the department also denied requests by Shell and the Norwegian company Statoil "
                   "to extend existing years beyond 10 years.")
    assert [e.modality for e in events_on(reading, "requests")] == ["happened"]


# --- a clause hung before a later "be": its own statement --------------------------------------
def test_a_test_told_before_a_reported_capability_happened(read):
    reading = read("North Korea has launched its fifth nuclear test and this time, the bomb is reportedly capable "
                   "of being mounted onto a ballistic missile.")
    assert [e.modality for e in events_on(reading, "test")] == ["happened"]
