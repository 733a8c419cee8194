"""Named recipients the coder left null and recipients it got wrong (round 19): the first coded
item of a list after "on", the body named in "participation in X's programme", the author of
remarks that "drew a rebuke", co-subjects who agree to an act aimed at someone else, the way an
attack went ("north from X to Y"), and a fragment of a hyphenated word. Sentences written for
these tests."""

from __future__ import annotations

from helpers import coded


def test_the_first_coded_item_of_a_list_after_on_is_the_recipient(read):
    # The shared pipeline once gave this no target in a run that had imported another checkout's
    # source, from before the rule (tests/test_r19_isolation19.py); no state leaks between reads
    reading = read("Voters cheered the governor's attacks on the tax bill, Senate Republicans and the press.")
    assert ("111", "USAGOV", "USALEG") in coded(reading)
    assert ("111", "USAGOV", None) not in coded(reading)


def test_participation_in_a_bodys_programme_names_that_body(read):
    reading = read("Hungary suspended its participation in the United Nations migration program.")
    assert coded(reading) == [("160", "HUN", "IGOUNO")]


def test_remarks_by_someone_that_drew_a_rebuke_make_him_its_recipient(read):
    reading = read("The remarks by Netanyahu drew a sharp rebuke from the State Department.")
    assert coded(reading) == [("111", "USAGOV", "ISRGOV")]


def test_remarks_of_no_named_author_leave_the_rebuke_without_a_recipient(read):
    reading = read("Those remarks drew a sharp rebuke from the State Department.")
    assert coded(reading) == [("111", "USAGOV", None)]


def test_co_subjects_agreeing_to_an_act_aimed_at_another_are_not_each_others_targets(read):
    reading = read("Chile, Peru and Colombia agreed to cap the copper they sell to China.")
    targets = {target for _, _, target in coded(reading)}
    assert not targets & {"CHL", "PER", "COL"}


def test_co_subjects_agreeing_among_themselves_stay_each_others_targets(read):
    reading = read("Chile and Peru agreed to settle their border dispute.")
    assert ("030", "CHL", "PER") in coded(reading)


def test_the_way_an_attack_went_names_places_not_a_target(read):
    reading = read("Kurdish fighters attacked south from Kirkuk toward Tikrit on Sunday.")
    assert coded(reading) == [("190", "KURREB", None)]


def test_where_fire_came_from_is_no_target_where_it_went_is(read):
    reading = read("The militia fired rockets from Lebanon into Israel overnight.")
    assert [target for code, _, target in coded(reading) if code.startswith("19")] == ["ISR"]


def test_a_fragment_of_a_hyphenated_word_is_no_actor(read):
    reading = read('Germany pressed for a "no-spy" accord with the US.')
    assert not any(mention.text.endswith("spy") for mention in reading.mentions)
    assert coded(reading) == [("020", "DEU", "USA")]


def test_a_partner_joined_in_a_hostile_act_is_cooperated_with_not_attacked(read):
    for sentence in ("Britain agreed to join the United States in airstrikes on Syria.",
                     "Turkey joined Russia in attacks on rebel positions in Idlib."):
        found = coded(read(sentence))
        partner = found[0][2] if found else None
        assert partner in {"USA", "RUS"}
        assert all(code.startswith(("03", "06")) for code, _, _ in found)  # cooperation with the partner
        assert not any(code.startswith(("13", "17", "18", "19", "20")) for code, _, _ in found)


def test_a_partner_joined_in_a_peaceful_act_stays_the_target(read):
    assert ("030", "CAN", "FRA") in coded(read("Canada agreed to join France in a peacekeeping mission."))
