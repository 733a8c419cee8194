"""Actors the coder left without a code: a named person whose country only the noun beside the name
gives ("Kenji Sato, a Japanese swimmer"), and a surname the recogniser took for a body before the
story named the person in full ("Hicks" before "Hope Hicks"). Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_a_demonym_in_the_noun_beside_a_name_gives_the_person_country(read):
    reading = read("The prime minister invited Kenji Sato, a Japanese swimmer who won two medals, to the dinner.")
    assert actor_of(reading, "Kenji Sato").country == "JPN"


def test_the_owner_of_the_noun_beside_a_name_gives_the_person_country(read):
    reading = read("Prosecutors charged Chancellor Angela Merkel's former campaign chairman, Dieter Vogel, on Friday.")
    assert actor_of(reading, "Dieter Vogel").country == "DEU"


def test_one_of_a_leaders_aides_is_of_the_leaders_country(read):
    reading = read("Marta Lindqvist, one of Swedish Prime Minister Stefan Lofven's closest aides, resigned on Monday.")
    assert actor_of(reading, "Marta Lindqvist").country == "SWE"


def test_where_a_person_was_born_or_is_based_is_not_their_country(read):
    reading = read("Police questioned Oleg Sorokin, a Russian-born American banker, about the payments.")
    assert actor_of(reading, "Oleg Sorokin").country == "USA"
    reading = read("The court heard Farid Karimi, a London-based writer, on Tuesday.")
    assert actor_of(reading, "Farid Karimi").country is None


def test_a_noun_beside_a_name_that_names_no_country_gives_none(read):
    reading = read("The organisers invited Tom Barnes, once the best cyclist in the world, to the race.")
    assert actor_of(reading, "Tom Barnes").country is None


def test_a_clause_hung_on_the_noun_gives_no_country(read):
    reading = read("Officers detained Lena Novak, a writer whose novels praise American farmers, at the airport.")
    assert actor_of(reading, "Lena Novak").country is None


def test_a_surname_tagged_as_a_body_is_the_person_named_in_full_later(read):
    text = ("The White House announced Hicks, 29, was leaving after she spent nine hours before a committee.\n\n"
            "Aides said Hope Hicks had told colleagues of her plans weeks ago.")
    reading = read(text)
    hicks = actor_of(reading, "Hicks")
    assert hicks.kind == "person"
    assert actor_of(reading, "she") is hicks


def test_a_one_word_body_with_no_full_name_of_its_own_stays_a_body(read):
    reading = read("Gazprom said on Monday it would cut supplies, a spokesman for Gazprom told reporters.")
    assert actor_of(reading, "Gazprom").kind != "person"


def test_a_demonym_is_not_the_outlet_of_the_same_word(read):
    reading = read("An Australian engineer inspected the dam on Sunday and declared it safe.")
    assert all(mention.actor.kind != "outlet" for mention in reading.mentions)
    reading = read("The Australian reported on Sunday that the dam was safe.")
    assert actor_of(reading, "The Australian").kind == "outlet"


def test_a_country_of_a_reported_clause_is_not_the_speaking_role_nouns(read):
    text = ("Thai officials said on Friday the rescue in Thailand would start soon. Thailand's navy "
            "sent more divers.\n\n"
            "An Australian engineer inspected the pumps on Sunday and declared them safe, authorities said.")
    reading = read(text)
    assert actor_of(reading, "authorities").country == "THA"


def test_a_country_of_the_role_nouns_own_clause_still_counts(read):
    reading = read("Iranian diplomats and officials met in Geneva on Monday.")
    assert actor_of(reading, "officials").country == "IRN"


def test_a_thai_official_is_called_by_his_given_name(read):
    text = ("Somchai Wongsawat, a Thai minister, said the divers were ready.\n\n"
            "Somchai said on Monday the rescue would start at ten.")
    reading = read(text)
    assert actor_of(reading, "Somchai").country == "THA"


def test_an_american_called_by_a_given_name_is_no_one_named_before(read):
    text = ("Richard Walker, a US senator, said the divers were ready.\n\n"
            "Richard said on Monday the rescue would start at ten.")
    reading = read(text)
    assert actor_of(reading, "Richard").country is None


def test_a_country_of_the_main_clause_is_still_a_subordinate_role_nouns(read):
    reading = read("The Pentagon confirmed the deployment as the administration announced new sanctions against Syrian generals.")
    assert actor_of(reading, "the administration").country == "USA"
