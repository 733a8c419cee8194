"""Round 59 (context59): a recipient named only in the sentence before, for an act that points back.

An act told as one already known, a noun its own doer owns ("Wang's appeal", "Mr. Trump's threats")
or a verb over a demonstrative object ("rejected those demands"), takes the recipient that the
same source's act of the same CAMEO root named within the last two sentences
(`events.lookback`). The target stays null with two recipients named there, with another doer,
with no word pointing back, and for a recipient of the source's own country.

Every sentence here was written for these tests."""

from helpers import events_on


def _targets(reading, word):
    return [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, word)]


def test_a_noun_its_doer_owns_takes_the_recipient_named_before(read):
    reading = read("Chinese Foreign Minister Wang Yi urged Japan on Tuesday to halt its patrols near the disputed islands. "
                   "Wang's appeal came a day after two Japanese ships entered the area.")
    assert _targets(reading, "appeal") == [("020", "JPN")]


def test_an_owned_threat_takes_the_country_threatened_before(read):
    reading = read("President Trump threatened China with new tariffs on Monday. Mr. Trump's threats rattled markets in Asia.")
    assert _targets(reading, "threats") == [("130", "CHN")]


def test_a_demonstrative_object_takes_the_recipient_named_before(read):
    reading = read("Venezuelan President Nicolas Maduro rejected the demands of the United States on Monday. "
                   "In a televised address, Maduro again rejected those demands on Friday.")
    assert _targets(reading, "rejected") == [("120", "USA"), ("120", "USA")]


def test_two_recipients_named_before_leave_none(read):
    reading = read("President Trump threatened China with new tariffs on Monday and threatened Mexico with border closures "
                   "on Tuesday. Mr. Trump's threats rattled markets in Asia.")
    assert _targets(reading, "threats") == [("130", None)]


def test_another_doer_takes_no_recipient(read):
    reading = read("Secretary of State Mike Pompeo criticized China on Monday over its treatment of Uighurs. "
                   "Merkel's criticism came a day later.")
    assert _targets(reading, "criticism") == [("111", None)]


def test_another_doer_over_a_demonstrative_takes_none(read):
    reading = read("Venezuela rejected the demands of the United States on Monday. "
                   "President Nicolas Maduro has rejected those demands since January.")
    assert [t for t in _targets(reading, "rejected") if t[1] is None] == [("120", None)]


def test_an_act_that_does_not_point_back_takes_none(read):
    reading = read("Venezuelan President Nicolas Maduro rejected the demands of the United States on Monday. "
                   "In a televised address, Maduro rejected new calls for elections on Friday.")
    assert _targets(reading, "rejected") == [("120", "USA"), ("120", None)]


def test_a_recipient_at_home_is_not_carried_on(read):
    reading = read("Senator Chuck Schumer urged President Trump on Friday to block the merger of the two steel firms. "
                   "Schumer's request comes as lawmakers weigh new rules.")
    assert _targets(reading, "request") == [("020", None)]
