"""An event whose recipient the sentence names but the coder cannot code is not
stored (a record with no target for an act aimed at someone named is wrong; missing beats wrong).
Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_named_uncoded_object_drops_the_event(read) -> None:
    # a firm the coder has no actor code for: "criticized" with no target would be a wrong record
    reading = read("Senator Marco Rubio sharply criticized Zelnick Holdings on Wednesday.")
    assert events_on(reading, "criticized") == []


def test_named_uncoded_person_object_drops_the_event(read) -> None:
    reading = read("The Israeli army arrested Mahmoud Zayed near Hebron on Tuesday.")
    assert events_on(reading, "arrested") == []


def test_coded_recipient_keeps_the_event(read) -> None:
    reading = read("Russian President Vladimir Putin met Alexander Lukashenko in Sochi on Friday.")
    assert ("040", "RUSGOV", "BLRGOV") in coded(reading)


def test_unnamed_object_keeps_the_event_without_target(read) -> None:
    # a common noun in the slot is no named recipient: the event stays, with no target
    reading = read("Police in Lagos arrested dozens of people after the march on Saturday.")
    assert [e.cameo[:2] for e in events_on(reading, "arrested")] == ["17"]


def test_place_after_in_is_no_recipient(read) -> None:
    # "in Bamako" is where, not whom: not the recipient slot
    reading = read("French troops killed ten militants in Bamako on Sunday, the army said.")
    assert events_on(reading, "killed")


def test_unresolved_pronoun_object_drops_the_event(read) -> None:
    # "him" names someone the coder cannot resolve here: an arrest aimed at no one would be wrong
    reading = read("Prosecutors in Ankara charged him with espionage on Friday.")
    assert events_on(reading, "charged") == []


def test_named_owner_of_the_object_drops_the_event(read) -> None:
    # Mwangi owns the rejected offer but has no actor code: with no target the rejection is not stored
    reading = read("The Kenyan government on Tuesday rejected Jomo Mwangi's peace offer.")
    assert events_on(reading, "rejected") == []


def test_own_sanctions_restated_are_no_owner(read) -> None:
    # "imposed new sanctions on Russia": the target is Russia, the event stays
    reading = read("The European Union imposed new sanctions on Russia on Monday.")
    assert ("163", "IGOEUREEC", "RUS") in coded(reading)


def test_city_naming_the_object_is_no_owner(read) -> None:
    # "the Kyoto emissions pact": a city in the thing's name, not whose it is
    reading = read("Canada's government withdrew from the Kyoto emissions pact in 2011.")
    assert [e.cameo for e in events_on(reading, "withdrew")] == ["160"]


def test_an_uncoded_named_body_drops_the_criticism(read) -> None:
    # "the Treasury" gets no actor code here: a criticism stored with no target would be wrong
    reading = read("The chairwoman of the Senate Banking Committee criticized the Treasury on Thursday.")
    assert events_on(reading, "criticized") == []
