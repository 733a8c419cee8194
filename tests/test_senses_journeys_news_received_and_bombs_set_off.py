"""Word senses (round 46): journeys that are no visit, news received that is no guest, and force
done by a bomb set off. A verb of journey ("fly", "head") whose doer is a force or a machine
(bombers, warplanes, a convoy), or that carries someone out, moves forces or freight: no visit
(042). Letters, answers or intelligence received (the object, or the noun a relative clause of
"received" hangs on) are news, no visit hosted (043). A participle of force hung on a
clause that sets off a suicide, car or roadside bomb ("detonated his suicide vest, killing eleven")
is CAMEO's non-military bombing of that kind (1831-1833), not military force (190). Sentences
written for these tests."""

from __future__ import annotations

from helpers import coded, codes

VISIT = "042"
HOST_VISIT = "043"


def test_bombers_flying_to_a_country_make_no_visit(read):
    reading = read("Two Russian Air Force bombers flew to Venezuela on Monday.")
    assert VISIT not in codes(reading)


def test_warplanes_flying_to_an_island_make_no_visit(read):
    reading = read("Six Chinese warplanes flew to Taiwan on Tuesday.")
    assert VISIT not in codes(reading)


def test_an_army_convoy_heading_abroad_makes_no_visit(read):
    reading = read("A U.S. Army convoy headed to Poland for the exercise.")
    assert VISIT not in codes(reading)


def test_an_air_force_flying_diplomats_out_makes_no_visit(read):
    reading = read("The Royal Air Force flew British diplomats out of Khartoum on Sunday.")
    assert VISIT not in codes(reading)


def test_a_leader_flying_abroad_still_visits(read):
    reading = read("The German chancellor flew to Washington on Monday for talks with the president.")
    assert ("042", "DEUGOV", "USA") in coded(reading)


def test_intelligence_received_hosts_no_visit(read):
    reading = read("Iraq has received intelligence from Iran about the attack.")
    assert HOST_VISIT not in codes(reading)


def test_letters_a_leader_received_host_no_visit(read):
    reading = read("The Egyptian president published the letters he received from Netanyahu.")
    assert HOST_VISIT not in codes(reading)


def test_answers_a_senator_received_host_no_visit(read):
    reading = read("Senator McCain said he was troubled by the answers he received from Susan Rice.")
    assert HOST_VISIT not in codes(reading)


def test_a_queen_receiving_a_president_still_hosts(read):
    reading = read("The queen received President George W. Bush in 2008.")
    assert HOST_VISIT in codes(reading)


def test_killing_by_a_suicide_vest_set_off_is_a_suicide_bombing(read):
    reading = read("A Hamas fighter detonated his suicide vest near the checkpoint, killing eleven people.")
    assert [(e.trigger, e.cameo) for e in reading.events] == [("killing", "1831")]


def test_killing_by_jets_dropping_bombs_is_no_bombing_of_a_kind(read):
    reading = read("Israeli jets dropped bombs on the camp, killing twelve.")
    assert not any(c.startswith("183") for c in codes(reading))
