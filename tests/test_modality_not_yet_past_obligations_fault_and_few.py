"""Modality by construction (round 28): "has yet to agree" is not done so far (negated, as "has not
agreed"), a past "had to" in the writer's words was done (the obligation was met) while a
reported one is still asked for, "are to blame" is an idiom of fault (no plan and no act of
blaming), a subject led by "few" tells of hardly anyone (no act), a participle after "set fires"
is no plan of "set", and an event noun with its doer named in a phrase is a known event whoever
testifies around it. Sentences from real articles (the news corpus and the precision draws' articles)."""

from __future__ import annotations

from helpers import events_on


# --- "has yet to": not done so far -------------------------------------------------------------
def test_has_yet_to_agree_is_not_done(read):
    reading = read("Also, Turkey has yet to agree to the project.")
    assert [e.modality for e in events_on(reading, "agree")] == ["negated"]


def test_has_yet_to_confirm_is_not_done(read):
    reading = read("Beijing has yet to confirm the scale of its commitment.")
    assert [e.modality for e in events_on(reading, "confirm")] == ["negated"]


# --- a past "had to": done, unless reported or a guess ------------------------------------------
def test_an_apology_the_spy_chief_had_to_make_was_made(read):
    reading = read("The nation's top spy later had to apologize in a letter to the Intelligence Committee.")
    assert [e.modality for e in events_on(reading, "apologize")] == ["happened"]


def test_a_drug_lord_troops_had_to_release_was_released(read):
    reading = read("Two weeks ago, Mexican troops had to release a drug lord after his supporters mounted armed "
                   "attacks in Culiacan, Sinaloa.")
    assert [e.modality for e in events_on(reading, "release")] == ["happened"]


def test_a_reported_had_to_is_still_asked_for(read):
    reading = read("Obama also made the “no complete strategy” comment last August, when he said the "
                   "administration had to consult with Congress and foreign partners who would be called on to "
                   "join an anti-IS coalition before formulating a plan to “degrade and ultimately destroy” IS.")
    assert [e.modality for e in events_on(reading, "consult")] == ["demanded"]


def test_had_to_have_been_is_a_guess_not_a_deed(read):
    reading = read("Moreover, by August 2017, Rosenstein had to have been anticipating Mueller’s indictment of "
                   "Manafort (along with Richard Gates), which occurred less than three months later.")
    assert all(e.modality != "happened" for e in events_on(reading, "anticipating"))


# --- "be to blame": who is at fault, no plan and no blaming -------------------------------------
def test_senators_to_blame_blame_no_one(read):
    reading = read("At the moment, though, they reinforce the sentiment that Republican senators, not the "
                   "president, are to blame for the stunning setback on health care.")
    assert not events_on(reading, "blame")


def test_hackers_believed_to_blame_plan_nothing(read):
    reading = read("U.S. officials believe Chinese government hackers are to blame.")
    assert not events_on(reading, "blame")


def test_a_plain_visit_is_still_scheduled(read):
    reading = read("Obama is to visit Moscow next week.")
    assert [e.modality for e in events_on(reading, "visit")] == ["planned"]


# --- "few": hardly anyone, no act told -----------------------------------------------------------
def test_very_few_people_calling_tells_no_call(read):
    reading = read("Yet very few people are calling for a criminal investigation or the prosecution of these "
                   "leakers, nor demanding the leakers step forward and “face the music” — for very good reason: "
                   "The officials leaking this information acted justifiably, despite the fact that they violated "
                   "the law.")
    assert not events_on(reading, "calling")
    assert not events_on(reading, "demanding")


def test_few_senators_criticizing_tells_no_criticism(read):
    reading = read("But so far, few Senate Republicans have criticized the president.")
    assert not events_on(reading, "criticized")


# --- a participle after "set (fires)": no plan ---------------------------------------------------
def test_an_accusation_made_while_setting_fires_happened(read):
    reading = read("The recent wave of street violence began Tuesday when protesters attacked police lines and "
                   "set fires outside parliament, accusing Yanukovych of ignoring their demands to enact "
                   "constitutional reforms that would limit the president's power — a key opposition demand.")
    assert [e.modality for e in events_on(reading, "accusing")] == ["happened"]


# --- an event noun whose doer is named in its phrase: known, whoever testifies -----------------
def test_the_democrats_inquiry_is_no_testimony(read):
    reading = read("Vindman told investigators Tuesday that he listened to Donald Trump's call with Ukraine's new "
                   "president Volodymr Zelensky and 'did not think it was proper' - potentially a huge boost to "
                   "the Democrats' impeachment inquiry.")
    # round 43: an owned inquiry after a preposition is background (events/background.py), so no
    # event at all is right too; what is read must never be a testimony's modality
    assert all(e.modality == "happened" for e in events_on(reading, "inquiry"))
