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


# Review mends (findings 3, 4, 7): no carry where the sentence aims the act itself, where the object
# pointed to is no act put to another or has a place of its own, or where the act is only described.

def test_a_noun_with_its_own_recipient_phrase_takes_none(read):
    reading = read("Prime Minister Boris Johnson criticized France on Monday over the fishing licences. "
                   "Mr. Johnson's criticism of his own ministers was sharper on Tuesday.")
    assert _targets(reading, "criticism") == [("111", None)]


def test_a_noun_whose_verb_aims_it_elsewhere_takes_none(read):
    reading = read("President Erdogan threatened Greece with military action on Monday. "
                   "On Wednesday, Erdogan's threats turned to the opposition parties at home.")
    assert _targets(reading, "threats") == [("130", None)]


def test_a_demonstrative_deed_elsewhere_takes_none(read):
    reading = read("Iran condemned Israel over the raid on Sunday. "
                   "Iran also condemned these bombings in Afghanistan, which killed ten people.")
    assert _targets(reading, "condemned") == [("111", "ISR"), ("111", None)]


def test_a_demonstrative_deed_that_is_no_act_put_to_another_takes_none(read):
    reading = read("Iran condemned Israel over the raid on Sunday. Iran also condemned these killings, a spokesman said.")
    assert _targets(reading, "condemned") == [("111", "ISR"), ("111", None)]


def test_a_demonstrative_act_with_a_place_of_its_own_takes_none(read):
    reading = read("Iran rejected the proposals of the United States on Sunday. "
                   "Iran also rejected these proposals in Vienna on Tuesday.")
    assert _targets(reading, "rejected") == [("120", "USA"), ("120", None)]


def test_an_act_that_has_become_a_habit_takes_none(read):
    reading = read("Prime Minister Narendra Modi threatened Pakistan with retaliation on Monday. "
                   "Mr. Modi's threats have become a feature of his campaign speeches.")
    assert _targets(reading, "threats") == [("130", None)]


def test_an_act_described_with_be_takes_none(read):
    reading = read("Prime Minister Narendra Modi threatened Pakistan with retaliation on Monday. "
                   "Mr. Modi's threats are a familiar part of his campaign speeches.")
    assert _targets(reading, "threats") == [("130", None)]


def test_a_passive_act_told_again_still_takes_the_recipient(read):
    # near miss of `described`: "were repeated" is the act told again, not described
    reading = read("Prime Minister Narendra Modi threatened Pakistan with retaliation on Monday. "
                   "Mr. Modi's threats were repeated by his ministers on Tuesday.")
    assert _targets(reading, "threats") == [("130", "PAK")]


# The review's rightly changed readings (its own texts), kept right.

def test_review_owned_threat_drawing_a_response_keeps_its_recipient(read):
    reading = read("President Trump threatened Iran with new sanctions on Monday. Mr. Trump's threats drew a sharp response from Tehran.")
    assert ("130", "IRN") in _targets(reading, "threats")


def test_review_owned_accusation_keeps_its_recipient(read):
    reading = read("Turkish President Recep Tayyip Erdogan accused the Netherlands of acting like Nazis on Sunday. "
                   "Erdogan's accusation angered officials in The Hague.")
    assert ("112", "NLD") in _targets(reading, "accusation")


def test_review_owned_sanctions_keep_their_recipient(read):
    reading = read("President Obama imposed sanctions on Russia on Monday. Obama's sanctions were welcomed by Ukraine.")
    assert _targets(reading, "sanctions")[-1][1] == "RUS"


def test_review_demonstrative_demands_keep_their_recipient(read):
    reading = read("Venezuelan President Nicolas Maduro rejected US demands for new elections on Monday. "
                   "He rejected those demands again on Friday in a televised speech.")
    assert _targets(reading, "rejected")[-1] == ("120", "USA")


# Finding 6: sentences left unparsed between the acts count in the window.

def test_sentences_left_unparsed_count_in_the_window(read):
    reading = read("President Erdogan threatened Greece with military action on Monday. The lira fell sharply. "
                   "Traders sold bonds as well. Erdogan's threats were repeated on Thursday.")
    assert _targets(reading, "threats") == [("130", None)]


def test_one_sentence_left_unparsed_keeps_the_act_in_the_window(read):
    reading = read("President Erdogan threatened Greece with military action on Monday. The lira fell sharply. "
                   "Erdogan's threats were repeated on Thursday.")
    assert _targets(reading, "threats") == [("130", "GRC")]
