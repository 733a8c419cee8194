"""A government the text names by its leader ("the Obama Administration") is that leader's
country's, not the country of whoever acts on it in the sentence."""

from __future__ import annotations

import pytest
from helpers import actor_of


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Vladimir Putin snubbed the Bush Administration on Tuesday by approving an arms sale to Venezuela.",
         "the Bush Administration", "USAGOV"),
        ("Iran condemned the Trump Administration on Friday over the new round of oil sanctions.",
         "the Trump Administration", "USAGOV"),
        ("The Macron Government raised fuel taxes again, angering drivers across the country.",
         "The Macron Government", "FRAGOV"),
    ],
)
def test_a_government_named_by_its_leader_is_the_leaders_country(read, text, name, code):
    assert actor_of(read(text), name).code == code
