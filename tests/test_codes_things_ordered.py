""""order" with food or drink for object is buying it, no demand made of anyone (100). Sentences
written for these tests."""

import pytest
from helpers import coded


@pytest.mark.parametrize("text", [
    "Three Texas students ordered pizza from a Mexican restaurant on Friday.",
    "The Iraqi soldiers ordered food from a local Turkish restaurant.",
])
def test_food_ordered_is_bought_not_demanded(read, text):
    found = coded(read(text))
    assert not any(code.startswith("10") for code, _, _ in found), found


def test_troops_ordered_somewhere_stay_a_demand(read):
    found = coded(read("General Milley ordered 500 American troops to the Mexican border."))
    assert ("100", "USAMIL", "USAMIL") in found, found
