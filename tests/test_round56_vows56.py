"""Round 56 (vows56): a vow whose framed act has no intent code of CAMEO's makes no 030 of its own.

- a vow (an intent frame word) over an act of verbal conflict, a demand (10x), a disapproval (11x)
  or a threat (13x), which CAMEO's intent tables do not mean, is no intent to cooperate: the act
  stays, planned, and the vow word makes no event (`framing.intends_no_cooperation`);
- a vow over leaving a deal or rescinding a measure of one's own, which `_frame_code` already
  makes no threat (131) of, no longer leaves the vow word's own 030 behind;
- a vow to reduce relations with someone named (131), to punish someone (130) or to meet someone
  (036) keeps its code, and so does "said he would withdraw", whose statement is no vow.

Every sentence here was written for these tests."""

from helpers import events_on


def test_vowing_to_oppose_a_nominee_is_no_intent_to_cooperate(read):
    reading = read("Senator Collins vowed on Tuesday to oppose the nomination of Jeff Sessions.")
    assert events_on(reading, "vowed") == []
    assert [(e.cameo, e.modality) for e in events_on(reading, "oppose")] == [("110", "planned")]


def test_pledging_to_press_for_a_vote_is_no_intent_to_cooperate(read):
    reading = read("Senate Democrats pledged to press for a vote on the Senate floor next week.")
    assert events_on(reading, "pledged") == []
    assert [e.cameo[:2] for e in events_on(reading, "press")] == ["10"]


def test_promising_to_rescind_a_predecessors_orders_leaves_no_030(read):
    reading = read("President Trump has promised to rescind Mr. Obama's executive orders on climate.")
    assert events_on(reading, "promised") == []


def test_vowing_to_leave_a_climate_accord_leaves_no_030(read):
    reading = read("Mr. Bolsonaro vowed last year to withdraw from the Paris climate agreement.")
    assert events_on(reading, "vowed") == []
    assert [(e.cameo, e.modality) for e in events_on(reading, "withdraw")] == [("160", "planned")]


def test_vowing_to_leave_a_deal_with_a_state_stays_a_threat(read):
    reading = read("Mr. Trump vowed to pull out of the nuclear deal with Iran.")
    assert [e.cameo for e in events_on(reading, "vowed")] == ["131"]


def test_vowing_to_punish_a_state_stays_a_threat(read):
    reading = read("Tehran vowed to punish Saudi Arabia for the attack on its embassy.")
    assert [e.cameo for e in events_on(reading, "vowed")] == ["130"]


def test_vowing_to_meet_a_leader_stays_an_intent_to_meet(read):
    reading = read("Prime Minister Abe vowed to meet President Putin in Moscow next month.")
    assert [e.cameo for e in events_on(reading, "vowed")] == ["036"]


def test_saying_he_would_leave_an_accord_keeps_its_statement(read):
    reading = read("Mr. Bolsonaro said last year that he would withdraw from the Paris climate agreement.")
    assert [e.cameo for e in events_on(reading, "said")] == ["010"]
