"""Round 59 (codes59): a rejection announced is no threat.

An intent told or vowed over a rejection (12x: "said it would refuse the quotas", "said it will
resist the deal") is a decision announced, not a warning of harm to anyone: CAMEO's intent table
would make it a threat (130), which the judges read as the rejection itself. The rejection stays,
planned, and the frame word makes no threat of its own (`framing.rejection_announced`). A
rejection with a condition put to another ("unless Brussels pays", "if the government raises
taxes", "until the government releases them") stays a threat, and so does a veto told (129) and
an intent over any other hostile act ("said he would expel the ambassador", 136).

Every sentence here was written for these tests."""

import pytest
from helpers import events_on

ANNOUNCED = [
    ("The Hungarian government said it would reject any proposal to extend the deadline.", "reject"),
    ("The farmers' union said on Tuesday that it would refuse the new quotas.", "refuse"),
    ("The opposition party has said it will resist the trade agreement.", "resist"),
]


@pytest.mark.parametrize("text, act", ANNOUNCED)
def test_a_rejection_announced_is_no_threat(read, text, act):
    assert [event.cameo for event in events_on(read(text), "said")] == ["010"]


@pytest.mark.parametrize("text, act", ANNOUNCED)
def test_the_rejection_announced_stays_planned(read_every, text, act):
    assert [(event.cameo[:2], event.modality) for event in events_on(read_every(text), act)] == [("12", "planned")]


def test_a_refusal_to_cooperate_announced_is_no_threat(read):
    reading = read("The ministry said on Monday it would refuse to cooperate with the inquiry.")
    assert not any(event.cameo.startswith("13") for event in reading.events)


THREATS = [
    ("Poland said it would reject the migrant quota plan unless Brussels offered more money.", "130"),
    ("The opposition said it would reject the budget if the government raised taxes.", "130"),
    ("The president said he would veto the spending bill.", "130"),
    ("The prime minister said he would expel the ambassador.", "136"),
    ("The strikers said they would refuse food until the government released their leaders.", "130"),
]


@pytest.mark.parametrize("text, code", THREATS)
def test_a_conditioned_rejection_a_veto_or_another_hostile_act_stays_a_threat(read, text, code):
    assert [event.cameo for event in events_on(read(text), "said")] == [code]


def test_a_cooperation_announced_keeps_its_intent(read):
    reading = read("The ministry said it would cooperate with the inquiry.")
    assert [event.cameo for event in events_on(reading, "said")] == ["0313"]
