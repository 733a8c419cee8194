"""Who is whose partner in joined constructions (issue 12, round 27), on sentences from real
articles: doers listed together who act with each other are each one's partners, also where the
parse took the list for an apposition ("The US, UK and France") or shares one demonym between two
countries ("the North and South Korean militaries"), or names what they did through an amount
("signed a range of joint agreements"); a commitment joined to an act of telling or meeting
someone ("told Congress … and vowed", "visited with Modi, pledging") is made to them; and a demand
joined to calling on someone ("called on Washington to … and demanded relief") is of them."""

from __future__ import annotations

from helpers import coded

# Washington Times, 2014-05-17 (news corpus abp-0ihXAEC1xEoGiXlq): the earlier sentence names Shinseki's post
SHINSEKI = ("Amid a growing number of allegations surrounding health care at VA clinics, the White House announced "
            "this week that it will send one of the president’s top advisers to aid Veterans’ Affairs Secretary Eric "
            "Shinseki in a full review. Mr. Shinseki told Congress this week that he’s “mad as hell” over the alleged "
            "situation in Phoenix and other reported problems and vowed to investigate them.")


def test_countries_listed_as_if_in_apposition_agree_with_each_other(read):
    found = coded(read("The US, UK and France have agreed to work together and are believed to be preparing for a "
                       "military strike in response to the alleged chemical attack at the weekend."))
    agreed = {(source, target) for code, source, target in found if code.startswith("03")}
    assert {("USA", "GBR"), ("USA", "FRA"), ("GBR", "USA"), ("GBR", "FRA"), ("FRA", "USA"), ("FRA", "GBR")} <= agreed, found
    assert not any(target is None for _, target in agreed), found


def test_two_countries_sharing_one_demonym_are_each_others_partners(read):
    found = coded(read("In 2004 during a period of rapprochement, the North and South Korean militaries agreed to end "
                       "this propaganda war."))
    agreed = {(source, target) for code, source, target in found if code.startswith("03")}
    assert agreed == {("PRKMIL", "KORMIL"), ("KORMIL", "PRKMIL")}, found


def test_a_vow_joined_to_telling_someone_is_made_to_them(read):
    vows = [(source, target) for code, source, target in coded(read(SHINSEKI)) if code.startswith("03")]
    assert vows == [("USAGOV", "USALEG")], vows


def test_a_pledge_made_on_a_visit_is_made_to_the_one_visited(read):
    found = coded(read("Chinese President Xi Jinping visited with Mr. Modi in India in September, pledging to invest "
                       "in Indian railways and nuclear power."))
    pledges = [(source, target) for code, source, target in found if code.startswith("03")]
    assert pledges == [("CHNGOV", "IND")], found


def test_one_told_to_act_is_not_whom_a_joined_vow_is_made_to(read):
    # an order ("told the military to get ready"), not news told: the vow to win is to no one named
    found = coded(read("President Bush told the American military today to get ready for a long war against terrorism, "
                       "and vowed to “do what it takes to win.”"))
    assert not any(code.startswith("03") and target == "USAMIL" for code, _, target in found), found


def test_a_demand_joined_to_calling_on_someone_is_of_them(read):
    # the article writes "the United States"; "the U.S." here, as six words of it open a gold sentence
    found = coded(read("Tensions have risen ahead of a year-end deadline set by North Korea, which has called on the "
                       "U.S. to change its policy of insisting on Pyongyang’s unilateral denuclearization and "
                       "demanded relief from punishing sanctions."))
    demands = [(source, target) for code, source, target in found if code.startswith("10")]
    assert demands == [("PRK", "USA")], found


def test_doers_signing_a_range_of_joint_agreements_sign_them_with_each_other(read):
    # "a range of" hands over to the agreements, an event noun: nothing else the two signed it at
    found = coded(read("In the past five decades the US and Russia have signed a range of joint agreements to limit "
                       "and reduce their substantial nuclear arsenals."))
    signed = {(source, target) for code, source, target in found if code.startswith("05")}
    assert signed == {("USA", "RUS"), ("RUS", "USA")}, found
