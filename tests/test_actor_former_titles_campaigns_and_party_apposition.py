"""Actor codes on real news, round 22: a former office holder titled so is an elite (CAMEO's
ELI) unless the office holders' dates give them an office on the story's day; a politician's
campaign is party people, not the government; a body its apposition calls a party is one; a
surname the small model took for a nationality is still the person; a bare role acting on a
person of its own role is not kept from the story's country by that person's. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from helpers import actor_of, events_on


def test_a_former_minister_out_of_office_on_the_day_is_an_elite(read):
    reading = read("Former Defense Secretary Jim Mattis criticized the decision to pull troops from Syria.",
                   published=date(2019, 6, 1))
    assert actor_of(reading, "Jim Mattis").code == "USAELI"


def test_a_former_governor_of_no_known_dates_is_an_elite_of_the_country(read):
    reading = read("Former Arkansas Gov. Mark Hollis called the administration's move a big mistake.",
                   published=date(2019, 6, 1))
    assert actor_of(reading, "Mark Hollis").code == "USAELI"


def test_a_former_ambassador_keeps_the_country(read):
    reading = read("Former U.S. ambassador Tom Wilder criticized the decision to pull troops from Syria.",
                   published=date(2019, 6, 1))
    event = events_on(reading, "criticized")[0]
    assert event.source is not None and event.source.code == "USAELI"


def test_a_former_holder_in_another_office_on_the_day_keeps_an_office(read):
    reading = read("Former Vice President Joe Biden criticized the decision to pull troops from Syria.",
                   published=date(2022, 6, 1))
    assert actor_of(reading, "Joe Biden").role != "ELI"


def test_a_former_president_of_no_known_dates_keeps_the_office(read):
    # a head of state named "former" held the office when the story's acts happened as often as not
    reading = read("Former President Idris Maro of Chad ordered the arrest of the rebel leaders in 2019.",
                   published=date(2023, 6, 1))
    assert actor_of(reading, "Idris Maro").role == "GOV"


def test_the_president_is_not_the_former_president_named_before(read):
    reading = read("Former President Bill Clinton criticized the president's decision to pull troops from Syria.",
                   published=date(2019, 6, 1))
    event = events_on(reading, "criticized")[0]
    assert event.source is not None and event.source.code == "USAELI"
    assert event.target is not None and event.target.code == "USAGOV"


def test_a_surname_tagged_as_a_nationality_is_the_office_holder(read):
    reading = read("In a letter, Mattis criticized Trump.", published=date(2018, 6, 1))
    assert actor_of(reading, "Mattis").code == "USAGOV"


def test_a_politicians_campaign_is_party_people(read):
    reading = read("The Justice Department accused the Trump campaign of lying to investigators.",
                   published=date(2019, 6, 1))
    event = events_on(reading, "accused")[0]
    assert event.target is not None and event.target.code == "USAPTY"


def test_a_spokesman_for_a_campaign_is_party_people(read):
    reading = read("Hillary Clinton spoke in Ohio on Monday. A spokesman for the Clinton campaign criticized the AP "
                   "for its analysis.", published=date(2016, 6, 1))
    event = events_on(reading, "criticized")[0]
    assert event.source is not None and event.source.code == "USAPTY"


def test_a_campaign_against_someone_is_no_party(read):
    reading = read("Erdogan's campaign against the Kurds angered Washington.", published=date(2019, 6, 1))
    assert all(m.actor.role != "PTY" for m in reading.mentions)


def test_a_body_called_a_party_in_apposition_is_a_party(read):
    reading = read("The Freedom Alliance, the far-right party, accused the government in Vienna of lying.")
    assert actor_of(reading, "The Freedom Alliance").code == "AUTPTY"


def test_a_named_party_keeps_its_own_country(read):
    reading = read("Greece's Golden Dawn, a neo-Nazi party, attacked the government in Athens.")
    assert actor_of(reading, "Golden Dawn").code == "GRCPTY"


def test_army_officials_acting_on_a_soldier_are_of_the_story(read):
    reading = read("Sgt. Tom Baird, a US soldier, was held by the Taliban for five years.\n\n"
                   "In fact, Army officials refused to list Baird as a prisoner of war. The Army later said he "
                   "had deserted his post in Afghanistan, and the United States charged him.",
                   published=date(2017, 6, 1))
    event = events_on(reading, "refused")[0]
    assert event.source is not None and event.source.code == "USAMIL"


def test_a_former_title_joined_by_and_is_shared(read):
    reading = read("Former GOP presidential candidate and Arkansas Gov. Mark Hollis called the administration's "
                   "move a big mistake.", published=date(2015, 6, 1))
    assert actor_of(reading, "Mark Hollis").code == "USAELI"


def test_a_former_title_of_another_person_before_and_is_not_shared(read):
    reading = read("Former President Tom Wilder and Secretary of State Mark Hollis criticized the deal.",
                   published=date(2015, 6, 1))
    assert actor_of(reading, "Mark Hollis").role == "GOV"


def test_a_role_acted_on_takes_its_clause_subjects_country_not_an_adjuncts(read):
    reading = read("Trump visited Washington and New York on Monday. Indian farmers are accusing the government of "
                   "building a wall to hide poor people ahead of Trump's visit to Gujarat.", published=date(2020, 2, 20))
    event = events_on(reading, "accusing")[0]
    assert event.target is not None and event.target.code == "INDGOV"


def test_the_former_ambassador_is_not_another_former_official_named_before(read):
    reading = read("Democrats want Trump's former national security adviser John Bolton summoned as a witness. "
                   "Messages between two businessmen disparaged the former U.S. ambassador to Ukraine before Trump "
                   "removed her from the post in May.", published=date(2020, 1, 16))
    assert actor_of(reading, "John Bolton").code == "USAELI"
    assert actor_of(reading, "ambassador").name != "John Bolton"


def test_a_former_party_leader_is_still_of_the_party(read):
    reading = read("But last night former Tory leader Ian Sanders criticised the health minister.",
                   published=date(2019, 6, 1))
    assert actor_of(reading, "Ian Sanders").code == "GBRPTY"


def test_a_party_to_a_case_is_no_political_party(read):
    reading = read("Norvel Industries, a party to the lawsuit, accused the government in Oslo of hiding documents.")
    assert all(m.actor.role != "PTY" for m in reading.mentions if m.text == "Norvel Industries")
