"""Recipients read on paths the coder missed (issue 12, round 40): goods counted by an amount "in"
them ("$300 billion in Chinese imports") or named as made by a country ("Japanese-made goods") bear
on the country that makes them; and a thing an infinitive passes on goes to whoever is named after
"to" on the thing itself ("refused to turn over the files to the committee"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word, maker", [
    ("Washington slapped duties on $300 billion in Chinese imports last year.", "slapped", "CHN"),
    ("The European Commission imposed duties on $2 billion in Indian steel.", "imposed", "IND"),
    ("Ottawa slapped tariffs on $16 billion of American-made products in July.", "slapped", "USA"),
])
def test_goods_counted_by_an_amount_bear_on_their_maker(read_every, text, word, maker):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == maker for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, receiver", [
    ("The company refused to turn over emails to the Justice Department.", "refused", "USAGOV"),
    ("Athens declined to hand over records to Turkey on Friday.", "declined", "TUR"),
])
def test_a_thing_passed_on_goes_to_whom_the_thing_is_sent(read_every, text, word, receiver):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == receiver for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, maker", [
    ("President Trump threatened to impose tariffs on goods imported from Mexico.", "threatened", "MEX"),
    ("Canada imposed duties on steel made in China.", "imposed", "CHN"),
])
def test_goods_a_participle_says_come_from_a_country_bear_on_it(read_every, text, word, maker):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == maker for e in found), [(e.cameo, e.target) for e in found]


def test_goods_sold_in_a_country_are_not_made_there(read_every):
    # "in" after a participle of selling names a market, not the goods' maker
    found = events_on(read_every("China imposed tariffs on cars sold in Japan."), "imposed")
    assert found
    assert all(e.target is None or e.target.code != "JPN" for e in found), [(e.cameo, e.target) for e in found]
