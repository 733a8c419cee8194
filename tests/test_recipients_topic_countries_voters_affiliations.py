"""Round 18, recipients: who an act is aimed at when the phrase after the verb names someone only
through a word inside it.

- a country's own name before a thing said, decided or planned is its topic ("criticized the Iran
  deal" is aimed at no one named; "the Iranian proposal" is Iran's);
- money by whose it is ("banned U.S. dollars") is no act on that country;
- a party's voters and supporters are its country's civilians, not the party;
- a reduced relative names the body a group belongs to ("hackers linked to Russian military
  intelligence", "hackers believed to be part of Chinese intelligence");
- an object "him" the actors step took for someone the sentence names only after it stands for
  the one person it names before it.

Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_a_country_named_before_a_deal_is_its_topic_not_its_target(read):
    reading = read("Germany's foreign minister Heiko Maas criticized the Iran deal on Monday.")
    assert coded(reading) == [("111", "DEUGOV", None)]


def test_a_demonym_before_a_proposal_still_names_its_owner(read):
    reading = read("Germany's foreign minister Heiko Maas criticized the Iranian proposal on Monday.")
    assert coded(reading) == [("111", "DEUGOV", "IRN")]


def test_party_voters_are_civilians_not_the_party(read):
    reading = read("Prime Minister Boris Johnson thanked Labour voters on Friday.")
    [event] = events_on(reading, "thanked")
    assert event.target is not None and event.target.code == "GBRCVL"


def test_appeal_to_party_voters_is_not_aimed_at_the_party(read):
    reading = read("Prime Minister Boris Johnson appealed to Labour voters on Friday.")
    assert all(event.target is None or event.target.code != "GBRPTY" for event in reading.events)


def test_hackers_linked_to_an_agency_are_its_people(read):
    reading = read("Britain on Monday accused hackers linked to Russian military intelligence of attacking its networks.")
    [event] = events_on(reading, "accused")
    assert event.target is not None and event.target.code[:3] == "RUS"


def test_hackers_believed_to_be_part_of_an_agency_are_its_people(read):
    reading = read("Canada on Thursday accused hackers believed to be part of Chinese intelligence of stealing research.")
    [event] = events_on(reading, "accused")
    assert event.target is not None and event.target.code == "CHNSPY"


def test_an_object_pronoun_stands_for_the_person_named_before_it(read):
    reading = read("Admiral John Kirby briefed reporters on Friday. In confirming Zawahiri's death on Sunday, "
                   "President Biden described him as a coward who hid for years, but Kirby said he had no details "
                   "about Zawahiri's last hours.")
    assert all(event.target is None or "Kirby" not in event.target.name for event in reading.events)


def test_money_named_by_its_country_is_no_act_on_that_country(read):
    reading = read("The Venezuelan government banned U.S. dollars from local markets on Monday.")
    assert coded(reading) == [("172", "VENGOV", None)]
