"""Round 26, actors: the right person with the wrong country or role. Words before "of" that
describe another person ("the European partner of President X") are no title of the name after
it; a person's own lawyers act for the person, not for an office the person holds; "former" before
a holder of an office still held says, in an undated story, that the story predates that office.
Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of, coded


def test_words_describing_another_person_before_of_are_no_title_of_the_name(read):
    reading = read("The resignation ended the career of the last European partner of Chancellor Angela Merkel. "
                   "Merkel later flew to Tokyo and urged the Japanese people to vote.")
    assert actor_of(reading, "Angela Merkel").code == "DEUGOV"
    assert ("042", "DEUGOV", "JPN") in coded(reading)


def test_a_region_word_of_a_friend_is_not_the_country_of_the_leader_after_of(read):
    reading = read("Officials in Tokyo said a longtime Asian friend of Prime Minister Shinzo Abe had resigned. "
                   "Abe met the Indian envoy on Friday.")
    assert actor_of(reading, "Shinzo Abe").code == "JPNGOV"
    # an office written with "of" keeps its own words
    reading = read("Indian Minister of External Affairs Rajan Mehta met the envoy in Geneva.")
    assert actor_of(reading, "Rajan Mehta").country == "IND"


def test_a_presidents_private_lawyer_is_no_government_official(read):
    reading = read("President Trump's personal lawyer released a statement on Sunday praising the decision.")
    lawyer = actor_ending(reading, "personal lawyer")
    assert lawyer.country == "USA" and lawyer.role is None


def test_a_presidents_lawyers_are_neither_his_government_nor_a_court(read):
    # (round 43: a person's own lawyers are no judiciary either; only the client's country)
    reading = read("President Trump's lawyers rejected the committee's demands for his bank records on Monday.")
    lawyers = actor_ending(reading, "lawyers")
    assert lawyers.country == "USA" and lawyers.role is None
    # lawyers for a government still speak for it
    reading = read("Lawyers for the Trump administration asked the appeals court on Friday to lift the order.")
    assert actor_ending(reading, "Lawyers").role == "GOV"


def test_a_former_holder_of_an_office_still_held_is_an_elite_in_an_undated_story(read):
    reading = read("Former President Donald Trump criticized the special counsel in a post on Monday.")
    assert actor_of(reading, "Donald Trump").code == "USAELI"


def test_a_party_name_many_countries_share_is_the_story_countrys(read):
    reading = read("Voters in Toronto and Vancouver went to the polls across Canada on Monday. "
                   "The Conservative Party accused the Liberal government of hiding the deficit.")
    assert actor_of(reading, "Conservative Party").code == "CANPTY"
    # its own phrase names its country
    reading = read("New Zealand's Labour Party accused the government of hiding the deficit.")
    assert actor_ending(reading, "Labour Party").code == "NZLPTY"
    # it stays the table's where the story names that country
    reading = read("British voters went to the polls in London on Thursday. The Conservative Party accused "
                   "Canada of hiding the report.")
    assert actor_of(reading, "Conservative Party").code == "GBRPTY"


def test_a_hyphenated_american_is_of_the_us(read):
    reading = read("Iranian-American journalist Sara Karimi was detained by police in Tehran on Monday.")
    assert actor_of(reading, "Sara Karimi").country == "USA"
    reading = read("The Korean American Civic League urged Congress on Friday to pass the bill.")
    assert actor_ending(reading, "Korean American Civic League").country == "USA"
