"""Recipients read through three constructions judges found mishandled in stored events
(bench/data/precision_sample_seed*.jsonl), on sentences written for these tests:
- "them" standing for a coordination whose other part no step codes ("X and her colleagues");
- an event noun's "of"-object naming its partner after "with" ("rejection of a treaty with X"),
  as the verb does ("rejected a treaty with X");
- the doer's own forces as the object of a framed infinitive ("prepared to order our special
  forces to act"): what is ordered, not whom the act is aimed at (missing beats wrong)."""

from __future__ import annotations

from helpers import coded, events_on


def test_them_after_a_named_actor_and_her_colleagues_is_that_actor(read):
    reading = read("Senate Republicans praised Nancy Pelosi and her colleagues on Monday but later accused them of lying.")
    accused = events_on(reading, "accused")
    assert [e.target.code if e.target else None for e in accused] == ["USALEG"], coded(reading)
    assert accused[0].target is not None and accused[0].target.name.endswith("Pelosi")


def test_them_after_an_uncoded_coordination_names_no_one(read):
    found = coded(read("Senate Republicans praised the two reporters and their editors on Monday but later accused them of lying."))
    assert all(target is None for code, _, target in found if code.startswith("11")), found


def test_the_partner_of_a_rejected_treaty_is_the_target_of_the_rejection_noun(read):
    found = coded(read("The Iranian president's rejection of a trade treaty with the European Union angered protesters."))
    assert ("120", "IRNGOV", "IGOEUREEC") in found, found


def test_the_rejection_noun_without_a_partner_keeps_no_target(read):
    found = coded(read("The Iranian president's rejection of the new trade treaty angered protesters."))
    assert all(target is None for code, _, target in found if code.startswith("12")), found


def test_own_forces_ordered_in_a_framed_infinitive_are_no_target(read):
    found = coded(read('"I would be prepared to order our special forces to take action against those camps," '
                       "the French president said."))
    assert all(target != "FRAMIL" for _, _, target in found), found


def test_another_country_ordered_in_a_framed_infinitive_stays_the_target(read):
    found = coded(read("The French president said he was prepared to order Syria to hand over the suspects."))
    assert any(target == "SYR" for _, _, target in found), found


def test_another_actors_event_noun_under_a_frame_gives_the_frame_no_target(read):
    # "the Justice Department's investigation of Russia" is the department's act, not one the
    # Republicans mean: their "seeking" is no intent towards Russia
    found = coded(read("Senate Republicans immediately seized on the reports, seeking to use them to portray "
                       "the Justice Department's investigation of Russia as a fraud."))
    assert all(not (code.startswith("03") and target == "RUS") for code, _, target in found), found


def test_a_state_framing_its_own_forces_act_keeps_the_frame(read):
    found = coded(read("Russia vowed to continue its airstrikes on Syria."))
    assert any(code.startswith("13") and source == "RUS" and target == "SYR" for code, source, target in found), found
