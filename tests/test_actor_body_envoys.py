"""An envoy is of the body or person who sends him, not of the place he is sent to: "the UN special
envoy for Libya" is the UN's (IGOUNO), "his special envoy for Afghanistan" said by a US minister the US's."""

from __future__ import annotations

import pytest
from helpers import actor_of


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Maria Lund, the UN special envoy for Yemen, met tribal leaders in Aden on Monday.", "Maria Lund", "IGOUNO"),
        ("UN Secretary-General Antonio Guterres said Peter Holm, his special representative for Central Africa, "
         "had arrived in Bangui for talks.", "Peter Holm", "IGOUNO"),
        ("Secretary of State Mike Pompeo said Zalmay Khalilzad, his special envoy for Afghanistan, had met "
         "Taliban negotiators in Doha.", "Zalmay Khalilzad", "USAGOV"),
    ],
)
def test_an_envoy_is_of_whoever_sends_him_not_where_he_serves(read, text, name, code):
    assert actor_of(read(text), name).code == code
