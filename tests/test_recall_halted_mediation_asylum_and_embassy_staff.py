"""Round 33, recall of triggers (recall33): events whose act the coder read under another code or
not at all. Mediation halted is CAMEO's halt mediation (165) as halted talks are its halt
negotiations (164); refuge or asylum sought is a demand for humanitarian aid (1033, the codebook's
reading); an embassy's staff withdrawn is expel or withdraw (166), no military de-escalation (087);
a readiness a speaker says another must show ("said Turkey must be ready to mediate") is the
speaker's demand of that party, not the party's own intent. Sentences written for these tests."""

from __future__ import annotations

from helpers import codes, events_on


def test_mediation_ended_or_suspended_halts_mediation(read):
    # each party after "between" is a target of its own (round 35): one 165 for each
    ended = [(e.cameo, e.target.code if e.target else None)
             for e in events_on(read("Egypt ended its mediation between Israel and Hamas on Sunday."), "ended")]
    assert ended and all(code == "165" for code, _ in ended) and ("165", "ISR") in ended
    reading = read("Qatar suspended its mediation between the rival Palestinian factions on Tuesday.")
    assert [(e.cameo, e.source.code) for e in events_on(reading, "suspended")] == [("165", "QAT")]


def test_talks_ended_halt_negotiations(read):
    reading = read("Turkey ended talks with the European Union on Monday.")
    assert [e.cameo for e in events_on(reading, "ended")] == ["164"]
    # an era ended is still no tie cut
    assert not [c for c in codes(read("The Labour government ended nine years of Conservative rule.")) if c.startswith("16")]


def test_asylum_sought_is_a_demand_for_humanitarian_aid(read):
    reading = read("Thousands of Syrians sought asylum in Turkey last year.")
    assert [e.cameo for e in events_on(reading, "sought")] == ["1033"]
    assert "020" not in codes(reading)


def test_embassy_staff_withdrawn_is_expel_or_withdraw(read):
    reading = read("Britain pulled out its embassy staff from Yemen on Friday.")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events_on(reading, "pulled")] == [("166", "GBR", "YEM")]
    assert "087" not in codes(read("The United States evacuated its embassy staff from Khartoum."))


def test_readiness_another_must_show_is_the_speakers_demand(read):
    reading = read("Germany said Turkey must now be ready to mediate between Armenia and Azerbaijan.")
    demands = [(e.cameo, e.source.code, e.target.code if e.target else None) for e in reading.events if e.cameo.startswith("10")]
    assert demands == [("108", "DEU", "TUR")]
    assert not [e for e in reading.events if e.cameo.startswith("03")]
