"""Places and countries a sentence names that are no recipient: the topic of a meeting ("due to
meet on crises including Sudan"), a country inside the reason for a judgement or an inquiry
("investigated ... for his handling of the Iraq matter") and the home city troops are sent to
("sent National Guard troops to Portland"); and whom an agreement renegotiated was struck with.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize("text", [
    "French and German diplomats are due to meet on several crises including Sudan, Haiti and Lebanon.",
    "European foreign ministers will meet on Thursday about the crisis in Venezuela and Nicaragua.",
])
def test_the_topic_of_a_meeting_is_no_target(read, text):
    targets = {target for _, _, target in coded(read(text))}
    assert not targets & {"SDN", "HTI", "LBN", "VEN", "NIC"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Secretary of State Mike Pompeo will meet Sergei Lavrov about Syria on Monday.", ("040", "USAGOV", "RUSGOV")),
    ("Secretary of State Mike Pompeo met with Sergei Lavrov on Monday.", ("040", "USAGOV", "RUSGOV")),
])
def test_the_partner_of_a_meeting_stays_its_target(read, text, expected):
    events = coded(read(text))
    assert expected in events
    assert all(target != "SYR" for _, _, target in events)


def test_a_country_in_the_reason_for_an_inquiry_is_no_target(read):
    text = ("Jenkins was being investigated by Republican members of the House Intelligence Committee "
            "for his handling of the Iraq matter.")
    events = coded(read(text))
    assert events and all(target != "IRQ" for _, _, target in events)


def test_the_one_criticised_for_something_stays_the_target(read):
    assert ("111", "USALEG", "USAGOV") in coded(read("Sen. Lindsey Graham criticized Obama for his handling of Iran."))


def test_troops_sent_to_a_city_of_the_senders_own_country_have_no_target(read):
    events = coded(read("President Trump sent National Guard troops to Portland last week."))
    assert events and all(target != "USA" for _, _, target in events)


def test_troops_sent_abroad_keep_the_host_country(read):
    assert ("154", "USAMIL", "POL") in coded(read("The Pentagon will send 1,000 more troops to Poland."))


def test_an_agreement_renegotiated_is_with_whom_it_was_struck(read):
    text = "Tehran said it would not renegotiate the nuclear deal signed with the United States on the terms of its exports."
    assert ("046", "IRNGOV", "USA") in coded(read(text))
