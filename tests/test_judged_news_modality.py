"""What happened: modality and word sense where judged real-news events went wrong
(bench/precision_paths.py): hedged clauses ("seem to agree"), powers and attempts ("had the
authority to send"), facts given as reasons under a modal main clause, states of mind ("feel
threatened"), obligations ("need to"), means that are no forces ("deployed a strategy"), attacks
in words, appointments and votes, compliance as a yield. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes


# --- modality: hedges, powers, reasons -------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The French and German ministers seem to agree on the need for a joint border force.", "agree"),
    ("Israeli leaders appeared to accept the Egyptian plan on Sunday.", "accept"),
])
def test_seeming_to_act_is_an_impression_not_news(read, text, trigger):
    events = [e for e in read(text).events if e.trigger == trigger]
    # an impression no one states is now not stored at all (tests/test_modality_suppositions.py)
    assert all(e.modality == "hypothetical" for e in events)


def test_looking_to_act_keeps_its_own_reading(read):
    """"looks to" is an aim, not a hedge: the hedge rule is for seem and appear only."""
    from newsevents.events.senses import tables

    assert {"seem", "appear"} <= tables()["hedging_verbs"] and "look" not in tables()["hedging_verbs"]


@pytest.mark.parametrize("text, trigger", [
    ("The decision could anger Beijing since the Japanese prime minister has criticized China for its maritime claims.",
     "criticized"),
    ("Russia might retaliate because Britain expelled 23 Russian diplomats.", "expelled"),
])
def test_a_reason_told_as_fact_keeps_happened_under_a_modal_main_clause(read, text, trigger):
    events = [e for e in read(text).events if e.trigger == trigger]
    assert events and all(e.modality == "happened" for e in events)


def test_a_condition_is_still_hypothetical(read):
    events = [e for e in read("Israel will respond if Hezbollah attacks the border.").events if e.trigger == "attacks"]
    assert all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize("text, verb", [
    ("The Pentagon concluded that it had the authority to deploy troops in Texas.", "deploy"),
    ("Turkey has the right to expel the Dutch ambassador, the Turkish foreign minister said.", "expel"),
    ("Egypt's attempts to mediate between Israel and Hamas have stalled.", "mediate"),
])
def test_a_power_or_an_attempt_to_act_is_no_deed(text, verb):
    """Read on the parse: the infinitive of a power, a right or an attempt is not a happened event."""
    from newsevents.events.modality import _modality
    from newsevents.nlp import load_pipeline

    token = next(t for t in load_pipeline()(text) if t.lower_ == verb)
    assert _modality(token, token, "150") == "hypothetical"


# --- word sense: states, obligations, means, words ------------------------------------------
@pytest.mark.parametrize("text", [
    "Russian officials feel threatened by NATO's expansion into Eastern Europe.",
    "Many Kurdish leaders felt threatened by the Turkish president after the vote.",
])
def test_feeling_threatened_is_no_threat(read, text):
    assert not any(code.startswith("13") for code in codes(read(text)))


def test_a_threat_done_to_someone_is_still_a_threat(read):
    assert any(code.startswith("13") for code in codes(read("Russian protesters were threatened by police in Moscow.")))


def test_needing_to_act_is_no_request(read):
    events = read("Washington and Beijing need to find the right balance on trade, the Japanese minister said.").events
    assert not any(e.trigger.startswith("need") for e in events)


@pytest.mark.parametrize("text", [
    "The Turkish president deployed a new strategy to win over Kurdish voters.",
    "The Kremlin deployed familiar arguments against the sanctions.",
])
def test_deploying_a_means_is_no_mobilisation(read, text):
    assert not any(code.startswith("15") for code in codes(read(text)))


def test_deploying_troops_is_still_a_mobilisation(read):
    assert "154" in codes(read("The army deployed 3,000 troops to the border with Syria."))


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister launched a blistering attack on the United States in a speech at the UN.",
    "The Iranian president delivered a scathing attack on Saudi Arabia in his speech on Monday.",
])
def test_an_attack_only_words_can_bear_is_criticism(read, text):
    found = codes(read(text))
    assert "111" in found and not any(code[:2] in {"18", "19", "20"} for code in found)


def test_an_armed_attack_is_still_force(read):
    assert any(code.startswith("19") for code in codes(read("Israeli jets launched an attack on a Hamas base in Gaza on Monday.")))


@pytest.mark.parametrize("text", [
    "Lawmakers voted against the Iraqi prime minister in a confidence vote.",
    "Several Republican senators voted against the president on the Iran resolution.",
    "The Canadian prime minister appointed Chrystia Freeland as foreign minister.",
])
def test_votes_and_appointments_are_no_material_cooperation(read, text):
    assert not any(code.startswith(("03", "06")) for code in codes(read(text)))


def test_complying_with_a_demand_is_a_yield(read):
    events = [e for e in read("The Chinese government complied with the American demand to release the two sailors.").events
              if e.trigger == "complied"]
    assert [e.root for e in events] == ["08"]


def test_a_critical_moment_is_no_criticism(read):
    assert "111" not in codes(read("The German chancellor called it a critical moment for Europe."))


def test_a_hostile_name_is_still_criticism(read):
    assert "111" in codes(read("The Chinese foreign ministry called the Japanese plan reckless."))


def test_a_noun_after_on_is_not_the_event_of_a_verb_with_its_own_object(read):
    """"lavished praise on her refusal": the verb acts on the praise; "went on strike" stays."""
    found = codes(read("Democratic lawmakers lavished praise on the speaker's refusal to negotiate with the White House."))
    assert not any(code.startswith("12") for code in found)
    assert "143" in codes(read("Thousands of Greek workers went on strike on Thursday."))


def test_a_finite_verb_after_a_refused_infinitive_is_not_refused(read):
    """"refused to take them back and rejected 400": the rejection happened, nothing is negated."""
    events = read("The Cuban government refused to take back the deportees and rejected 400 of them last year.").events
    assert events and all(e.modality == "happened" for e in events if e.root == "12")
    assert not any(e.modality == "negated" for e in events)


def test_sharing_a_decision_is_no_intelligence_sharing(read):
    found = codes(read("The Maine senator said she would share her decision on the witnesses with the Senate on Friday."))
    assert not any(code.startswith("064") or code == "0314" for code in found)


def test_sharing_intelligence_is_still_064(read):
    assert "064" in codes(read("Jordan shared intelligence with Israel about the plot."))


def test_setting_something_in_motion_is_no_appeal(read):
    assert not any(code.startswith("02") for code in codes(read("The Egyptian government set in motion a plan to appeal to the United Nations.")))
