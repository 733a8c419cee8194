"""Who does an act (issue 12, round 44), on sentences written for these tests: a contact one gets
("got a call from X", "got a warm welcome from X") is X's act, done to the subject; one who
receives a person ("received an envoy from X") hosts that person, and stays the doer. A body's
member renamed by name ("the panel's senior Republican, Rep. X") is the doer, not the body."""

from __future__ import annotations

from helpers import coded, events_on


def test_a_call_got_from_someone_is_that_ones_call(read):
    found = coded(read("Greek Prime Minister Kyriakos Mitsotakis got a call from French President Emmanuel Macron on Sunday."))
    calls = [(source, target) for code, source, target in found if code.startswith("04")]
    assert calls == [("FRAGOV", "GRCGOV")], found


def test_a_welcome_received_from_a_host_is_the_hosts_act(read):
    found = coded(read("Indian Prime Minister Narendra Modi got a warm welcome from Japanese Prime Minister Fumio Kishida."))
    welcomes = [(source, target) for code, source, target in found if code.startswith("04")]
    assert welcomes == [("JPNGOV", "INDGOV")], found


def test_one_who_receives_an_envoy_hosts_the_envoy(read):
    found = coded(read("Egyptian President Abdel Fattah el-Sisi received an envoy from Qatar in Cairo on Monday."))
    hosted = [(source, target) for code, source, target in found if code.startswith("04")]
    assert hosted and all(source == "EGYGOV" for source, _ in hosted), found


def test_a_welcome_from_no_one_named_makes_the_guest_no_host(read):
    found = coded(read("Indian Prime Minister Narendra Modi got a warm welcome in Tokyo on Friday."))
    assert not any(code.startswith("04") and source == "INDGOV" for code, source, _ in found), found



def test_a_body_s_member_renamed_by_name_is_the_doer_not_the_body(read):
    reading = read("The panel's senior Republican, Rep. Jim Jordan of Ohio, accused Attorney General Merrick Garland of stonewalling the inquiry.")
    accusers = [event.source.name for event in events_on(reading, "accused") if event.source]
    assert accusers == ["Jim Jordan"], coded(reading)


def test_a_body_s_member_with_no_role_leaves_the_body_the_doer(read):
    reading = read("A Human Rights Watch researcher, Maria Lopez, criticized the Egyptian government.")
    critics = [event.source.code for event in events_on(reading, "criticized") if event.source]
    assert critics and all(code.startswith("NGO") for code in critics), coded(reading)
