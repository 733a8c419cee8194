"""Round 30 (issue 12, the CAMEO dictionary path): an envoy summoned to hear a complaint is
disapproval (110), not a consultation (040); buildings destroyed by protesters are a riot (145),
not military force; urging others to back a party rallies support on its behalf (053); an order
issued to no one is a ruling or decree, no demand (100); a participle after a verb of seeming is
an adjective, no act; allowing a party to contest an election or hold a rally eases a restriction
(0812, 0811); people sent to investigate make an inquiry (090); and the CAMEO.2.0 patterns read
the verb's own phrase, not a clause that describes one of its nouns ("a convoy carrying rockets"
is no rocket strike). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes


# --- a summons to complain is disapproval -----------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Ghana's foreign minister summoned Togo's ambassador on Friday to complain about the border closures.",
     ("110", "GHAGOV", "TGOGOV")),
    ("The Danish foreign ministry summoned the Iranian envoy to lodge a formal protest over the detention of an aid worker.",
     ("110", "DNKGOV", "IRNGOV")),
])
def test_envoy_summoned_to_complain_is_disapproval(read, text, event):
    assert coded(read(text)) == [event]


def test_envoy_summoned_to_talk_is_still_a_consultation(read):
    reading = read("Ghana's foreign minister summoned Togo's ambassador to discuss the border closures.")
    assert coded(reading) == [("040", "GHAGOV", "TGOGOV")]


# --- protesters destroying a building riot ------------------------------------------------------
def test_protestors_destroying_offices_riot(read):
    reading = read("Hundreds of protestors destroyed the offices of the ruling party in Lusaka on Tuesday.")
    assert codes(reading) == ["145"]


def test_troops_destroying_camps_is_no_riot(read):
    reading = read("Ethiopian troops destroyed the camps of the rebels near the border.")
    assert "145" not in codes(reading)


# --- a pattern does not read a clause describing a noun --------------------------------------------
def test_weapon_carried_by_the_target_is_no_strike_with_it(read):
    # "rockets" belong to "carrying", the convoy's participle: no air or missile strike (195)
    assert codes(read("Chadian troops attacked a convoy carrying rockets near the border.")) == ["190"]


# --- urging others to back a party rallies support on its behalf --------------------------------
def test_urged_to_back_a_party_rallies_support_for_it(read):
    reading = read("The Nigerian president urged West African leaders to back the transitional government of Mali.")
    assert coded(reading) == [("053", "NGAGOV", "MLIGOV")]


@pytest.mark.parametrize("text", [
    "The Kenyan minister urged parliament to support the bill.",  # a bill is no party
    "Kenya urged the African Union not to back the Sudanese junta.",  # backing asked against
])
def test_urged_to_back_a_thing_or_not_at_all_is_no_rally(read, text):
    assert "053" not in codes(read(text))


# --- an order issued to no one is a ruling or a decree ---------------------------------------------
@pytest.mark.parametrize("text", [
    "A federal judge in Lagos issued the order on Friday afternoon.",
    "The governor of Ohio issued an executive order on school funding last week.",
])
def test_order_issued_to_no_one_is_no_demand(read, text):
    assert "100" not in codes(read(text))


def test_order_issued_to_someone_stays_a_demand(read):
    reading = read("The Israeli army issued an order to Gaza residents to leave their homes.")
    assert ("100", "ISRMIL", "PSECVL") in coded(reading)


# --- a participle after a verb of seeming is an adjective ----------------------------------------
@pytest.mark.parametrize("text, code", [
    ("Kenya is looking promising to investors, Ruto said.", "030"),
    ("Kenyan President William Ruto said Somalia is looking threatening.", "130"),
])
def test_participle_after_seeming_verb_is_no_act(read, text, code):
    assert code not in codes(read(text))


# --- allowing a party to take part in politics eases a restriction ---------------------------------
@pytest.mark.parametrize("text, event", [
    ("The Ugandan police permitted the opposition party to hold a rally in Kampala.", ("0811", "UGACOP", "UGAOPP")),
    ("Zambia's electoral commission allowed the opposition party to contest the presidential election.", ("0812", "ZMB", "ZMBOPP")),
])
def test_allowed_to_take_part_in_politics_eases_a_restriction(read, text, event):
    assert event in coded(read(text))


def test_allowing_an_unpolitical_act_is_no_easing(read):
    reading = read("The Ugandan police permitted the opposition party to use the stadium in Kampala.")
    assert not {"0811", "0812"} & set(codes(reading))


# --- people sent to investigate make an inquiry -----------------------------------------------------
def test_team_sent_to_investigate_is_an_inquiry(read):
    reading = read("The African Union sent a team of experts to Chad to investigate the killings of protesters.")
    assert ("090", "IGOAFRAFU", "TCD") in coded(reading)


def test_troops_sent_to_fight_stay_a_deployment(read):
    assert "090" not in codes(read("France sent troops to Mali to fight the militants."))
