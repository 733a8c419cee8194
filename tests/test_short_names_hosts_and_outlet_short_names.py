"""Named people and outlets that got no actor code: a short mention takes the code of the one
full mention of the same story; a programme's host works for its broadcaster; an outlet's short
name ("the Post") is the outlet the story names in full. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_a_courtesy_title_surname_before_the_full_name_takes_its_code(read_all):
    reading = read_all(
        "Mrs Hargreave declined to comment on the vote.\n\n"
        "British Prime Minister Helen Hargreave met the German chancellor in Berlin."
    )
    assert actor_of(reading, "Helen Hargreave").code == "GBRGOV"
    assert actor_of(reading, "Mrs Hargreave").code == "GBRGOV"


def test_a_courtesy_title_of_the_other_gender_is_another_person(read_all):
    reading = read_all(
        "Mrs Hargreave declined to comment on the vote.\n\n"
        "British Prime Minister Tom Hargreave met the German chancellor in Berlin."
    )
    assert actor_of(reading, "Tom Hargreave").code == "GBRGOV"
    assert actor_of(reading, "Mrs Hargreave").code != "GBRGOV"


def test_a_relative_s_full_name_is_never_the_office_holder(read):
    reading = read(
        "President Barack Obama and first lady Michelle Obama greeted the families at the White House."
    )
    assert actor_of(reading, "Barack Obama").code == "USAGOV"
    assert actor_of(reading, "Michelle Obama").code != "USAGOV"


def test_a_surname_named_first_does_not_take_in_a_relative_named_in_full(read_all):
    reading = read_all(
        "Officials said Delacroix had criticized the plan.\n\n"
        "French Defence Minister Pierre Delacroix and his brother Marc Delacroix visited troops."
    )
    assert actor_of(reading, "Pierre Delacroix").code == "FRAGOV"
    assert actor_of(reading, "Marc Delacroix").code != "FRAGOV"
    assert actor_of(reading, "Marc Delacroix") is not actor_of(reading, "Pierre Delacroix")


def test_a_nickname_is_still_the_same_person(read_all):
    reading = read_all("Whitcomb defended the budget. Robert Whitcomb said the cuts were needed. Bob Whitcomb later resigned.")
    assert actor_of(reading, "Bob Whitcomb") is actor_of(reading, "Robert Whitcomb")


def test_a_full_name_later_gives_its_office_to_an_earlier_surname(read):
    reading = read(
        "The Clinton years are remembered fondly by analysts.\n\n"
        "Hillary Clinton praised the nurses in a speech in 2010.",
    )
    assert actor_of(reading, "Clinton").country == "USA"


def test_an_outlet_s_short_name_before_its_full_name(read):
    reading = read(
        "Officials dismissed the Post report as false on Tuesday.\n\n"
        "The Washington Post reported last week that the talks had stalled."
    )
    assert actor_of(reading, "Post").code == "USAMED"
    assert actor_of(reading, "Post").name == "The Washington Post"


def test_a_bare_word_is_no_outlet_without_its_article(read):
    reading = read(
        "Post office workers went on strike in Chicago.\n\n"
        "The Washington Post reported the strike."
    )
    assert all(m.actor.name != "The Washington Post" for m in reading.mentions if m.text.startswith("Post"))


def test_a_programme_host_works_for_its_broadcaster(read):
    reading = read('The senator told "Face the Nation" host Martha Keene that the bill was dead.')
    assert actor_of(reading, "Martha Keene").code == "USAMED"


def test_a_host_in_apposition_takes_the_programme_s_outlet(read):
    reading = read("Speaking with Dan Whitford, host of Morning Edition, the governor defended the plan.")
    assert actor_of(reading, "Dan Whitford").code == "USAMED"


def test_an_outlet_host_before_the_name(read):
    reading = read("The congressman told Fox News host Laura Brandt that he would vote against the deal.")
    assert actor_of(reading, "Laura Brandt").code == "USAMED"


def test_a_diplomatic_host_is_no_media_person(read):
    reading = read("Kerry thanked his host Sergei Petrov for the dinner in Moscow.")
    assert actor_of(reading, "Sergei Petrov").role != "MED"


def test_a_radio_host_is_the_media_s_even_with_no_outlet_named(read):
    reading = read("Conservative radio host Bill Hanlon accused the governor of lying.")
    assert actor_of(reading, "Bill Hanlon").role == "MED"


def test_a_relative_named_in_full_after_the_surname_keeps_the_family_s_country_not_its_office(read_all):
    reading = read_all(
        "Whitcomb defended his record on Monday. Senator Robert Whitcomb of Ohio said he would run again, "
        "and his son Tyler Whitcomb declined to comment."
    )
    assert actor_of(reading, "Robert Whitcomb").code == "USALEG"
    assert actor_of(reading, "Tyler Whitcomb").code == "USA"


def test_a_guest_named_after_a_programme_is_not_its_staff(read_all):
    reading = read_all("Talking to All Things Considered, Keith Marlow, who lives nearby, said he heard shots.")
    assert actor_of(reading, "Keith Marlow").role != "MED"
