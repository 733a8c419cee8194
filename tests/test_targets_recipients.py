"""Recipients that the sentence names but the coder left out or got wrong, as judges found them in
stored events (bench/data/precision_sample_seed*.jsonl), on sentences written for these tests:
people of a sector a state arrests or represses at home or appeals to or criticises, a body a person acts on, a venue after
"at", and the shared subject of a passive conjunct."""

from __future__ import annotations

from helpers import actor_of, coded


def test_journalists_arrested_by_a_states_police_are_its_own(read):
    found = coded(read("Hungarian police arrested three journalists outside the court on Monday."))
    assert any(code.startswith("17") and source == "HUNCOP" and target == "HUNMED" for code, source, target in found), found


def test_a_group_of_people_arrested_at_home(read):
    found = coded(read("Belarusian security forces arrested a group of journalists in Minsk."))
    assert any(code.startswith("17") and target == "BLRMED" for code, _, target in found), found


def test_people_with_a_country_of_their_own_keep_it(read):
    found = coded(read("Egyptian police arrested two Al Jazeera journalists in Cairo on Sunday."))
    assert any(code.startswith("17") and target == "QATMED" for code, _, target in found), found


def test_people_expelled_are_not_taken_for_the_expellers_own(read):
    found = coded(read("Russia expelled three journalists last week, the ministry said."))
    assert all(target != "RUSMED" for _, _, target in found), found


def test_a_body_a_person_urges_is_the_target_though_of_the_same_code(read):
    found = coded(read("House Speaker Nancy Pelosi has urged the Senate to hold a fair trial."))
    assert any(code.startswith("02") and source == "USALEG" and target == "USALEG" for code, source, target in found), found


def test_a_body_does_not_act_on_its_own_other_name(read):
    found = coded(read("The Kremlin warned Moscow would retaliate against new sanctions."))
    assert all(not (source == "RUSGOV" and target == "RUSGOV") for _, source, target in found), found


def test_a_meeting_at_a_summit_is_with_the_partner_not_the_summits_body(read):
    found = coded(read("The remarks refer to a meeting between President Macron and President Lula at the G20 summit in Rio."))
    meetings = [(source, target) for code, source, target in found if code.startswith("04")]
    assert ("FRAGOV", "BRAGOV") in meetings, found
    assert all(target != "IGO" for _, target in meetings), found


def test_a_target_after_at_in_a_hostile_act_stays(read):
    found = coded(read("Belarusian troops fired at protesters in Minsk on Sunday."))
    assert any(code.startswith(("17", "18", "19")) and target == "BLRCVL" for code, _, target in found), found


def test_a_passive_conjunct_shares_the_relative_clauses_noun(read):
    found = coded(read("It recalled the fate of Chad's former president, Idriss Deby, who signed a peace deal "
                       "in 2019 and was later killed by rebel fighters."))
    assert any(code.startswith("19") and source == "TCDREB" and target == "TCDGOV" for code, source, target in found), found



def test_a_business_named_with_its_country_is_coded_bus_not_the_country(read):
    assert actor_of(read("Chinese regulators criticized the American carmaker Ford on Friday."), "Ford").code == "USABUS"


def test_a_business_named_without_a_country_takes_none_from_the_sentence(read):
    reading = read("Vietnam agreed to buy 100 airliners from Boeing Inc., the ministry said.")
    # Boeing's own country comes from the company table (USABUS), never Vietnam from the sentence
    boeing = next(m.actor for m in reading.mentions if m.text.startswith("Boeing"))
    assert boeing.code in {"", "USABUS"}, reading.mentions


def test_preparing_for_ones_own_leaders_summit_aims_at_the_partner(read):
    found = coded(read("The French government continues to prepare for President Macron's planned summit "
                       "with Prime Minister Modi in Delhi."))
    assert any(code.startswith("03") and source == "FRAGOV" and target == "INDGOV" for code, source, target in found), found
    assert all(target != "FRAGOV" for code, _, target in found if code.startswith("03")), found


def test_criticising_a_deal_with_a_country_aims_at_its_maker(read):
    found = coded(read("Opposition leaders criticized President Obama's nuclear deal with Iran."))
    assert any(code.startswith("11") and target == "USAGOV" for code, _, target in found), found


def test_the_press_a_states_leader_criticises_is_its_own(read):
    found = coded(read("President Erdogan berated the media on Tuesday for its coverage of the floods."))
    assert ("111", "TURGOV", "TURMED") in found, found


def test_the_press_a_states_police_appeals_to_is_its_own(read):
    found = coded(read("French police urged journalists on Sunday not to publish the names of the victims."))
    assert any(code.startswith("02") and source == "FRACOP" and target == "FRAMED" for code, source, target in found), found


def test_foreign_press_addressed_by_a_state_gets_no_country(read):
    found = coded(read("President Erdogan berated the foreign media on Tuesday for its coverage of the floods."))
    assert all(target != "TURMED" for _, _, target in found), found
