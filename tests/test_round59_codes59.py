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


def test_a_refusal_frame_over_another_act_is_left_a_threat(read):
    # "refuse to free": the refusal frame's own code (1243) is only coded later, hypothetical and
    # unstored, so the threat told is not dropped for it (review 59, finding 1b)
    reading = read("The Iranian government said it would refuse to free the captured fishermen.")
    assert [event.cameo for event in events_on(reading, "said")] == ["130"]


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


# Review 59 (mends): the threat is only dropped where a stored rejection takes its place.
KEPT_THREATS = [
    # 1a: the rejection's doer an uncoded pronoun: no rejection would be stored
    ("The mayor of the town said she would reject the zoning proposal.", "said"),
    ("The village mayor said he would refuse to meet the protest organisers.", "said"),
    # 1b: a refusal frame over another act
    ("Moscow said it would refuse to lift its sanctions on Polish farm goods.", "said"),
    # 2: a condition hung on the verb of saying
    ("If parliament cuts the pensions, the unions said they would reject the budget.", "said"),
    ("Until the army frees the detained activists, the protesters said they would refuse food.", "said"),
    # 3: "as long as", "so long as"
    ("The Greek government said it would oppose the plan as long as Ankara kept its ships in the area.", "said"),
    ("The Polish government said it would reject the quotas so long as Brussels threatened fines.", "said"),
    # 4: a warning is the threat
    ("The Turkish government warned that it would reject the Swedish membership bid.", "warned"),
    # 6: a rejection joined to another act
    ("The Greek government said it would reject the Turkish demands and would not back down.", "said"),
    # 7: told to an addressee named
    ("The Russian foreign minister told Washington that Moscow would reject any such deal.", "reject"),
]


@pytest.mark.parametrize("text, word", KEPT_THREATS)
def test_a_threat_is_kept_where_no_settled_rejection_replaces_it(read, text, word):
    assert [event.cameo for event in events_on(read(text), word)] == ["130"]


def test_a_rejection_told_to_a_named_body_is_not_stored_in_place_of_the_threat(read):
    reading = read("The ruling party told the Election Commission that it would reject the results.")
    assert events_on(reading, "reject") == []


def test_a_plain_rejection_coded_124_is_announced(read):
    # 5: a dictionary 124 on "reject" is a rejection worded plainly, no refusal to yield
    reading = read("The Zambian government said it would reject the loan conditions of the fund.")
    assert [event.cameo for event in events_on(reading, "said")] == ["010"]
    assert [(event.cameo[:3], event.modality) for event in events_on(reading, "reject")] == [("124", "planned")]


def test_a_rejection_of_demands_names_the_demander(read):
    reading = read("The Chilean government said it would reject the Bolivian demands.")
    assert [(event.cameo, event.target.code if event.target else None) for event in events_on(reading, "reject")] \
        == [("120", "BOL")]
