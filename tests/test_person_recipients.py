"""The recipient gate (events/recipient_gate.py) on common nouns for people: an act aimed at "its
Kurdish allies" or "transgender personnel" that no actor code covers would be stored
with no target and read as aimed at no one, so it is not stored; one whose people the story gives
a country ("French authorities arrested two men") keeps its target. Sentences from the judged
precision draws' articles and the news corpus (lang/en/data/person_nouns.txt, relation_nouns.txt)."""

from __future__ import annotations

from helpers import events_on


def test_appeal_to_uncoded_allies_is_not_stored(read) -> None:
    reading = read("Bolton said the U.S. has asked its Kurdish allies to “stand fast now” and refrain from seeking "
                   "protection from Russia or Syrian President Bashar al-Assad’s government.")
    assert events_on(reading, "asked") == []


def test_ban_on_uncoded_personnel_is_not_stored(read) -> None:
    reading = read("Recent U.S. Department of Defense (DoD) policy banned transgender personnel from serving openly in the military.")
    assert events_on(reading, "banned") == []


def test_aid_from_such_an_ally_is_not_stored(read) -> None:
    reading = read("Asked about Trump’s withholding military aid from such an ally, Taylor said, “It was illogical.")
    assert events_on(reading, "aid") == []


def test_men_given_a_country_keep_the_arrest(read) -> None:
    reading = read("Earlier this week French authorities arrested two men in Marseille who were allegedly planning an "
                   "attack in a run-up to the election.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, "arrested")] == [("173", "FRACVL")]


def test_a_man_of_a_named_country_keeps_the_arrest(read) -> None:
    reading = read("Police originally detained a Pakistani man named Naved B.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, "detained")] == [("173", "PAKCVL")]


def test_captives_exchanged_are_no_recipient(read) -> None:
    # what a material act passes on is no one it is aimed at
    reading = read("Boko Haram has offered to exchange the captive girls for jailed insurgents, while threatening "
                   "otherwise to sell them into slavery.")
    assert [e.cameo for e in events_on(reading, "exchange")] == ["060"]



def test_hostages_freed_keep_the_release(read) -> None:
    # people named by what they undergo are coded with no country, as CAMEO does: not gated
    reading = read("The rebels freed the 12 hostages on Sunday to secure a ransom.")
    assert [e.cameo[:3] for e in events_on(reading, "freed")] == ["084"]
