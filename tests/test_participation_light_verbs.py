"""Taking part: "took part in the air strikes", "participated in the negotiations", "joined the
fighting" code the event taken part in, its participants as its doers (not one another's targets
in force), and taking part in something that is no event (an election, a race, a poll) is none.
An offer or promise to take part in force stays an intent to cooperate (030). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes


@pytest.mark.parametrize("text, code, target", [
    ("Canada took part in air strikes on Iraq last week.", "195", "IRQ"),
    ("Jordanian jets took part in the bombardment of Mosul, the ministry said.", "195", "IRQ"),
    ("Denmark joined the fighting against Iraq in the spring.", "190", "IRQ"),
    ("Belgium participated in the negotiations with China in Geneva.", "046", "CHN"),
])
def test_taking_part_codes_the_event_taken_part_in(read, text, code, target):
    events = [e for e in read(text).events if e.cameo[:2] == code[:2]]
    assert events, codes(read(text))
    assert events[0].cameo == code and (events[0].target.code if events[0].target else None) == target
    assert "030" not in codes(read(text))


def test_co_participants_in_force_are_not_each_others_targets(read):
    found = coded(read("Norway, Denmark and Belgium had taken part in air strikes on Libya, NATO said."))
    assert ("030", "NOR", "DNK") not in found and ("030", "DNK", "NOR") not in found
    assert not any(target in {"NOR", "DNK", "BEL"} for code, _, target in found if code[:2] in {"03", "19"})
    assert {source for code, source, target in found if code == "195" and target == "LBY"} == {"NOR", "DNK", "BEL"}


def test_co_participants_in_talks_meet_each_other(read):
    found = coded(read("Canada and Denmark took part in the talks on Monday."))
    assert ("040", "CAN", "DNK") in found and ("040", "DNK", "CAN") in found
    assert not any(code == "030" for code, _, _ in found)


@pytest.mark.parametrize("text", [
    "Britain will take part in the European elections next month.",
    "The senator took part in the race for the nomination in Ohio.",
    "The Canadian foreign minister took part in a charity run in Ottawa on Sunday.",
    "The German minister took part in a debate on the budget in Berlin.",
])
def test_taking_part_in_no_event_is_no_intent_to_cooperate(read, text):
    assert "030" not in codes(read(text))


def test_a_specific_pattern_of_taking_part_is_kept(read):
    # CAMEO's own reading: taking part in a protest is demonstrating (141), joint exercises 062
    assert ("141", "CAN", "RUS") in coded(read("Canada took part in the protest against Russia."))
    found = coded(read("Canada and Mexico took part in joint military exercises on Tuesday."))
    assert ("062", "CAN", "MEX") in found and ("062", "MEX", "CAN") in found


def test_an_offer_to_take_part_in_force_is_an_intent_to_cooperate(read):
    reading = read("Australia has offered to take part in airstrikes against militants in Syria.")
    assert [(e.cameo, e.source.code, e.modality) for e in reading.events] == [("030", "AUS", "planned")]


# --- a generic 030 from another verb's idiom -------------------------------------------------
@pytest.mark.parametrize("text", [
    # "hammer out an accord" (030) is hammer's idiom, not hit's: a car named Accord is no agreement
    "U.S. Trade Secretary Mark Jones hit a parked sedan, an old Honda Accord, near Boston.",
    # "oppose action against" (030) is oppose's, not argue's: an argument is no intent to cooperate
    "Senator Jane Doe of Ohio argued the 2002 law that allowed action against Iraq has been misused.",
])
def test_another_verbs_pattern_does_not_turn_conflict_into_cooperation(read, text):
    assert not any(code.startswith("03") for code in codes(read(text)))


def test_a_pattern_of_the_verbs_own_block_sense_still_applies(read):
    # "cut diplomatic relations" (161) reaches "sever", a verb with no default of its own to turn
    assert "161" in codes(read("Qatar severed diplomatic relations with Egypt on Monday."))
