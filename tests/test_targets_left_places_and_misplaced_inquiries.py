"""Named recipients judges found left null (bench/data/precision_sample_seed71.jsonl), on
sentences written for these tests: the country a withdrawal leaves, named after "out of" as after
"from" ("pulled its forces out of Georgia"), also through a frame ("wants to pull out of"); and
whose act an inquiry looks into when the parse hangs its "into" on the noun its of-phrase hangs on
("the head of the committee's probe into Iranian meddling")."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize("text", [
    "The Kremlin pulled its forces out of Georgia after the ceasefire.",
    "The Kremlin pulled out of Georgia after the ceasefire.",
])
def test_the_country_left_after_out_of_is_the_withdrawals_target(read, text):
    found = coded(read(text))
    assert any(code.startswith("087") and target == "GEO" for code, _, target in found), found


def test_the_country_left_is_the_target_of_an_intent_to_withdraw(read):
    found = coded(read("The president said he wants to pull out of Afghanistan by the summer."))
    assert any(code == "0356" and target == "AFG" for code, _, target in found), found


def test_an_inquiry_misattached_to_its_holder_still_names_whose_act(read):
    found = coded(read("Late Monday, the leader of the committee’s probe into alleged Iranian meddling in the election, "
                       "Sen. Jane Doe, wrote to the embassy."))
    assert any(code.startswith("09") and target == "IRN" for code, _, target in found), found


def test_an_inquiry_with_its_own_into_keeps_it(read):
    found = coded(read("The Senate panel opened an investigation into alleged Chinese hacking of federal computers."))
    assert any(code.startswith("09") and target == "CHN" for code, _, target in found), found
