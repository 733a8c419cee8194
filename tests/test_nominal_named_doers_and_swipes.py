"""Trigger coverage: the doer named before an event noun aimed at another ("U.S. sanctions on
Iran"), an event noun a relative clause's light verb carries ("the sanctions that Washington
imposed"), and words aimed at someone ("took a swipe at").

Sentences written for these tests (none from a gold set or a judged draw)."""

from __future__ import annotations

from helpers import coded


def test_a_country_named_before_sanctions_on_another_imposes_them(read):
    reading = read("New U.S. sanctions on Venezuela took effect on Monday, officials in Caracas said.")
    assert ("163", "USA", "VEN") in coded(reading, happened_only=True)


def test_an_alliance_named_before_airstrikes_against_a_country_strikes_it(read):
    reading = read("NATO airstrikes against Serbia resumed early on Thursday.")
    assert ("195", "IGOWSTNAT", "SRB") in coded(reading, happened_only=True)


def test_a_city_named_before_an_attack_is_where_not_who(read):
    reading = read("The Mombasa attack on the American consulate wounded three guards.")
    assert not any(source and source.startswith("KEN") for _, source, _ in coded(reading))


def test_a_name_on_the_side_of_those_hit_is_no_doer(read):
    reading = read("Iran sanctions on Iranian banks were eased last year.")
    assert not any(source == "IRN" for _, source, _ in coded(reading))


def test_taking_a_swipe_at_someone_is_criticism(read):
    reading = read("The Dutch prime minister took a swipe at Hungary's leader during the summit in Brussels.")
    assert ("111", "NLDGOV", "HUNGOV") in coded(reading, happened_only=True)


def test_taking_a_jab_at_a_party_is_criticism(read):
    reading = read("Senator Elizabeth Warren took a jab at Republicans on Tuesday.")
    assert any(code == "111" and target == "USAPTY" for code, _, target in coded(reading, happened_only=True))


def test_sanctions_a_relative_clause_says_were_imposed_are_sanctions_not_coercion(read):
    reading = read("New sanctions that Washington imposed on Tehran on Monday froze the assets of its central bank.")
    events = coded(reading, happened_only=True)
    assert any(code == "163" and source.startswith("USA") and target.startswith("IRN") for code, source, target in events)
    assert not any(code == "170" for code, _, _ in events)  # the bare "impose" (coerce) is no second event


def test_a_relative_clause_doing_something_to_another_is_no_light_verb(read):
    reading = read("The visit that angered Beijing took place in May.")
    assert not any(source == "CHN" for _, source, _ in coded(reading))
