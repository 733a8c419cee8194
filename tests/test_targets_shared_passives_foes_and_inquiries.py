"""Targets judges found left null or wrong in stored events (bench/data/precision_sample_seed*.jsonl),
on sentences written for these tests: the one a passive verb joined to another passive undergoes
("who was shot and killed by police"); the common foe of allies ("cooperate against Islamic
State") and the victim of an attack that is funded ("finances rocket attacks on Israel"), neither
of them the partner or the recipient of the aid; whose act an inquiry looks into ("an inquiry into
payments by the Qatari government"), and not the partner one investigates with ("investigating
the bombing with help from the FBI")."""

from __future__ import annotations

from helpers import coded


def test_a_participle_joined_to_a_passive_relative_acts_on_the_clauses_noun(read):
    found = coded(read("The Afghan soldier, who was shot and wounded by Taliban gunmen on Sunday, died in hospital."))
    assert any(code.startswith(("18", "19")) and target == "AFGMIL" for code, _, target in found), found


def test_a_participle_joined_to_a_passive_shares_its_subject(read):
    found = coded(read("The Kenyan opposition leader was arrested and charged by police on Monday."))
    assert any(code.startswith("11") and source == "KENCOP" and target == "KENOPP" for code, source, target in found), found


def test_an_uncoded_name_undergoing_a_joined_passive_is_not_left_out(read):
    # the named one has no actor code: a record with no target would read as aimed at no one
    found = coded(read("Dozens were wounded by Karim Haddad, who was shot and killed by French police."))
    assert all(not (code.startswith("19") and target is None) for code, _, target in found), found


def test_whom_allies_act_against_is_not_their_partner(read):
    found = coded(read("Kenya and Ethiopia agreed on Tuesday to cooperate against the Shabaab militants."))
    cooperation = [(source, target) for code, source, target in found if code.startswith(("05", "06"))]
    assert ("KEN", "ETH") in cooperation, found
    assert all(target != "SOMREB" for _, target in cooperation), found


def test_the_victim_of_attacks_one_funds_is_not_the_aids_recipient(read):
    found = coded(read("Kuwait finances rocket attacks on Israel, an Israeli minister said on Sunday."))
    aid = [target for code, _, target in found if code.startswith("07")]
    assert aid and all(target != "ISR" for target in aid), found


def test_whom_aid_is_sent_to_stays_beside_the_fight_it_is_for(read):
    found = coded(read("Jordan sent rifles to Syrian rebels for their fight against Islamic State."))
    assert any(code.startswith("07") and target == "SYRREB" for code, _, target in found), found


def test_whose_act_an_inquiry_looks_into_is_investigated(read):
    found = coded(read("Prosecutors in Zurich opened an inquiry into secret payments by the Qatari government."))
    assert any(code.startswith("09") and target == "QATGOV" for code, _, target in found), found


def test_whose_act_a_demanded_probe_looks_into_is_its_target(read):
    found = coded(read("Kenyan lawmakers demanded a probe into the use of force by police in Nairobi."))
    assert any(code.startswith("10") and target == "KENCOP" for code, _, target in found), found


def test_a_complaint_looked_into_names_whom_it_is_against_before_whose_it_is(read):
    found = coded(read("The Kenyan ombudsman looked into complaints by Kenyan farmers against the Agriculture Ministry."))
    investigations = [target for code, _, target in found if code.startswith("09")]
    assert investigations and all(target != "KENCVL" for target in investigations), found


def test_whom_one_investigates_with_is_not_investigated(read):
    found = coded(read("Ugandan police are investigating the explosion with help from Interpol."))
    investigations = [target for code, _, target in found if code.startswith("09")]
    assert investigations and all(target is None or not target.startswith("IGO") for target in investigations), found


def test_a_partner_in_conducting_an_inquiry_is_not_its_target(read):
    found = coded(read("Ugandan police are conducting the investigation with Interpol."))
    investigations = [target for code, _, target in found if code.startswith("09")]
    assert investigations and all(target is None or not target.startswith("IGO") for target in investigations), found


def test_contacts_with_someone_looked_into_still_name_them(read):
    found = coded(read("Kenyan prosecutors are investigating contacts with Somali officials."))
    assert any(code.startswith("09") and target == "SOMGOV" for code, _, target in found), found
