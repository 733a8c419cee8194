"""Named organisations coded by their kind (round 17, orgs17): a body's name "Head of Tail" is of its
head's kind ("the University of Nebraska" EDU, never the tail's: "the State of the Union" is no
trade union, "the Bank of England" no business); a description the recogniser took in before a name
gives its role; well-known think tanks and companies come from the organisation table. Sentences
written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of, coded


def test_a_university_named_of_a_us_state_is_american_education(read):
    reading = read("The University of Nebraska suspended its exchange programme with two Chinese universities on Monday.")
    assert actor_of(reading, "The University of Nebraska").code == "USAEDU"


def test_the_state_of_the_union_is_no_labour_union(read):
    reading = read("The president postponed the State of the Union address until the shutdown ends.")
    assert all(m.actor.role != "LAB" for m in reading.mentions), [(m.text, m.actor.code) for m in reading.mentions]


def test_a_central_bank_named_bank_of_a_country_is_no_business(read):
    reading = read("The Bank of England warned lenders on Thursday about rising household debt.")
    assert all(m.actor.role != "BUS" for m in reading.mentions), [(m.text, m.actor.code) for m in reading.mentions]


def test_a_union_of_members_keeps_the_members_role(read):
    reading = read("The Union of Progressive Farmers criticized the agriculture ministry over the new quotas.")
    assert actor_of(reading, "The Union of Progressive Farmers").role == "AGR"


def test_a_ministry_of_something_is_a_government_body(read):
    reading = read("The Ministry of Public Works rejected the contractors' demands on Wednesday.")
    assert actor_of(reading, "The Ministry of Public Works").role == "GOV"


def test_a_known_foreign_company_as_recipient_keeps_its_own_country(read):
    found = coded(read("The Pentagon awarded a $2 billion contract to Philips on Friday."))
    assert ("031", "USAMIL", "NLDBUS") in found, found


def test_a_washington_think_tank_is_coded_as_phoenix_codes_them(read):
    reading = read("The Heritage Foundation criticized the spending bill on Monday.")
    assert actor_of(reading, "Heritage Foundation").code == "USAELI"
    assert ("111", "USAELI", None) in coded(reading)


def test_a_given_name_is_no_think_tank(read):
    reading = read("Senator Rand Paul criticized the Pentagon on Tuesday. Rand said the war was a mistake.")
    assert all(m.actor.code != "NGOUSA" for m in reading.mentions), [(m.text, m.actor.code) for m in reading.mentions]


def test_a_tail_of_members_outranks_the_head(read):
    reading = read("The College of Cardinals gathered in Rome on Tuesday to mourn the late pope.")
    assert actor_of(reading, "The College of Cardinals").role == "REL"


def test_a_role_phrase_across_the_of_keeps_its_role(read):
    reading = read("He was accompanied by Chairman of the Joint Chiefs of Staff U.S. Army General Mark A. Milley on Monday.")
    assert actor_ending(reading, "Joint Chiefs of Staff U.S. Army").code == "USAMIL"
    assert actor_of(reading, "Mark A. Milley").code == "USAMIL"
