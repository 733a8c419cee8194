"""Whose a role noun is: not the country that is the subject of a clause set against its own by
"while", "although" (that clause names another party, or none; "as", "after" may name its own);
people whose own clause backs a coup or an uprising are the opposition, not civilians; people
acted on in a capital the verb names are of its country. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_ministers_in_a_while_clause_are_not_the_main_clause_subject_s(read):
    text = ("While ministers are due to discuss the fishing dispute, Norway is expected to dominate the talks "
            "in Bergen this week.")
    ministers = actor_of(read(text), "ministers")
    assert ministers.country != "NOR", ministers


def test_officials_are_not_of_the_country_in_an_although_clause(read):
    text = "Officials praised the border talks on Sunday, although Belarus stayed away from the summit."
    officials = actor_of(read(text), "Officials")
    assert officials.country != "BLR", officials


def test_officials_of_their_own_possessor_keep_it_beside_a_while_clause(read):
    text = "Poland's officials condemned the vote while Belarus held the referendum on Sunday."
    officials = actor_of(read(text), "officials")
    assert officials.code == "POLGOV", officials


def test_officials_beside_an_as_clause_of_their_own_country_keep_it(read):
    text = "Officials in Vilnius were on alert on Monday as Lithuania closed two border crossings."
    officials = actor_of(read(text), "Officials")
    assert officials.country == "LTU", officials


def test_people_encouraging_a_coup_are_the_opposition(read):
    text = "In a televised address, Lukashenko vowed to punish the people “backing the putsch,” as he called it."
    people = actor_of(read(text), "the people")
    assert people.role == "OPP", people


def test_residents_who_backed_an_uprising_are_the_opposition(read):
    text = "The junta in Niamey warned residents who supported the uprising to stay off the streets."
    residents = actor_of(read(text), "residents")
    assert residents.role == "OPP", residents


def test_civilians_fleeing_an_uprising_stay_civilians(read):
    text = "The army escorted civilians fleeing the uprising across the border on Thursday."
    civilians = actor_of(read(text), "civilians")
    assert civilians.role == "CVL", civilians


def test_dissidents_met_in_a_foreign_capital_are_of_that_country(read):
    text = "The Canadian prime minister met dissidents in Havana on Friday."
    dissidents = actor_of(read(text), "dissidents")
    assert dissidents.code == "CUBOPP", dissidents


def test_protesters_detained_in_a_foreign_capital_are_of_that_country(read):
    text = "Belarusian riot police detained protesters in Vilnius during the summit."
    protesters = actor_of(read(text), "protesters")
    assert protesters.country == "LTU", protesters
