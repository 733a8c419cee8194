"""Triggers read right (round 36, recall): a strike "against" an armed group the organisations
table knows is force (190), not a labour strike; a strike, protest or boycott halted by its own
makers eases dissent (082), no sanction (160); a halted operation or campaign that a modifier says
is armed is de-escalation (087), an election campaign suspended is none; a source that tells the
press of another side's strike reports it, no accusation (112); and "called for X and Y to talk" asks each of them (026), also where the parser
hangs the names on "for". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

SPRING_2024 = date(2024, 4, 9)


def _events(reading) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.trigger, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in reading.events]


def test_strikes_against_an_armed_group_are_force(read):
    events = _events(read("France launched strikes against al-Shabaab near the coast.", published=SPRING_2024))
    assert [e[1:4] for e in events] == [("190", "FRA", "SOMREB")]
    # against an employer a strike stays the workers' own
    events = _events(read("The workers went on strike against the airline.", published=SPRING_2024))
    assert [e[1] for e in events] == ["143"]


def test_a_union_suspending_its_strike_eases_dissent(read):
    events = _events(read("The dock workers' union suspended their strike on Friday after talks with the port authority.",
                          published=SPRING_2024))
    assert [e[1] for e in events] == ["082"]
    events = _events(read("The farmers suspended their protest after the minister agreed to meet them.",
                          published=SPRING_2024))
    assert ("suspended", "082", "AGR", None, "happened") in events
    assert not [e for e in events if e[1].startswith(("14", "16"))]  # no protest made, no sanction


def test_an_armed_campaign_halted_is_de_escalation(read):
    events = _events(read("Russia suspended its air campaign in Syria.", published=SPRING_2024))
    assert [e[1:3] for e in events] == [("087", "RUS")]
    # a candidate's campaign suspended is no force given up
    events = _events(read("Senator Warren suspended her presidential campaign on Thursday.", published=SPRING_2024))
    assert not [e for e in events if e[1] == "087"]


def test_telling_the_press_of_a_strike_is_no_accusation(read):
    events = _events(read("A senior Kenyan police official told Reuters that a US drone hit a militant camp.",
                          published=SPRING_2024))
    assert not [e for e in events if e[1].startswith("112")]
    assert [e[1:3] + (e[4],) for e in events] == [("195", "USA", "happened")]
    # said by another side's minister, not to the press, it stays an accusation
    events = _events(read("The Iraqi foreign minister said Turkish jets bombed a village in the north.",
                          published=SPRING_2024))
    assert ("said", "112", "IRQGOV", "TUR", "happened") in events


def test_called_for_two_parties_to_talk_asks_each(read):
    # the names as the clause's subject ("for" its mark): each one is asked
    events = _events(read("The United Nations called for Russia and Ukraine to resume talks.", published=SPRING_2024))
    assert {e[1:4] for e in events} == {("026", "IGOUNO", "RUS"), ("026", "IGOUNO", "UKR")}
    # the names parsed as the object of "for", the infinitive hung on the verb: the same appeal
    events = _events(read("The pope called for India and Pakistan to hold talks.", published=SPRING_2024))
    assert {e[1:4] for e in events} == {("026", "REL", "IND"), ("026", "REL", "PAK")}
    # no one named after "for": no one asked
    events = _events(read("The president called for calm to avoid bloodshed.", published=SPRING_2024))
    assert not [e for e in events if e[3] is not None]
