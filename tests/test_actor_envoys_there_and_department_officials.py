"""Actor codes of round 23: a state's ambassador to a body of states is the state's, not the body's;
"officials there" are of the place named before; a role noun opening with a determiner ("Some
protesters") is placed like one without; "Department officials" are the named department's; a
country coordinated with a role noun is not its owner; a people's adjective on a subject no role
word names is the subject's country. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import actor_of, events_on


def test_an_ambassador_to_the_united_nations_is_his_own_states(read):
    reading = read("The memo was sent to Canadian Ambassador to the United Nations Paul Hennessy, who "
                   "condemned the missile test on Friday.")
    assert actor_of(reading, "Paul Hennessy").code == "CANGOV"


def test_a_states_un_ambassador_is_not_the_un(read):
    reading = read("U.N. Ambassador Ingrid Solberg criticized the junta on Monday.")
    assert not actor_of(reading, "Ingrid Solberg").code.startswith("IGO")


def test_an_ambassador_to_the_european_union_is_his_own_states(read):
    reading = read("United States Ambassador to the European Union Mark Fellows met the Irish premier in Dublin.")
    assert actor_of(reading, "Mark Fellows").code == "USAGOV"


def test_officials_there_are_of_the_place_named_before(read):
    reading = read("The president froze the aid to Moldova until officials there agreed to investigate "
                   "his rival's son.", published=date(2021, 3, 1))
    assert actor_of(reading, "officials").country == "MDA"


def test_protesters_opening_with_a_determiner_are_placed_where_they_march(read):
    reading = read("Thousands of Americans rallied in Chicago on Saturday.\n\n"
                   "Some protesters marched through Madrid to the US Embassy there.")
    assert [event.source.code for event in events_on(reading, "marched")] == ["ESPCVL"]


def test_department_officials_are_the_named_departments(read):
    reading = read("The State Department released 3,000 pages of emails on Friday.\n\n"
                   "Department officials had promised U.S. District Judge Ann Moreno that they would hire 40 screeners.")
    assert actor_of(reading, "Department officials").code == "USAGOV"


def test_a_country_coordinated_with_a_role_noun_is_not_its_owner(read):
    reading = read("The governor accused the rebels and Turkey of plotting the attack.")
    assert actor_of(reading, "the rebels").country != "TUR"


def test_a_subject_coordinated_with_a_country_is_not_its_own(read):
    reading = read("Israel and the militants agreed to a ceasefire on Sunday.")
    assert actor_of(reading, "the militants").country != "ISR"


def test_a_government_accused_by_a_peoples_adjective_subject_is_theirs(read):
    reading = read("Kenyan slum dwellers accused the government of building a wall ahead of the visit by President Obama.")
    assert actor_of(reading, "the government").code == "KENGOV"
