"""Targets of events on real news: the recipient a sentence names but the coder
left out, and the wrong one it put in its place, as judges found them in stored events
(bench/data/precision_sample_seed*.jsonl), each class on sentences written for these tests:
object and possessive pronouns standing for an actor named before, a participle of accusation
after a criticised thing, a verb sharing its coordinated verb's object, and coordinated subjects
stating a view together (neither is the other's target)."""

from __future__ import annotations

from helpers import coded


# --- pronouns ---------------------------------------------------------------------------------
def test_it_as_object_stands_for_the_subject_country_named_before(read_every):
    found = coded(read_every("Iran said that the United States could attack or invade it."))
    assert any(code.startswith("19") and source == "USA" and target == "IRN" for code, source, target in found), found


def test_it_after_a_thing_stands_for_the_thing_and_names_no_one(read):
    found = coded(read("Russia welcomed the accord, but Israel condemned it."))
    assert ("111", "ISR", None) in found and all(target != "RUS" for _, _, target in found), found


def test_it_never_stands_for_a_country_named_only_as_an_object(read):
    found = coded(read("The United States struck Syria on Friday and Russia condemned it."))
    assert all(not (code.startswith("11") and target == "SYR") for code, _, target in found), found


def test_them_stands_for_the_group_named_before(read):
    found = coded(read("Kenyan opposition senators walked out of the chamber, and the ruling party condemned "
                       "them for obstruction."))
    assert any(code.startswith("11") and target == "KENLEG" for code, _, target in found), found


def test_them_after_plural_things_names_no_one(read):
    found = coded(read("The Treasury imposed new sanctions on the bank, and Moscow condemned them as illegal."))
    assert all(not (code.startswith("11") and target) for code, _, target in found), found


def test_her_before_a_thing_is_the_woman_named_before_not_the_subject(read):
    found = coded(read("Prime Minister Ayse Demir of Turkey lost a confidence vote after parliament "
                       "rejected her budget plan on Tuesday."))
    assert any(code.startswith("12") and target == "TURGOV" for code, _, target in found), found


def test_its_on_the_subjects_own_envoy_stays_the_subjects_own(read):
    found = coded(read("Russia recalled its ambassador to Georgia on Monday."))
    assert all(target != "RUSGOV" for _, _, target in found) and any(t == "GEO" for _, _, t in found), found


# --- other recipients ---------------------------------------------------------------------------
def test_a_participle_of_accusation_names_whom_a_criticism_aims_at(read):
    found = coded(read("Lawmakers from both parties denounced the agreement, accusing Obama of ignoring Congress."))
    assert any(code.startswith("11") and target == "USAGOV" for code, _, target in found), found


def test_a_verb_with_no_object_shares_its_coordinated_verbs_object(read):
    found = coded(read("Washington condemned and sanctioned Iran on Friday."))
    assert ("111", "USAGOV", "IRN") in found and ("163", "USAGOV", "IRN") in found, found


# --- wrong targets ----------------------------------------------------------------------------
def test_coordinated_subjects_stating_a_view_together_are_not_each_others_targets(read):
    # (a vow not to be intimidated is defiance, no event at all since round 30: a vow to help is one)
    found = coded(read("In a joint article, Merkel and Macron vowed that Europe would help the victims."))
    assert found and all(target not in {"DEUGOV", "FRAGOV"} for _, _, target in found), found


def test_coordinated_subjects_agreeing_to_act_remain_each_others_partners(read):
    found = coded(read("Greece and Turkey agreed to resume talks on maritime borders."))
    pairs = {(source, target) for code, source, target in found if code.startswith("03")}
    assert pairs == {("GRC", "TUR"), ("TUR", "GRC")}, found


def test_a_fellow_supporter_of_a_plan_is_not_whom_backing_it_aims_at(read):
    found = coded(read("Mr. Abadi has backed a plan, supported by the United States, to set up local militias in Anbar."))
    assert all(target != "USA" for _, _, target in found), found


def test_the_maker_of_a_vetoed_bill_is_still_its_target(read):
    found = coded(read("The Iraqi prime minister vetoed the budget passed by the Kurdish parliament."))
    assert any(code.startswith("12") and target == "IRQLEG" for code, _, target in found), found


def test_a_verb_with_its_own_prepositional_object_shares_no_object(read):
    reading = read("Iran called for calm on Sunday and urged Israel to withdraw its troops.")
    called = [e for e in reading.events if e.trigger.endswith("called")]
    assert called and all(e.target is None for e in called), [(e.trigger, e.cameo, e.target) for e in reading.events]


def test_a_recipient_of_aid_is_its_target(read):
    found = coded(read("Egypt remains a major recipient of American foreign aid."))
    assert ("070", "USA", "EGY") in found, found


def test_victims_of_airstrikes_are_their_target(read):
    found = coded(read("Hundreds of civilians were victims of Saudi airstrikes in Yemen."))
    assert any(code.startswith("19") and source == "SAU" and target == "YEMCVL" for code, source, target in found), found


def test_her_with_one_person_named_before_is_that_person(read):
    found = coded(read("Senator Maria Lopez said the Senate committee had rejected her proposal."))
    assert any(code.startswith("12") and target == "LEG" for code, _, target in found), found


def test_her_with_two_persons_named_before_names_no_one(read):
    reading = read("Senator Maria Lopez told Donald Trump that the Senate committee had rejected her proposal.")
    rejected = [e for e in reading.events if e.trigger.endswith("rejected")]
    assert rejected and all(e.target is None for e in rejected), [(e.cameo, e.target) for e in reading.events]


def test_a_recipient_described_by_a_relative_clause_is_the_one_it_describes(read):
    found = coded(read("The speech was read in Cairo as a rebuke to Egypt, which under Sisi was long seen as a firm "
                       "U.S. partner and remains a major recipient of American military aid."))
    assert ("070", "USA", "EGY") in found, found
