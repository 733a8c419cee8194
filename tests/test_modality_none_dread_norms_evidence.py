"""Round 25, modality by grammatical class: an act whose object says none ("agreed to nothing",
"released no hostages") is negated; an act looked out for ("on high alert for attacks", "braced
for attacks") or set by a norm ("are supposed to seek") is not told as done; a negated verb of
hiding or denying affirms its clause; a plan in an open question, or an act with no evidence for
it, is told neither way; what an envoy asked for is sent to do is asked for too; and an act set in
a visit called off will not take place; a state told in a participle ("now being trained") is no
guess."""

from __future__ import annotations

from helpers import modalities_on


def test_an_agreement_to_nothing_is_negated(read):
    reading = read("The two leaders agreed to nothing at the summit in Helsinki.")
    assert modalities_on(reading, "agreed") == {"negated"}
    promise = read("Prime Minister Trudeau promised no new taxes on Canadian farmers.")
    assert modalities_on(promise, "promised") == {"happened"}  # a promise made: "no" is what it promises


def test_a_release_of_no_hostages_is_negated(read):
    reading = read("The rebels released no hostages on Sunday.")
    assert modalities_on(reading, "released") == {"negated"}


def test_attacks_a_country_is_on_alert_for_are_not_told_as_done(read):
    reading = read("Police in France are on high alert for attacks by militants returning from Syria.")
    assert "happened" not in modalities_on(reading, "attacks")


def test_attacks_braced_for_are_not_told_as_done(read):
    reading = read("Kenya braced for attacks by al-Shabab militants near the Somali border.")
    assert "happened" not in modalities_on(reading, "attacks")


def test_a_norm_over_an_infinitive_tells_no_act(read):
    reading = read("Asylum seekers are supposed to seek protection in the first country they reach.")
    assert "happened" not in modalities_on(reading, "seek")


def test_a_clause_a_negated_denial_governs_is_told_as_so(read):
    reading = read("The Kremlin does not deny that Russian volunteers are fighting Ukrainian troops in Donbas.")
    assert modalities_on(reading, "fighting") == {"happened"}


def test_a_clause_never_concealed_is_not_negated(read):
    reading = read("The commander said his men have never concealed that Russian volunteers are "
                   "fighting Ukrainian troops in Donbas.")
    assert modalities_on(reading, "fighting") == {"happened"}


def test_a_plan_in_an_open_question_is_hypothetical(read_every):
    reading = read_every("Schiff would not say whether Democrats plan to subpoena the White House counsel.")
    assert modalities_on(reading, "subpoena") == {"hypothetical"}


def test_an_act_there_is_no_evidence_of_is_told_neither_way(read_every):
    reading = read_every("There is no evidence yet that Iran is seeking to meet Saudi officials.")
    assert modalities_on(reading, "seeking") == {"hypothetical"}
    assert modalities_on(reading, "meet") == {"hypothetical"}
    shown = read_every("There is evidence that Iran is seeking to meet Saudi officials.")
    assert modalities_on(shown, "seeking") == {"happened"}


def test_what_an_envoy_asked_for_is_sent_to_do_is_asked_for(read):
    reading = read("The families called for Paris to send a senior envoy to negotiate with the kidnappers.")
    assert modalities_on(reading, "negotiate") == {"demanded"}


def test_a_meeting_set_in_a_visit_called_off_is_negated(read):
    reading = read("Merkel called off her visit to Beijing, where she was to meet President Xi.")
    assert modalities_on(reading, "meet") == {"negated"}
    kept = read("Merkel began her visit to Beijing, where she was to meet President Xi.")
    assert modalities_on(kept, "meet") == {"planned"}


def test_training_told_as_a_state_now_is_no_guess(read):
    reading = read("Officials say it will likely be months before Afghan troops, now being trained by German "
                   "instructors, will be ready to retake the province.")
    assert modalities_on(reading, "trained") == {"happened"}

