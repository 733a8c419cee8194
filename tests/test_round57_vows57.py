"""Round 57 (vows57): a vow over a demand, a disapproval or a threat makes no 030 of its own,
except where the vowed words are taken up *with* the one they are aimed at.

- a vow (an intent frame word: vowed, pledged, agreed …) over an act of verbal conflict, a demand
  (10x), a disapproval (11x) or a threat (13x), which CAMEO's intent tables give no code of its own,
  is no intent to cooperate: the act stays, planned, and the vow word makes no event
  (`framing.intends_no_cooperation`);
- a vowed act whose one aimed at is the party after "with" ("raise the matter with the Chinese
  leaders", PETRARCH's object pattern coding it 110) is talk with that party, an intent to consult:
  the vow keeps its 030 (`extract._talked_over_with`, `framing.partners_with`);
- the "with" may hang deeper in the object, on a noun its "of" leads to ("raise the issue of
  cross-border terrorism with President Xi"): it is found there too;
- a vow only supposed ("appeared to agree to …"), urged ("should vow to …"), alleged or denied
  leaves its act so, as the frame's own event did; a vow negated leaves its act negated, as before;
- a vow over leaving a deal or rescinding a measure of one's own, which `_frame_code` already
  makes no threat (131) of, no longer leaves the vow word's own 030 behind;
- vows with codes of their own (to retaliate 1384, to punish 130, to veto 130, to cut aid 1311,
  to meet 036) keep them.

Every sentence here was written for these tests."""

from helpers import events_on


def test_vowing_to_oppose_a_nomination_is_no_intent_to_cooperate(read):
    reading = read("Senator Schumer vowed on Monday to oppose the nomination of Mike Pompeo.")
    assert events_on(reading, "vowed") == []
    assert [(e.cameo, e.modality) for e in events_on(reading, "oppose")] == [("110", "planned")]


def test_agreeing_to_condemn_a_state_aims_no_030_at_it(read):
    reading = read("The Nordic foreign ministers agreed on Friday to condemn Belarus for the forced landing.")
    assert events_on(reading, "agreed") == []
    assert [e.cameo[:2] for e in events_on(reading, "condemn")] == ["11"]


def test_agreeing_to_press_a_state_aims_no_030_at_it(read):
    reading = read("The Gulf foreign ministers agreed to press Iran on its ballistic missile tests.")
    assert events_on(reading, "agreed") == []


def test_agreeing_to_criticize_a_state_aims_no_030_at_it(read):
    reading = read("The Baltic leaders agreed to criticize Russia over the troop buildup near their borders.")
    assert events_on(reading, "agreed") == []


def test_pledging_to_press_for_a_vote_is_no_intent_to_cooperate(read):
    reading = read("Senate Republicans pledged to press for a vote on the Senate floor this month.")
    assert events_on(reading, "pledged") == []


def test_vowing_to_take_a_matter_up_with_leaders_stays_an_intent(read):
    reading = read("Prime Minister Kishida vowed to raise the issue with the Chinese leaders at the summit.")
    assert [e.cameo[:2] for e in events_on(reading, "vowed")] == ["03"]


def test_taking_a_matter_up_with_a_leader_is_found_under_the_objects_of(read):
    # parsed with -> terrorism -> of -> issue (the object): the "with" hangs on the noun "of" leads to
    reading = read("Prime Minister Modi promised to raise the issue of cross-border terrorism with Chinese President Xi Jinping.")
    assert [(e.cameo[:2], e.target.code if e.target else None) for e in events_on(reading, "promised")] == [("03", "CHNGOV")]
    assert [e.cameo for e in events_on(reading, "raise")] == ["110"]


def test_an_urged_vow_leaves_its_act_urged(read_every):
    reading = read_every("Israel should vow to oppose Iran's nuclear program at every forum, the senator said.")
    assert events_on(reading, "vow") == []
    assert [(e.cameo, e.modality) for e in events_on(reading, "oppose")] == [("111", "demanded")]


def test_a_negated_vow_leaves_its_act_negated(read_every):
    assert {e.modality for e in events_on(read_every("Iran did not pledge to oppose the deal with Israel."), "oppose")} == {"negated"}
    assert {e.modality for e in events_on(read_every("Israel never vowed to criticize Iran."), "criticize")} == {"negated"}


def test_a_supposed_agreement_leaves_its_act_supposed(read_every):
    reading = read_every("The two presidents appeared to agree to criticize China over its currency.")
    assert events_on(reading, "agree") == []
    assert {e.modality for e in events_on(reading, "criticize")} == {"hypothetical"}


def test_promising_to_rescind_a_predecessors_orders_leaves_no_030(read):
    reading = read("President Biden has promised to rescind Mr. Trump's executive orders on immigration.")
    assert events_on(reading, "promised") == []


def test_vowing_to_leave_a_climate_accord_leaves_no_030(read):
    reading = read("Mr. Bolsonaro vowed last month to withdraw from the Paris climate accord.")
    assert events_on(reading, "vowed") == []
    assert [e.modality for e in events_on(reading, "withdraw")] == ["planned"]


def test_vows_with_codes_of_their_own_keep_them(read):
    assert [e.cameo for e in events_on(read("Damascus vowed to retaliate against Israel for the air strike."), "vowed")] == ["1384"]
    assert [e.cameo for e in events_on(read("Riyadh vowed to punish Iran for the attack on its tankers."), "vowed")] == ["130"]
    assert [e.cameo for e in events_on(read("China pledged to veto the draft resolution on Myanmar."), "pledged")] == ["130"]
    assert [e.cameo for e in events_on(read("Congress promised to cut aid to Guatemala."), "promised")] == ["1311"]


def test_vowing_to_meet_a_leader_stays_an_intent_to_meet(read):
    reading = read("South Korean President Moon Jae-in vowed to meet Kim Jong Un in Pyongyang next month.")
    assert [e.cameo for e in events_on(reading, "vowed")] == ["036"]
