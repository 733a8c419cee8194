"""Round 30, modality on real news: an act only proposed is asked for (demanded), not done: one a
verb of proposing puts in a subjunctive clause ("for suggesting city workers boycott the commission"),
the later items of a list of gerunds advocated ("advocated blockading Gaza, attacking Hamas, and
annexing …"), the aim of a push one backs ("backing the push to open an investigation"). A negation
belongs to its own verb: an event noun with its doer named, the subject or the prepositional object
of another verb that is negated, is a known event ("Chinese aid does not give Beijing influence",
"will not comply with any Russian demands"); what one did NOT tell is told neither way."""

from __future__ import annotations

from helpers import modalities_on


def test_an_act_suggested_in_a_subjunctive_clause_is_demanded(read):
    reading = read("The governor rebuked the mayor on Friday for suggesting city workers boycott the state "
                   "election commission.")
    assert modalities_on(reading, "boycott") == {"demanded"}


def test_an_act_a_verb_of_proposing_asks_in_the_base_form_is_demanded(read):
    reading = read("Lawmakers suggested that the ministry expel the Iranian ambassador.")
    assert modalities_on(reading, "expel") == {"demanded"}


def test_an_act_recommended_in_a_passive_subjunctive_is_demanded(read):
    reading = read("Senators recommended that Moscow's envoy be expelled by the State Department.")
    assert modalities_on(reading, "expelled") == {"demanded"}


def test_a_past_act_a_senator_suggests_with_do_support_stays_told(read):
    reading = read("The senator suggested that Russia did not attack the convoy.")
    assert modalities_on(reading, "attack") == {"negated"}


def test_the_later_items_of_a_list_of_advocated_gerunds_are_demanded(read):
    reading = read("In recent months, Mr. Gantz has advocated blockading Gaza, attacking Hamas, and annexing "
                   "parts of the West Bank.")
    assert modalities_on(reading, "blockading") == {"demanded"}
    assert modalities_on(reading, "annexing") == {"demanded"}


def test_the_aim_of_a_push_one_backs_did_not_happen(read):
    reading = read("\"We are not doing this for the cameras,\" said Rep. Ana Ruiz (D-Calif.), a member of the "
                   "Oversight Committee backing the push to open an investigation into the secretary.")
    assert "happened" not in modalities_on(reading, "investigation")


def test_an_event_noun_as_subject_of_another_negated_verb_is_not_negated(read):
    reading = read("Analysts said Chinese aid does not give Beijing much influence over the junta.")
    assert modalities_on(reading, "aid") == {"happened"}


def test_demands_one_will_not_comply_with_were_made(read):
    reading = read("The minister said Ankara will not comply with any Russian demands over the pipeline.")
    assert modalities_on(reading, "demands") == {"happened"}
    assert modalities_on(reading, "comply") == {"negated"}


def test_taking_no_part_in_anothers_exercises_stays_negated(read):
    reading = read("Turkey did not take part in the Russian military exercises.")
    assert modalities_on(reading, "exercises") == {"negated"}


def test_a_blockade_one_will_not_go_along_with_was_imposed(read):
    reading = read("Egypt will not go along with the Israeli blockade of Gaza.")
    assert modalities_on(reading, "blockade") == {"happened"}


def test_a_meeting_that_did_not_take_place_stays_negated(read):
    reading = read("The planned Russian talks with Kyiv did not take place on Monday.")
    assert modalities_on(reading, "talks") == {"negated"}


def test_what_one_did_not_tell_is_told_neither_way(read_every):
    reading = read_every("The spokesman did not tell reporters that Iran had expelled the British diplomats.")
    assert modalities_on(reading, "expelled") == {"hypothetical"}


def test_what_one_told_as_not_done_stays_negated(read):
    reading = read("The envoy told reporters that Moscow had not expelled the Dutch diplomats.")
    assert modalities_on(reading, "expelled") == {"negated"}
