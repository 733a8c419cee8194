"""US federal agencies named by their initials are the US's, whatever other countries the sentence
names ("the IRS" beside "the Mexico deal" is not Mexico's). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The IRS said on Tuesday it would delay the filing deadline, as Mexico and Canada signed the trade deal.", "IRS", "USAGOV"),
    ("ICE agents detained four men near the Mexican border on Monday.", "ICE", "USACOP"),
    ("The CDC warned travellers about the outbreak in Brazil.", "CDC", "USAGOV"),
])
def test_a_federal_agency_is_the_us_s(read, text, name, code):
    actor = next(m.actor for m in read(text).mentions if m.text == name)
    assert actor.code == code, actor
