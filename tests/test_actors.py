"""Actor coding on short news sentences written for these tests."""

from __future__ import annotations

import pytest


def codes(reading) -> dict[str, str]:
    """Actor code by canonical name and by every alias seen in the text."""
    return {name: a.code for a in reading.actors for name in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Russian president Vladimir Putin met reporters in Moscow on Friday to talk about the economy.", "Vladimir Putin", "RUSGOV"),
        ("French foreign minister Claire Dumont criticised the decision in a statement released on Friday.", "Claire Dumont", "FRAGOV"),
        ("Israeli daily Haaretz reported the decision after a long cabinet meeting in Jerusalem on Sunday.", "Haaretz", "ISRMED"),
        ("The Kremlin rejected the proposal on Tuesday, saying it had not been consulted by anyone at all.", "Kremlin", "RUSGOV"),
        ("Reuters said the talks in Geneva had ended without any agreement between the two delegations.", "Reuters", "GBRMED"),
        ("NATO condemned the missile test and called on Pyongyang to return to talks with its neighbours.", "NATO", "IGOWSTNAT"),
        ("Members of Congress voted on Thursday to extend the aid programme for another two years.", "Congress", "USALEG"),
    ],
)
def test_titles_outlets_seats_and_bodies_are_coded(read, text, name, code):
    assert codes(read(text))[name] == code


def test_spokesman_apposition_takes_the_possessor_country(read):
    reading = read("Russian president Vladimir Putin will host the summit. Putin's spokesman, Dmitry Peskov told "
                   "journalists that the meeting would go ahead as planned on Monday.")
    assert codes(reading)["Dmitry Peskov"] == "RUSGOV"


def test_later_mentions_resolve_to_the_same_person(read_all):
    # The middle sentences hold no event word: only a full parse sees them.
    reading = read_all(
        "Israeli prime minister Binyamin Netanyahu will travel to Washington next month for a long series of talks.\n\n"
        "Netanyahu is expected to raise the nuclear question. The prime minister has said little in public about it. "
        "The Israeli leader will also meet members of Congress during the trip."
    )
    netanyahu = next(a for a in reading.actors if a.name == "Binyamin Netanyahu")
    assert {"netanyahu", "the prime minister", "the israeli leader"} <= {a.lower() for a in netanyahu.aliases}
    assert not any(a.name in {"prime minister", "Israeli leader"} for a in reading.actors)


def test_military_titles_code_mil(read):
    reading = read("Army chief of staff General Maria Lopez said troops would remain deployed along the border for months.")
    assert codes(reading)["Maria Lopez"].endswith("MIL")


def test_anonymous_sources_are_a_group_without_a_country(read):
    reading = read("The paper said the plan had been drawn up in secret, citing anonymous security sources close to the army.")
    sources = [a for a in reading.actors if "sources" in a.name]
    assert sources and sources[0].kind == "group" and sources[0].country is None


def test_cities_are_places_not_actors(read):
    reading = read("Officials from both countries met in Moscow on Friday to discuss the grain deal and prisoner exchanges.")
    assert "Moscow" not in codes(reading)
    moscow = next(p for p in reading.places if p.name == "Moscow")
    assert moscow.country == "RUS" and abs(moscow.lat - 55.75) < 0.5


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Beijing said it would take countermeasures against the new tariffs.", "Beijing", "CHNGOV"),
        ("Washington imposed new sanctions on Moscow on Thursday over the cyber attacks.", "Moscow", "RUSGOV"),
        ("Jens Stoltenberg, NATO's secretary general, said the alliance would not send troops.", "Jens Stoltenberg", "IGOWSTNAT"),
        ("Colonel Ahmed Musa, a spokesman for the Nigerian army, said 12 insurgents were killed.", "Ahmed Musa", "NGAMIL"),
        ("The IDF said it struck Hezbollah targets in southern Lebanon.", "Israel Defense Forces", "ISRMIL"),
        ("The Pentagon said two American soldiers were wounded in the drone attack.", "Pentagon", "USAMIL"),
        ("Western diplomats said the resolution was unlikely to pass.", "Western diplomats", "WSTGOV"),
        ("Sergei Lavrov accused the West of provoking the conflict, officials said.", "The West", "WST"),
        ("Texas Governor Greg Abbott said the state would sue the administration.", "Greg Abbott", "USAGOV"),
    ],
)
def test_metonyms_bodies_and_their_people(read, text, name, code):
    assert codes(read(text))[name] == code


def test_a_capital_that_is_visited_is_no_government(read):
    reading = read("German Foreign Minister Annalena Baerbock visited Kyiv on Monday and promised more air defence.")
    assert "Kyiv" not in codes(reading)


