"""Recipients a sentence names in phrases the target reading did not reach: the partner one stays
in contact with, the subject a raised passive acts on, the maker of a proposal answered (and the one
who answers it, its recipient); and no host on a trip to the traveller's own border. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Japanese officials will remain in close contact with South Korean authorities about the missile launch.",
     ("050", "JPNGOV", "KORGOV")),
    ("Japanese officials remained in close contact with South Korean authorities on Monday.",
     ("050", "JPNGOV", "KORGOV")),
])
def test_the_partner_of_a_state_of_contact_is_the_target(read, text, expected):
    assert expected in coded(read(text))


def test_a_contact_partner_named_but_not_coded_stores_no_event_without_a_target(read):
    assert coded(read("Japanese officials remained in close contact with Ahmed Karimi on Monday.")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Iraqi foreign minister was reported to have been criticised by Chancellor Merkel.",
     ("111", "DEUGOV", "IRQGOV")),
    ("The Israeli prime minister is expected to be welcomed by President Macron in Paris.",
     ("043", "FRAGOV", "ISRGOV")),
])
def test_a_raised_passive_acts_on_the_subject_of_the_verb_it_hangs_on(read, text, expected):
    assert expected in coded(read(text))


def test_a_raised_passive_subject_named_but_not_coded_stores_no_event_without_a_target(read):
    assert coded(read("Ahmed Karimi was reported to have been criticised by Chancellor Merkel.")) == []


def test_agreeing_to_a_proposal_is_aimed_at_whoever_made_it(read):
    reading = read("Armenia agreed to a proposal by Russia to withdraw troops from the area.")
    assert ("030", "ARM", "RUS") in coded(reading)


@pytest.mark.parametrize(("text", "accepted", "invitation"), [
    ("The Mexican president accepted Biden's invitation to attend the summit in Washington.",
     ("036", "MEXGOV", "USAGOV"), ("036", "USAGOV", "MEXGOV")),
    ("The French president accepted the Chinese invitation on Monday.",
     ("036", "FRAGOV", "CHN"), ("036", "CHN", "FRAGOV")),
])
def test_an_accepted_invitation_is_aimed_at_its_maker_and_made_to_the_one_who_accepts(read, text, accepted, invitation):
    # the name on an invitation accepted is whoever made it, not the accepting doer's own
    assert {accepted, invitation} <= set(coded(read(text)))


@pytest.mark.parametrize("text", [
    "The Indian prime minister travelled to India's border with Pakistan on Saturday.",
    "The Egyptian president visited Egypt's border with Libya on Tuesday.",
])
def test_a_trip_to_ones_own_border_visits_no_host(read, text):
    assert not any(code == "042" for code, *_ in coded(read(text)))


def test_a_trip_to_another_countrys_border_keeps_its_host(read):
    reading = read("The Mexican president traveled to the US border on Monday.")
    assert ("042", "MEXGOV", "USA") in coded(reading)


def test_an_agreement_to_two_acts_is_aimed_at_whom_the_second_names(read):
    reading = read("The French president agreed to drop the reform and give lawmakers more time to debate it.")
    assert ("030", "FRAGOV", "FRALEG") in coded(reading)
