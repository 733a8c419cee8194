"""Round 35, doers named by someone else's name: a group "backed" by a body ("Kremlin-backed
separatists") is the group, not its backer; a role phrase with a person's name before its head
("the Macron government official") is someone in that person's service, never the person; and a
"he" after a subject that names one person by no name ("the attacker", "a man") goes on with that
person, not with someone named earlier. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on, pronoun_actor


def test_separatists_backed_by_a_body_are_not_that_body(read):
    reading = read("Kremlin-backed separatists shelled the port city of Mariupol on Sunday.")
    shelled = events_on(reading, "shelled")
    assert shelled, coded(reading)
    for event in shelled:
        assert event.source is not None and "separatists" in event.source.name, coded(reading)
        assert event.source.code is not None and not event.source.code.endswith("GOV"), coded(reading)


def test_rebels_backed_by_an_alliance_are_not_the_alliance(read):
    reading = read("The former dictator was captured and killed by NATO-backed rebels near his home town in 2011.")
    killed = events_on(reading, "killed")
    assert killed, coded(reading)
    assert all(e.source is not None and e.source.code is not None and "NAT" not in e.source.code for e in killed), coded(reading)
    assert all("rebels" in e.source.name for e in killed if e.source is not None), coded(reading)


def test_an_official_named_by_a_leaders_government_is_not_the_leader(read):
    reading = read("The Macron government official who drafted the pension law resigned on Friday.")
    resigned = events_on(reading, "resigned")
    assert resigned, coded(reading)
    for event in resigned:
        assert event.source is not None and event.source.name != "Macron", coded(reading)
        assert event.source.code == "FRAGOV", coded(reading)


def test_an_administration_official_met_after_the_president_is_not_the_president(read):
    reading = read("President Obama spoke to reporters on Monday. "
                   "The Obama administration official later met Chinese diplomats in Beijing.")
    met = events_on(reading, "met")
    assert met, coded(reading)
    assert all(e.source is not None and e.source.name != "Obama" and e.source.code == "USAGOV" for e in met), coded(reading)


def test_he_after_an_unnamed_attacker_is_not_an_official_named_before(read_all):
    reading = read_all("Police chief Daniel Lopez thanked the officers who had closed the bridge.\n\n"
                       "The attacker had served a prison sentence for robbery. "
                       "The newspaper said he had threatened to bomb a courthouse.")
    he = pronoun_actor(reading, "he")
    assert he is None or "Lopez" not in he.name, he
    assert all(e.source is None or "Lopez" not in e.source.name for e in events_on(reading, "threatened")), coded(reading)


def test_he_after_a_man_arrested_is_not_a_senator_named_before(read_all):
    reading = read_all("Senator Mark Kline met farmers in Ohio on Monday.\n\n"
                       "A man was arrested outside the hall on Tuesday. Police said he attacked two guards.")
    he = pronoun_actor(reading, "he")
    assert he is None or "Kline" not in he.name, he
    assert all(e.source is None or "Kline" not in e.source.name for e in events_on(reading, "attacked")), coded(reading)
