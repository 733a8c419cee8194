"""A supposition no one is reported to make stores no event: a condition or guess in the writer's
own words ("if the sanctions bite, Venezuela could expel …", "Turkish troops would probably
attack … if …") tells of no act done, announced or threatened, and CAMEO codes none. The same
supposition under a speaker's or a threat's frame ("the ministry said Russia would expel … if …",
"vowed to attack … if …") is that speaker's statement or threat and is still coded."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize("text", [
    "If the sanctions bite, Venezuela could expel the American diplomats within a week.",
    "Turkish troops would probably attack Kurdish fighters in Syria if Washington withdrew.",
    "Had Germany sent tanks sooner, Ukraine could have pushed Russian forces back from Kherson.",
    "A Chinese blockade of Taiwan would hurt Japan, and Tokyo could send warships to the strait.",
])
def test_a_writers_supposition_stores_no_event(read, text):
    assert coded(read(text)) == []


def test_a_supposition_a_ministry_states_is_still_coded(read):
    reading = read("Moscow's foreign ministry said Russia would expel British diplomats if London expelled Russian envoys.")
    assert ("136", "RUS", "GBRGOV") in coded(reading)


def test_a_conditional_vow_is_still_a_threat(read):
    reading = read("Iran vowed to attack Israel if its nuclear sites were struck.")
    assert coded(reading, ("cameo", "source", "target", "modality")) == [("1384", "IRN", "ISR", "happened")]


def test_a_condition_inside_a_leaders_statement_is_still_coded(read_every):
    reading = read_every("Trump said on Friday that if Iran refuses to change the accord, he will end it.")
    assert coded(reading, ("cameo", "source", "modality")) == [("120", "IRN", "hypothetical")]


def test_a_conditional_visit_a_president_indicated_is_kept(read_every):
    reading = read_every("The Kenyan president indicated that he would visit Addis Ababa if Abiy invited him.")
    assert [e.modality for e in reading.events if e.trigger == "visit"] == ["hypothetical"]
