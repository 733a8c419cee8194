"""A possessive that opens a noun phrase is the whole phrase's, though the parse may hang it on the
phrase's first modifier: "sanctions on Iran’s shipping, financial and energy sectors" are aimed at
Iran. Sentences from real articles."""

from __future__ import annotations

from helpers import coded


def test_sanctions_on_a_countrys_listed_sectors_are_aimed_at_it(read):
    reading = read("On the earlier conference call, Secretary of State Mike Pompeo and Treasury Secretary Steven "
                   "Mnuchin announced the sanctions on Iran’s shipping, financial and energy sectors.")
    assert ("163", "USAGOV", "IRN") in coded(reading)
    assert ("163", "USAGOV", None) not in coded(reading)


# A possessive the parse hangs on the thing as a modifier ("May" an nmod with its "’s") is still
# whose the thing is: the one rejected or countered is its owner.

def test_rejecting_a_leaders_deal_parsed_with_the_owner_as_modifier_rejects_the_leader(read):
    reading = read("Prime Minister Theresa May lost the vote. Labour has its own splits on Europe, but it has "
                   "collectively rejected May’s deal, saying it breaks its promises.")
    assert ("127", "GBRPTY", "GBRGOV") in coded(reading)
    assert ("127", "GBRPTY", None) not in coded(reading)


def test_countering_a_presidents_suggestion_parsed_with_the_owner_as_modifier_counters_him(read):
    reading = read("Dan Coats, the intelligence director, issued a statement countering Trump’s suggestion that "
                   "Moscow was harmless.")
    assert ("110", "USASPY", "USAGOV") in coded(reading)
