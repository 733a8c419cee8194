"""Whose a bare role noun is in a story that names several countries, and when it is nobody's:
the country whose same body the story named ("judiciary officials" after "Iran's judiciary"),
never a backer's, a guessed one (the story's second country) or the country of those it acts on;
no country for people who moved ("immigrants"), and a private person named by a demonym is a
civilian, not the state. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_a_role_takes_the_country_whose_same_body_the_story_named(read):
    text = ("Iran's judiciary said the two dual nationals would face trial in Tehran. The United States "
            "called the charges baseless. Washington demanded their release, and the American lawyers "
            "of both men said they had not been allowed to see the files. \"He told me that judiciary "
            "officials have asked for a meeting with his family,\" one of the lawyers said.")
    officials = actor_ending(read(text), "judiciary officials")
    assert officials.code == "IRNJUD", officials


def test_foreign_ministers_of_many_countries_stay_nobody_s(read):
    text = "Foreign ministers met in Brussels on Monday. Germany said the talks had been useful."
    ministers = actor_ending(read(text), "Foreign ministers")
    assert ministers.country is None, ministers


def test_a_backed_group_takes_no_country_when_only_the_backer_is_named(read):
    text = "Iran-backed militias fired rockets overnight, the Iranian media said."
    militias = actor_ending(read(text), "backed militias")
    assert militias.country != "IRN", militias


def test_a_private_person_named_by_a_demonym_is_a_civilian_not_the_state(read):
    text = "In 2011, a Pakistani immigrant who tried to set off a bomb at a Chicago train station was sentenced to life."
    immigrant = actor_ending(read(text), "Pakistani immigrant")
    assert immigrant.code == "PAKCVL", immigrant


def test_immigrants_take_no_country_from_the_story(read):
    text = "Border agents detained dozens of immigrants near El Paso on Friday, the United States said."
    immigrants = actor_ending(read(text), "immigrants")
    assert immigrants.role == "CVL" and immigrants.country is None, immigrants


def test_a_source_opening_the_clause_is_no_apposition(read):
    text = "Per Swedish media, Richard Spencer was stopped at the airport in Warsaw. Spencer said he would appeal."
    reading = read(text)
    spencer = actor_ending(reading, "Richard Spencer")
    assert spencer.country is None and spencer.role is None, spencer
    assert actor_ending(reading, "Swedish media").code == "SWEMED"


def test_a_group_takes_the_country_of_the_members_it_names(read):
    text = ("President Donald Trump ordered a review of the strikes on Monday. Other officials, including "
            "Matthew Pottinger, the president's deputy national security adviser, began calling for a "
            "tougher response, according to people briefed on the meetings.")
    officials = actor_ending(read(text), "Other officials")
    assert officials.code == "USAGOV", officials


def test_a_group_whose_members_are_of_two_countries_is_nobody_s(read):
    text = "Senior officials, including Chinese Vice Premier Liu He and Japan's finance minister, met in Osaka."
    officials = actor_ending(read(text), "Senior officials")
    assert officials.role == "GOV" and officials.country is None, officials


def test_in_a_story_one_country_leads_a_bare_role_stays_that_country_s(read):
    text = ("The United States imposed new tariffs on Monday. Washington said the duties would stay, and "
            "US farmers braced for losses. The Iranian government condemned the move. The United States "
            "said the government would review the duties in June.")
    governments = [m.actor for m in read(text).mentions if m.text == "the government"]
    assert governments and governments[0].code == "USAGOV", governments


def test_gunmen_acting_on_a_country_s_people_are_not_the_other_country_s(read):
    text = ("France and the United States shared intelligence on the attack. Paris said the United States "
            "had helped. The United States said France led the inquiry. Masked gunmen stormed a cafe in "
            "Lyon, killing four French citizens.")
    gunmen = next(m.actor for m in read(text).mentions if m.text.endswith("gunmen"))
    assert gunmen.country is None, gunmen