def test_known_office_holders_are_coded_by_the_document_date(read):
    from datetime import date

    assert codes(read("Netanyahu said the talks would resume.", published=date(2015, 9, 17)))["Netanyahu"] == "ISRGOV"
    assert codes(read("Netanyahu said the talks would resume.", published=date(2022, 1, 10)))["Netanyahu"] == "ISROPP"


def test_a_surname_the_model_takes_for_a_body_is_the_person(read_all):
    reading = read_all("Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing. "
                       "Orban said Hungary wanted closer trade ties.")
    assert codes(reading)["Orban"] == "HUNGOV"


# --- people across documents -------------------------------------------------------------------------
from datetime import date  # noqa: E402

from newsevents.actors.people import (  # noqa: E402
    RolePeriod,
    code_on,
    known_person,
    observe_role,
    role_periods,
    same_person,
)
from newsevents.model import Actor  # noqa: E402


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Binyamin Netanyahu", "Benjamin Netanyahu"),
        ("Mohammed bin Salman", "Muhammad bin Salman"),
        ("Joe Biden", "Joseph Biden"),
        ("Vladimir Putin", "Wladimir Putin"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("George W. Bush", "George W Bush"),
        ("President Emmanuel Macron", "Emmanuel Macron"),
        ("Bashar al-Assad", "Bashar al Assad"),
    ],
)
def test_same_person_across_spellings(a, b):
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("George Bush", "George W. Bush"),  # no middle initial: may be the father
        ("George H. W. Bush", "George W. Bush"),
        ("Martin Luther King Jr.", "Martin Luther King Sr."),
        ("Ken Griffey Jr.", "Ken Griffey"),
        ("Netanyahu", "Benjamin Netanyahu"),  # a bare surname never merges
        ("Yair Netanyahu", "Benjamin Netanyahu"),
        ("Boris Johnson", "Lyndon Johnson"),
        ("Hillary Clinton", "Bill Clinton"),
    ],
)
def test_different_people_are_not_merged(a, b):
    assert not same_person(a, b)


def test_known_person_by_alias_and_date():
    netanyahu = known_person("Binyamin Netanyahu")
    assert netanyahu is not None and netanyahu.name == "Benjamin Netanyahu"
    assert netanyahu.code_on(date(2015, 9, 17)) == "ISRGOV"
    assert netanyahu.code_on(date(2022, 6, 1)) == "ISROPP"
    assert known_person("Johnson") is None


def test_role_periods_follow_the_documents():
    actor = Actor("Benjamin Netanyahu", "person", "ISR", "GOV")
    periods = role_periods(actor, date(2015, 9, 17))
    periods = role_periods(actor, date(2019, 3, 1), periods)
    periods = role_periods(actor, date(2017, 1, 1), periods)  # inside: nothing new
    assert periods == [RolePeriod("ISRGOV", date(2015, 9, 17), date(2019, 3, 1))]
    actor.role = "OPP"
    periods = role_periods(actor, date(2022, 2, 1), periods)
    actor.role = "GOV"
    periods = role_periods(actor, date(2023, 1, 5), periods)
    assert [(p.code, p.first_seen.year, p.last_seen.year) for p in periods] == [
        ("ISRGOV", 2015, 2019), ("ISROPP", 2022, 2022), ("ISRGOV", 2023, 2023)]
    assert code_on(periods, date(2022, 6, 1)) == "ISROPP"
    assert code_on(periods, date(2010, 1, 1)) is None


def test_role_periods_need_a_date():
    assert role_periods(Actor("X", "person", "ISR", "GOV"), None) == []


def test_an_earlier_observation_extends_a_period_backwards():
    periods = observe_role([RolePeriod("RUSGOV", date(2020, 1, 1), date(2021, 1, 1))], "RUSGOV", date(2019, 5, 1))
    assert periods == [RolePeriod("RUSGOV", date(2019, 5, 1), date(2021, 1, 1))]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Spanish government urged retailers to cut the price of bread.", "ESPBUS"),
        ("The Canadian prime minister asked the television networks for time to address the nation.", "CANMED"),
        ("A gunman in Ohio shot a man outside a bar late on Saturday.", "USACVL"),
        ("The police in Chicago arrested the white nationalists after the rally.", "USARAD"),
    ],
)
def test_a_kind_of_people_is_a_coded_recipient(read, text, target):
    """A sector or kind of people named by a common noun gets the country of its sentence."""
    assert [event.target.code for event in read(text).events if event.target] == [target]
