"""Trigger coverage on real-looking news (issue 12): verbs whose object makes the event, verbs
the lexicon lacked, and nominal events, listed or derived from a coded verb ("deployment" from
deploy, "withdrawal" from withdraw). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded

from newsevents.events.lexicon import nominalised_verb, noun_code


def assert_happened(found, code: str, source: str) -> None:
    """Among the happened events, one with this code by this source."""
    assert any(c == code and s == source for c, s, _ in found), found


@pytest.mark.parametrize("noun, verb, code", [
    ("deployment", "deploy", "154"), ("withdrawal", "withdraw", "087"), ("resignation", "resign", "083"),
    ("deportation", "deport", "174"), ("abduction", "abduct", "181"), ("mobilization", "mobilize", "150"),
    ("imprisonment", "imprison", "173"), ("refusal", "refuse", "120"), ("negotiation", "negotiate", "046"),
])
def test_a_nominalisation_takes_its_verbs_code(noun, verb, code):
    assert nominalised_verb(noun) == verb
    assert noun_code(noun) == code


@pytest.mark.parametrize("noun", ["signal", "probation", "seizure", "statement", "investment", "station",
                                  "allegation", "nation", "question", "mission"])
def test_look_alikes_speech_and_economics_are_no_nominal_event(noun):
    assert noun_code(noun) is None  # "signal" is no signing; a "statement" is coded on its verb


@pytest.mark.parametrize("text, expected", [
    ("The Pentagon dispatched two more warships to the Persian Gulf on Friday.", ("154", "USAMIL")),
    ("Israel deployed additional troops along the border with Lebanon.", ("154", "ISR")),
    ("Germany suspended development aid to Niger after the coup.", ("162", "DEU")),
    ("The British government spurned calls for a public inquiry.", ("12", "GBRGOV")),  # 122 framed
    ("The Kenyan president brushed off the opposition on Sunday.", ("12", "KENGOV")),
])
def test_verbs_that_lacked_a_code(read, text, expected):
    found = coded(read(text), happened_only=True)
    assert any(c.startswith(expected[0]) and s == expected[1] for c, s, _ in found), found


@pytest.mark.parametrize("text, code, source", [
    ("Washington began the withdrawal of its troops from Syria on Monday.", "087", "USAGOV"),
    ("Russia ordered the expulsion of 23 British diplomats.", "174", "RUS"),
    ("Hungary imposed a ban on public gatherings last week.", "172", "HUN"),
])
def test_nominal_events_carried_by_a_verb(read, text, code, source):
    assert_happened(coded(read(text), happened_only=True), code, source)


@pytest.mark.parametrize("text", [
    "The central bank sent a clear signal to investors on Tuesday.",
    "Investment in new factories rose by 4 percent, the ministry said.",
    "The radio station aired the speech live.",
])
def test_look_alike_nouns_code_no_event(read, text):
    found = coded(read(text), happened_only=True)
    assert not [c for c, _, _ in found if not c.startswith("01")], found


@pytest.mark.parametrize("text, code, source, target", [
    ("Italy announced a suspension of flights to Belarus on Wednesday.", "160", "ITA", None),
    ("The Chinese government declared a ban on imports of Japanese seafood.", "172", "CHNGOV", None),
    ("Police in Madrid announced the arrest of three men on Sunday.", "173", "ESPCOP", None),
])
def test_an_announced_material_act_is_the_announcers(read, text, code, source, target):
    found = coded(read(text), happened_only=True)
    assert_happened(found, code, source)
    assert not any(c.startswith("01") for c, _, _ in found), found  # the act, not a statement about it


def test_an_announced_visit_is_no_visit(read):
    found = coded(read("Beijing announced a visit to Pakistan by its foreign minister."), happened_only=True)
    assert not any(c.startswith("04") for c, _, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("The European Union hit Belarus with new sanctions over the crackdown.", "IGOEUREEC", "BLR"),
    ("Canada slapped Iranian officials with an arms embargo.", "CAN", "IRNGOV"),
])
def test_hit_with_sanctions_is_a_sanction_not_a_blow(read, text, source, target):
    found = coded(read(text), happened_only=True)
    assert (("163", source, target)) in found, found
    assert not any(c[:2] in {"18", "19", "11"} for c, _, _ in found), found


def test_a_missile_hitting_a_building_with_people_is_no_sanction(read):
    found = coded(read("A Russian missile hit a school in Kharkiv with dozens of children inside."), happened_only=True)
    assert not any(c.startswith("16") for c, _, _ in found), found


@pytest.mark.parametrize("text, code, source", [
    ("Israel reinforced its troops along the northern border on Monday.", "154", "ISR"),
    ("Israel reimposed a blockade on the Gaza Strip on Friday.", "191", "ISR"),
])
def test_more_verbs_and_light_verbs(read, text, code, source):
    assert_happened(coded(read(text), happened_only=True), code, source)


def test_a_company_growing_is_no_mobilisation(read):
    found = coded(read("The carmaker increased its presence in Asia and boosted its sales force."), happened_only=True)
    assert not any(c.startswith("15") for c, _, _ in found), found


@pytest.mark.parametrize("text, code, source", [
    ("The kidnapping of two aid workers by Somali militants shocked the region.", "181", "SOMREB"),
    ("The killing of a Palestinian teenager by Israeli police sparked protests.", "190", "ISRCOP"),
])
def test_a_gerund_of_force_is_its_verbs_event(read, text, code, source):
    assert_happened(coded(read(text), happened_only=True), code, source)


@pytest.mark.parametrize("noun", ["trading", "funding", "training", "striking", "helping"])
def test_other_gerunds_are_no_nominal_event(noun):
    assert noun_code(noun) is None  # the activity in general, not one event


@pytest.mark.parametrize("text, code, source, target", [
    ("The United States stepped up airstrikes against ISIS in Syria.", "195", "USA", "IMGMOS"),
    ("Russia ramped up its attacks on Ukrainian cities.", "190", "RUS", "UKR"),
    ("Germany turned down a request from Poland for reparations.", "120", "DEU", "POL"),
])
def test_phrasal_verbs_hand_over_or_carry_their_event(read, text, code, source, target):
    found = coded(read(text), happened_only=True)
    assert (code, source, target) in found, found
    assert not any(c.startswith("06") for c, _, _ in found), found  # "stepped up" is no 060


@pytest.mark.parametrize("text, code", [
    ("The Japanese prime minister called the Chinese president on Monday to discuss the islands.", "041"),
    ("Chancellor Scholz called President Macron on Friday evening.", "041"),
    ("The Japanese prime minister called on the Chinese president to ease tensions.", "020"),
    ("The Japanese prime minister called on Monday for talks with China.", "026"),
])
def test_a_phrase_of_time_is_no_particle(read, text, code):
    # "called X on Monday" is a phone call (041), not "call on" (an appeal); "called on Monday for" still asks
    assert [c for c, _, _ in coded(read(text))] == [code]
