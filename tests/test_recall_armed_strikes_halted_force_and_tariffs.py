"""Triggers (round 35, recall): a strike aimed at a place, a people, a named group or an armed
target ("strikes on Mosul", "a strike against rebel bases"), or one a state makes ("Turkey
suspended its strikes"), is force, not a labour strike; force halted by the side using it
("halted its airstrikes", "ended its bombardment of X") is de-escalation (087), neither force nor
a labour strike called off (082); an event noun compounded before a noun that only holds it
("mediation efforts", "a bombing campaign") is that event, with the parties of a mediation after
"between" its targets; tariffs raised are sanctions (163), and the demonym of a commodity ("tariffs
on Mexican steel") says whom they bear on. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_a_strike_aimed_at_a_place_is_force(read):
    reading = read("Turkish jets carried out strikes on Kurdish militant positions near Dohuk on Sunday.")
    assert [e.cameo for e in events_on(reading, "strikes")] == ["190"]
    reading = read("Russia resumed its strikes on Idlib province.")
    assert [(e.cameo, e.source.code if e.source else None) for e in events_on(reading, "strikes")] == [("190", "RUS")]
    # a strike "on" a day, or made by workers, stays a labour strike
    reading = read("Transport workers in Lyon began a strike on Monday.")
    assert [e.cameo for e in events_on(reading, "strike")] == ["143"]
    reading = read("Nurses at the Ottawa hospital halted their strike on Friday.")
    assert "087" not in [e.cameo for e in reading.events]


def test_force_halted_by_its_user_is_de_escalation(read):
    reading = read("Russia halted its airstrikes on Syria after the talks in Geneva.")
    assert ("087", "RUS", "SYR") in coded(reading)
    assert not any(code.startswith("19") for code, _, _ in coded(reading))
    reading = read("Jordan suspended its strikes on Syria on Wednesday.")
    assert ("087", "JOR", "SYR") in coded(reading)
    assert not any(code == "082" for code, _, _ in coded(reading))
    reading = read("The army ended its bombardment of the rebel-held town.")
    assert [e.cameo for e in events_on(reading, "ended")] == ["087"]
    # "stop" halts only the subject's own force: police who stopped an attack foiled another's
    reading = read("Police stopped an attack on the embassy in Nairobi.")
    assert "087" not in [e.cameo for e in reading.events]


def test_mediation_efforts_are_a_mediation_between_their_parties(read):
    reading = read("Egypt stepped up its mediation efforts between Ethiopia and Sudan.")
    assert sorted(coded(reading)) == [("045", "EGY", "ETH"), ("045", "EGY", "SDN")]
    reading = read("Kuwait's mediation between Oman and Yemen resumed on Monday.")
    assert ("045", "KWT", "OMN") in coded(reading)


def test_mediation_efforts_suspended_halt_the_mediation(read):
    reading = read("Algeria suspended its mediation efforts between Mali and Niger.")
    assert ("165", "DZA", "MLI") in coded(reading)


def test_a_campaign_of_bombing_halted_is_de_escalation(read):
    reading = read("Saudi Arabia halted its bombing campaign in Yemen on Thursday.")
    assert [e.cameo for e in events_on(reading, "halted")] == ["087"]


def test_tariffs_raised_are_sanctions_on_the_goods_maker(read):
    reading = read("Ottawa hiked tariffs on American cars on Monday.")
    assert coded(reading) == [("163", "CANGOV", "USA")]
    reading = read("Washington vowed to raise tariffs on Brazilian steel.")
    assert any(target == "BRA" for _, _, target in coded(reading))
