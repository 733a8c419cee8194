"""A rally held by those in office or in a party (events/unreported.py, office_holders_rally): a
campaign or supporters' event, no protest (CAMEO 14 codes protest against someone). A rally held by
civilians, or one against someone, is kept; what is said or done at an office holder's rally is
kept too. Sentences from articles in ../shared/data/news-corpus (article-bias-prediction)."""

from __future__ import annotations

import pytest
from helpers import coded, codes

PROTEST_ROOT = "14"


@pytest.mark.parametrize("text", [
    "In late September 2016, Donald Trump held a rally in Melbourne, Florida, where he railed against "
    "the media and bragged about the size of the crowd.",
    "Locally, Republicans have staged a rally and used social media and email in hopes of firing up "
    "their base and swaying independents.",
])
def test_office_holders_rally_is_no_protest(read, text):
    assert not any(code.startswith(PROTEST_ROOT) for code in codes(read(text)))


def test_what_is_done_at_the_rally_is_kept(read):
    reading = read("Trump last week held a rally in Miami to denounce Maduro and socialism in an attempt to appeal "
                   "to a bloc of Venezuelan-American voters who fled to Florida amid economic turmoil in their "
                   "home country.")
    assert ("111", "USAGOV", "VENGOV") in coded(reading)
    assert not any(code.startswith(PROTEST_ROOT) for code in codes(reading))


@pytest.mark.parametrize("text, event", [
    # (a sentence set wholly in one country's city gives its people that country: round 51)
    ("Pro-Russian activists hold a rally in front of a Ukrainian Security Service office in Luhansk on April 6.",
     ("141", "UKRCVL", None)),
    ("Palestinians rally against Obama in the West Bank on Friday before his arrival.",
     ("141", "PSE", "USAGOV")),
])
def test_civilians_rally_is_kept(read, text, event):
    assert event in coded(read(text))
