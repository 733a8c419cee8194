"""Round 18 (subcodes18): the sub-code and modality of refusals, declines, insistence, denials and
told futures. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


# --- declining to speculate is declining to comment (011), no rejection -------------------------
def test_refusing_to_speculate_is_declining_comment(read):
    found = coded(read("The German chancellor refused to speculate about the intentions of the Kremlin."), ("cameo", "modality"))
    assert ("011", "happened") in found, found
    assert not [c for c, _ in found if c.startswith("12")], found


# --- a refusal noun over a hostile act: a criticism not made, no rejection ----------------------
def test_a_refusal_to_condemn_is_no_rejection(read):
    reading = read("Beijing's refusal to condemn the invasion angered European leaders.")
    assert not [e for e in reading.events if e.root == "12"], reading.events


def test_a_refusal_of_a_cooperative_act_is_still_a_rejection(read):
    reading = read("The senator criticised Germany's refusal to send weapons to Ukraine.")
    assert [e.root for e in events_on(reading, "refusal")] == ["12"], reading.events


# --- insisting that something was done claims it; insisting that someone do it demands it -------
def test_insisting_that_an_act_happened_is_no_demand(read):
    reading = read("Israeli officials insist that Iran supplied the drones to Russia.")
    assert [e.modality for e in events_on(reading, "supplied")] == ["happened"], reading.events


def test_insisting_that_someone_act_is_still_a_demand(read):
    found = coded(read("The opposition insisted that the army withdraw from the capital."))
    assert [c[:2] for c, _, _ in found] == ["10"], found


# --- a denial negated is no denial -------------------------------------------------------------
def test_not_denying_the_allegations_is_no_denial(read):
    reading = read("The Egyptian foreign ministry did not deny the allegations.")
    assert not [e for e in reading.events if e.cameo == "016"], reading.events


def test_a_denial_is_still_stored_as_denied(read):
    found = coded(read("The Egyptian foreign ministry denied the allegations."), ("cameo", "modality"))
    assert found == [("016", "denied")], found


def test_a_rejected_charge_never_rejected_is_no_denial(read):
    reading = read("The interior ministry has never rejected the allegations of torture.")
    assert not [e for e in reading.events if e.cameo == "016"], reading.events


# --- a future told over an act with no CAMEO intent code is the planned act alone --------------
def test_a_told_future_inquiry_is_planned_not_an_intent(read):
    reading = read('"Two veteran prosecutors will be investigating the shooting," the attorney general said.')
    assert [(e.root, e.modality) for e in events_on(reading, "investigating")] == [("09", "planned")], reading.events
    assert not [e for e in reading.events if e.root == "03"], reading.events


def test_a_told_future_meeting_is_still_an_intent(read):
    reading = read('"We will meet the Iranian delegation in Vienna," the French foreign minister said.')
    assert "036" in [e.cameo for e in reading.events], reading.events


# --- putting off a thing is no rejection, and no threat when it is only possible ---------------
def test_delaying_a_thing_is_no_rejection_or_threat(read):
    reading = read("The Chinese foreign ministry said Beijing could delay the move, a spokesman said.")
    assert not [e for e in reading.events if e.root in {"12", "13"}], reading.events
