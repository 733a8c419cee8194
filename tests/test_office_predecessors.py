"""One named only as the predecessor (or successor) of a coded official is of that official's
country and office: "Trump blamed his predecessors" is aimed at former US leaders (USAELI, a
former holder being an elite as CAMEO codes former officials), not left without a target, and
"his predecessor" is someone else than the subject who owns it (lang/en/data/office_succession_nouns.txt).
Sentences from real articles."""

from __future__ import annotations

from helpers import coded, events_on


def test_predecessors_blamed_are_former_holders_of_the_office(read):
    reading = read("After China proposed its tariffs, Trump blamed his “foolish, or incompetent,” predecessors "
                   "for allowing the U.S.’s trade deficit to expand.")
    assert ("111", "USAGOV", "USAELI") in coded(reading)
    assert all(event.target is not None for event in events_on(reading, "blamed"))


def test_the_predecessor_in_a_criticism_noun_is_its_owners(read):
    reading = read("Past troubles inform current quandary - Given not only Obama’s massive criticism of his "
                   "predecessor for not allowing weapons inspectors and the U.N. process more time to work against "
                   "Saddam Hussein’s Iraqi regime, but also the unhappy outcome of the NATO intervention in Libya, "
                   "the president has been cautious.")
    assert ("111", "USAGOV", "USAELI") in coded(reading)
    assert ("111", "USAGOV", None) not in coded(reading)
