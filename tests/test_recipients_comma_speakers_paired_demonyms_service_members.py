"""Recipients read from the wrong phrase (issue 12, round 34): the speaker of "…, a spokesman
said" taken for the officials met before the comma, the first of two coordinated demonyms
("Afghan and Pakistani officials") read as a bare country, and "service members" read as no
role (so the demonym before them gave a bare country). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize("text, word", [
    ("Secretary of State Antony Blinken met with Iraqi officials, a department spokeswoman said.", "met"),
    ("Russian Foreign Minister Sergei Lavrov met with Syrian officials, a ministry spokeswoman said on Tuesday.", "met"),
])
def test_the_speaker_after_a_comma_is_not_the_one_met(read, text, word):
    met = events_on(read(text), word)
    assert met, text
    assert all(e.target is not None and "spokes" not in e.target.name for e in met), met
    # the officials met keep their own country
    assert {e.target.country for e in met if e.target is not None} <= {"IRQ", "SYR"}, met
    # an apposition still describes the one it names
    found = coded(read("Russia's foreign minister, Sergei Lavrov, met with Secretary of State John Kerry in Geneva."))
    assert ("040", "RUSGOV", "USAGOV") in found, found


def test_two_demonyms_give_each_country_the_head_nouns_role(read):
    found = coded(read("U.S. envoy Tom Harper met with Afghan and Pakistani officials in Doha on Sunday."))
    targets = {target for _, _, target in found}
    assert {"AFGGOV", "PAKGOV"} <= targets, found
    assert "AFG" not in targets, found  # no bare country for "Afghan"


@pytest.mark.parametrize("text, targets", [
    ("French President Emmanuel Macron visited American and British service members in Estonia.",
     {"USAMIL", "GBRMIL"}),
    ("Japanese Defense Minister Taro Kono visited American servicemembers at the Okinawa base.", {"USAMIL"}),
])
def test_service_members_are_the_military(read, text, targets):
    found = {target for _, _, target in coded(read(text))}
    assert targets <= found, found
    assert not found & {"USA", "GBR"}, found
