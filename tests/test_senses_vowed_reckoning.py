"""Word senses of round 52: a reckoning vowed ("vowed that they would pay dearly", "vowed to make
the attackers pay") is a threat (130), no intent to cooperate (030); a cost to the vower's own side
or a payment refused is no threat. A name for an outlaw or a traitor ("a crook", "a warmonger") is
criticism (111). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _vow_codes(reading) -> list[str]:
    return [e.cameo for e in reading.events if e.trigger in {"vowed", "promised", "pledged", "swore"}]


@pytest.mark.parametrize("text", [
    "Turkey's foreign minister vowed that the rebels would pay dearly for the raid on the border post.",
    "The Iranian president vowed that the attackers would pay a heavy price.",
    "Pakistan's prime minister vowed to make the bombers pay.",
])
def test_a_vowed_reckoning_is_a_threat(read, text):
    found = _vow_codes(read(text))
    assert found and all(code.startswith("13") for code in found), found


@pytest.mark.parametrize("text", [
    "The French president vowed that we would pay a price if France did nothing about the drought.",
    "The German chancellor promised that Germany would not pay a price for the new pipeline.",
])
def test_a_cost_to_ones_own_side_is_no_threat(read, text):
    found = _vow_codes(read(text))
    assert found and not any(code.startswith("13") for code in found), found


@pytest.mark.parametrize("text", [
    "The Iraqi prime minister vowed to pay a heavy price for victory over the militants.",
    "The Mexican president promised that farmers would pay lower prices for fuel.",
    "The Brazilian president vowed to make the wealthy pay their fair share of taxes.",
])
def test_a_price_paid_by_the_vower_or_for_goods_is_no_threat(read, text):
    # each of these read 130 before the payer had to be named and the cost steep or "the price"
    assert not any(code.startswith("13") for code in _vow_codes(read(text)))


# --- an outlaw's or a traitor's name is criticism (111), never praise -------------------------


@pytest.mark.parametrize("text", [
    "Venezuela's foreign minister described the Colombian president as a crook and a traitor.",
    "The Kremlin described the American ambassador as a gangster.",
    "Iran's foreign minister called the Saudi crown prince a rogue and a despot.",
])
def test_an_outlaws_name_is_criticism(read, text):
    found = [e.cameo for e in read(text).events if e.trigger in {"described", "called"}]
    assert found == ["111"], found


def test_a_warm_name_is_still_praise(read):
    found = [e.cameo for e in read("Japan's prime minister described the Australian leader as a great friend.").events]
    assert found == ["051"], found
