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
