"""The wrong entity in the source or target slot, and the two reversed (issue 12, round 26), on
sentences written for these tests: coordinated doers of an act that names what it is aimed at act
on it together, not on one another; the subject of a verb of obtaining ("won backing from") is
whom the support is given to, the giver its doer; what is shared with someone is no recipient."""

from __future__ import annotations

from helpers import coded


def test_co_doers_of_strikes_on_a_named_enemy_are_not_each_others_targets(read):
    found = coded(read("Kenya and Ethiopia launched air strikes on the militants near the border."))
    strikes = [(source, target) for code, source, target in found if code.startswith("19")]
    assert strikes and not any({source, target} == {"KEN", "ETH"} for source, target in strikes), found


def test_the_agents_of_a_passive_strike_are_one_side(read):
    found = coded(read("The overnight air strikes were carried out by Britain, Denmark and the Netherlands."))
    strikes = [(source, target) for code, source, target in found if code.startswith("19")]
    assert strikes and all(target is None for _, target in strikes), found


def test_co_subjects_praising_a_thing_do_not_praise_each_other(read):
    found = coded(read("Norway and Sweden praised the decision to reopen the embassy."))
    praise = [(source, target) for code, source, target in found if code.startswith("05")]
    assert praise and all(target is None for _, target in praise), found


def test_co_doers_who_clash_still_clash_with_each_other(read):
    # the reciprocal reading stands where nothing else is aimed at ("traded fire on Sunday": a day)
    found = coded(read("Armenian and Azerbaijani troops traded fire on Sunday."))
    fights = {(source, target) for code, source, target in found if code.startswith("19")}
    assert ("ARMMIL", "AZEMIL") in fights and ("AZEMIL", "ARMMIL") in fights, found


def test_backing_won_from_a_body_is_that_bodys_backing(read):
    found = coded(read("The Dutch prime minister won backing from the Dutch parliament for the budget."))
    backing = [(source, target) for code, source, target in found if code.startswith("05")]
    assert backing == [("NLDLEG", "NLDGOV")], found


def test_backing_won_from_no_one_named_gives_the_winner_no_act(read):
    found = coded(read("The Dutch prime minister won backing for the budget on Tuesday."))
    assert not any(code.startswith("05") and source == "NLDGOV" for code, source, _ in found), found


def test_intelligence_shared_with_a_group_is_shared_with_that_group(read):
    found = coded(read("Iran has been sharing intelligence with the Houthis for months."))
    shared = [(source, target) for code, source, target in found if code == "064"]
    assert shared and all(target is not None and not target.endswith("SPY") for _, target in shared), found


def test_what_shared_intelligence_is_about_is_no_recipient(read):
    found = coded(read("Jordan agreed to share intelligence with Egypt on the smugglers."))
    shared = {target for code, source, target in found if code == "064" and source == "JOR"}
    assert shared == {"EGY"}, found


def test_attacks_thwarted_by_the_police_are_not_the_polices_attacks(read):
    found = coded(read("The minister said the man was behind three attacks thwarted since March by Belgian police."))
    assert not any(code.startswith("19") and source == "BELCOP" for code, source, _ in found), found


def test_bombings_condemned_by_a_body_are_not_its_bombings(read):
    found = coded(read("The bombings condemned by the United Nations killed 40 people near Kabul."))
    assert not any(code.startswith("18") and source == "IGOUNO" for code, source, _ in found), found
