"""Aid held back (round 27, senses and nominal): withholding, suspending or freezing aid of a told
kind is CAMEO's 162x (1621 economic, 1622 military, 1623 humanitarian), and aid named as withheld
("Trump's withholding military aid") is no aid given (07x). Sentences from news-corpus articles
and a judged draw's article (seed 40)."""

from __future__ import annotations

from helpers import codes, events_on


def test_military_aid_withheld_is_military_aid_stopped(read):
    reading = read("Democrats allege President Trump withheld military aid from Ukraine to pressure the country to "
                   "investigate corruption allegations against Joe and Hunter Biden.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, "withheld")] == [("1622", "UKR")]


def test_aid_named_as_withheld_is_no_aid_given(read):
    reading = read("Asked about Trump’s withholding military aid from such an ally, Taylor said, “It was illogical.")
    assert not [c for c in codes(reading) if c.startswith("07")]
    # coded 1622 if at all: the recipient gate leaves it out, aimed at "such an ally" with no code
    assert all(e.cameo == "1622" for e in events_on(reading, "aid"))


def test_aid_given_stays_aid(read):
    reading = read("Japan's humanitarian aid to Syria arrived on Monday.")
    assert [c for c in codes(reading) if c.startswith("07")]
