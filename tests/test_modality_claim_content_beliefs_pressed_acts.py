"""Round 24, modality on real news: a claim's content is alleged ("the argument that … and that
the police arrested …"), a fact felt about is told as done ("regrets that the US is withdrawing"),
a belief about a past act is a claim, one about the future a guess, never the doer's intent; acts
said to be overdue, pressed for, needed or wanted guarantees against are asked for (demanded); a
visit told to another ("informed X that he would visit") is planned; a negation in an open question
denies nothing."""

from __future__ import annotations

from helpers import modalities_on


def test_an_act_in_a_claims_second_that_clause_is_alleged(read):
    reading = read("The tribunal dismissed the union's argument that the company spied on its members "
                   "and that the police arrested its leader.")
    assert modalities_on(reading, "arrested") == {"alleged"}


def test_a_fact_a_speaker_regrets_is_told_as_done_not_as_an_accusation(read):
    reading = read("China's envoy to the United Nations said China regrets that the United States is "
                   "withdrawing from the arms treaty.")
    assert modalities_on(reading, "withdrawing") == {"happened"}
    assert not [e for e in reading.events if e.cameo.startswith("112")]


def test_a_belief_about_a_past_attack_is_alleged(read):
    reading = read("The senator said he believes that Russia attacked Ukraine's power grid.")
    assert modalities_on(reading, "attacked") == {"alleged"}


def test_a_belief_about_anothers_future_act_is_a_guess_not_their_intent(read_every):
    reading = read_every("He said he believed Russia would withdraw its troops.")
    assert modalities_on(reading, "withdraw") == {"hypothetical"}


def test_an_act_said_to_be_overdue_is_demanded(read):
    reading = read("It is high time for the European Union to cut off its aid to Belarus, the Polish "
                   "foreign minister argued.")
    assert modalities_on(reading, "cut") == {"demanded"}


def test_a_meeting_pushed_for_is_demanded(read):
    reading = read("The State Department is pushing a meeting between the rebels and the army.")
    assert modalities_on(reading, "meeting") == {"demanded"}


def test_a_meeting_needed_is_demanded(read):
    reading = read("Erdogan stressed the need for a meeting between Armenia and Azerbaijan.")
    assert modalities_on(reading, "meeting") == {"demanded"}


def test_an_attack_guarantees_are_wanted_against_is_demanded_not_negated(read):
    reading = read("Egypt wants guarantees that Hamas will not use the tunnels to attack Israeli soldiers.")
    assert modalities_on(reading, "attack") == {"demanded"}


def test_a_visit_a_minister_informed_another_of_is_planned(read):
    reading = read("The Kenyan minister informed Ethiopia that his president would visit Addis Ababa.")
    assert modalities_on(reading, "visit") == {"planned"}


def test_a_negation_inside_an_open_question_denies_nothing(read):
    reading = read("The opposition asked whether the army had not arrested the protesters.")
    assert "negated" not in {e.modality for e in reading.events}
