"""Round 24: a code set by whom a verb acts with, what it uses and who does it (events/senses.py):
cooperation with prosecutors is judicial (063), a state's harassment coercion (170), surrender to
pressure a yielding (080; refused 124), a climb-down no support, powers handed over no aid, taking
part in strikes or elections no intent to cooperate, missiles and a state's bombing aerial force (195)."""

from helpers import coded


def test_cooperating_with_an_inquiry_is_judicial_cooperation(read):
    found = coded(read("The Pentagon official promised to cooperate fully with the inspector general's inquiry."))
    assert ("063", "USAMIL", "USAGOV") in found, found
    assert ("0313", "USAMIL", "USAGOV") in found, found  # the promise: an intent to cooperate judicially
    assert not any(code in {"050", "032"} for code, _, _ in found), found


def test_cooperating_with_investigators_is_judicial_cooperation(read):
    found = coded(read("A former White House aide is cooperating with federal investigators, his attorney said."))
    assert ("063", "USAGOV", "USACOP") in found, found


def test_cooperating_with_a_state_stays_diplomatic(read):
    found = coded(read("Israel agreed to cooperate with Egypt on border security."))
    assert ("050", "ISR", "EGY") in found, found


def test_state_services_harassing_journalists_coerce(read):
    found = coded(read("Chinese security services have been harassing British journalists in Beijing, the Foreign Office said."))
    assert ("170", "CHNSPY", "GBRMED") in found, found
    assert not any(code.startswith("14") for code, _, _ in found), found


def test_refusing_to_surrender_to_pressure_is_refusing_to_yield(read):
    found = coded(read("North Korea said it would not capitulate to pressure from the United States."))
    assert ("124", "PRK", "USA") in found, found
    assert not any(code in {"1246", "0874"} for code, _, _ in found), found


def test_backing_off_from_a_plan_is_no_support(read_every):
    # a hypothetical act: read so (read_every), left out of the default store (round 35)
    found = coded(read_every("Schumer said he expected Trump to back off from the plan for new duties on Mexican cars."))
    assert not any(code.startswith("05") for code, _, _ in found), found
    assert any(code == "080" for code, _, _ in found), found


def test_powers_granted_by_a_legislature_are_no_aid(read):
    found = coded(read("The parliament granted Erdogan the power to rule by decree for three months."))
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_money_given_to_a_country_is_still_aid(read):
    found = coded(read("The United States gave Ukraine $300 million in military aid."))
    assert any(code.startswith("07") and target == "UKR" for code, _, target in found), found


def test_a_jet_shot_down_with_a_missile_is_aerial_force(read):
    found = coded(read("Russian forces shot down the Ukrainian jet with a missile near Donetsk."))
    assert ("195", "RUSMIL", "UKR") in found, found
    assert not any(code == "193" for code, _, _ in found), found


def test_troops_shooting_protesters_stay_small_arms(read):
    found = coded(read("Syrian troops shot dead three protesters in Homs."))
    assert ("193", "SYRMIL", "SYRCVL") in found, found


def test_a_states_bombing_is_aerial_force_not_a_car_bomb(read):
    found = coded(read("Aid groups condemned Turkey's bombing of Kurdish villages in Syria."))
    assert ("195", "TUR", None) in found, found
    assert not any(code.startswith("183") for code, _, _ in found), found


def test_a_campaign_of_airstrikes_launched_is_aerial_force(read):
    found = coded(read("Italy launched a sustained campaign of airstrikes against smuggling camps in Libya."))
    assert any(code == "195" and source == "ITA" for code, source, _ in found), found
    assert not any(code.startswith(("02", "11")) for code, _, _ in found), found


def test_taking_part_in_airstrikes_is_no_intent_to_cooperate(read):
    found = coded(read("Egypt and Jordan took part in the airstrikes against rebel positions."))
    assert not any(code.startswith("03") for code, _, _ in found), found


def test_a_pledge_to_take_part_in_strikes_stays_an_intent(read):
    # "air strikes", not bare "strikes": taking part in bare strikes may be a labour strike, and
    # participation reads the act taken part in, so it codes nothing there
    found = coded(read("Italy pledged to take part in air strikes on the militants."))
    assert any(code.startswith("03") and source == "ITA" for code, source, _ in found), found
