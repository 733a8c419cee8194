"""Who does an event (round 33, events/sources.py), on sentences written for these tests after the
judged sources of draws 40-52: an act a verb of advocating or advising wants done by someone
unnamed is not its subject's ("advocated bombing Iran"); one lobbied or appointed to act, also as
the noun a relative clause is on ("the panel she appointed to investigate"), does the act; people
named by their relation to a body ("critics of the Kremlin") are not that body; and a participle
on a clause with a subject of its own is not the act of an actor named before that subject."""

from __future__ import annotations

from helpers import coded, events_on


def test_an_advised_penalty_is_not_the_advisers_own(read):
    reading = read("Senator Marco Rubio advised punishing Venezuela's state oil company with sanctions.")
    assert all(event.source is None or event.source.code != "USALEG" for event in reading.events), coded(reading)


def test_one_lobbied_to_act_does_the_act(read):
    found = coded(read("The White House lobbied Congress to authorize air strikes against Syria."))
    assert ("1384", "USALEG", "SYR") in found, found
    found = coded(read("The Saudi government lobbied Washington to impose sanctions on Qatar."))
    assert ("163", "USAGOV", "QAT") in found, found


def test_a_panel_appointed_to_investigate_not_its_appointer(read):
    reading = read("A commission that Prime Minister Theresa May appointed to investigate the fire will publish its findings.")
    found = [(event.cameo, event.source.code if event.source else None) for event in events_on(reading, "investigate")]
    assert all(source != "GBRGOV" for _, source in found), found


def test_critics_of_a_government_are_not_that_government(read):
    found = coded(read("Critics of the Egyptian government accused President Sisi of jailing journalists."))
    assert all(source != "EGYGOV" for code, source, _ in found if code.startswith("11")), found


def test_opponents_of_a_party_are_not_that_party(read):
    found = coded(read("Opponents of the ruling AK Party attacked its offices in Ankara."))
    assert all(source is None or not source.endswith("PTY") for _, source, _ in found), found


def test_a_participle_on_a_when_clause_is_that_clauses_subjects(read):
    found = coded(read("He was the CIA station chief in Yemen when terrorists bombed the USS Cole in 2000, killing 17 American sailors."))
    assert all(source != "USASPY" for _, source, _ in found), found
