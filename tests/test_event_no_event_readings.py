"""Is there really an event of this kind? word senses, dispositions, questions
put to a speaker, dictionary patterns matched in the wrong phrase, and a verb's broad dictionary
default in a clause that did not happen. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on


def triggered(reading, word: str) -> list[str]:
    """The codes of the events whose trigger is `word`."""
    return [e.cameo for e in events_on(reading, word, any_case=True)]


# --- a dictionary pattern's words belong to the verb's own phrase -----------------------------
@pytest.mark.parametrize("text, word", [
    # "land" is what "win" acts on, not "manage" (the dictionary's 192 "manage … land")
    ("The governor managed to win the biggest county in the land despite a string of scandals.", "managed"),
    # "gun" modifies what "accept" acts on, not "force" (154 "force … gun")
    ("The senator said the treaty would force Americans to accept tighter gun rules from abroad.", "force"),
])
def test_pattern_words_inside_a_control_complement_are_not_the_verbs(read, text, word):
    assert triggered(read(text), word) == []


def test_a_control_complement_keeps_its_own_event(read):
    assert "154" in codes(read("The Kremlin agreed on Friday to send troops to the border region."))


# --- a broad dictionary default in a clause that did not happen -------------------------------
@pytest.mark.parametrize("text, word", [
    ("Beijing could use its veto at the Security Council to protect Pakistan from a censure motion.", "protect"),
    ("The committee chairman did not vote to compel the testimony of the former ambassador.", "compel"),
    ("Russia will protect India at the Security Council, the analyst argued.", "protect"),
])
def test_a_default_code_in_a_clause_that_did_not_happen_is_no_event(read, text, word):
    assert triggered(read(text), word) == []


def test_a_happened_default_code_with_its_dyad_stays(read):
    # "remove" has no code of our own: its dictionary default (174) with a coded dyad is kept
    assert triggered(read("The Egyptian army removed President Mohamed Morsi on July 3 after mass protests."), "removed") == ["174"]


# --- lasting attitudes are no praise ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Hungarian prime minister admires strongmen like the Turkish president, his aides say.",
    "Even after the summit, the Brazilian president would still admire Vladimir Putin.",
])
def test_a_disposition_is_no_praise(read, text):
    assert [c for c in codes(read(text)) if c.startswith("05")] == []


def test_praise_given_is_still_praise(read):
    assert "051" in codes(read("The Brazilian president praised Vladimir Putin at the summit on Tuesday."))


# --- a question put to the speaker is no appeal -----------------------------------------------
def test_when_asked_is_no_appeal(read):
    reading = read("When asked about the Turkish offer, the Greek foreign minister said Athens would study it.")
    assert [c for c in codes(reading) if c.startswith("02")] == []


def test_asking_someone_to_act_is_an_appeal(read):
    assert any(c.startswith("02") for c in codes(read("Egypt asked Israel on Monday to release the Palestinian prisoners.")))


# --- letting someone do something is no release -----------------------------------------------
def test_freeing_someone_to_act_is_no_release(read):
    text = "The new rules free Pentagon officials to brief lawmakers on the drone programme."
    assert [c for c in codes(read(text)) if c.startswith("084")] == []


def test_freeing_captives_is_a_release_whatever_follows(read):
    assert any(c.startswith("084") for c in codes(read("The rebels freed the 12 hostages on Sunday to secure a ransom.")))


# --- acts on oneself, talks with an audience --------------------------------------------------
def test_sheltering_oneself_is_no_aid(read):
    text = "The Jordanian king has sought to shelter himself from the turmoil in neighbouring Syria."
    assert [c for c in codes(read(text)) if c[:2] in {"03", "05", "06", "07"}] == []


def test_talking_with_reporters_is_no_consultation(read):
    text = "The Kenyan foreign minister discussed the border dispute with reporters in Nairobi on Monday."
    assert [c for c in codes(read(text)) if c.startswith("04")] == []


def test_talking_with_a_counterpart_is_a_consultation(read):
    text = "The French foreign minister discussed the crisis with his Italian counterpart on Monday."
    assert "040" in codes(read(text))


# --- no one acts: an event as subject, a danger posed, a habit of words ------------------------
def test_an_event_noun_as_doer_is_no_actor(read):
    text = "Two years of fruitless talks in Geneva between the Cypriot leaders have stalled the reunification plan."
    assert triggered(read(text), "stalled") == []


def test_a_danger_posed_is_no_threat(read):
    text = "Iraqi officials say that as long as the militants hold Falluja, the group threatens Baghdad."
    assert triggered(read(text), "threatens") == []


def test_a_threat_with_its_means_is_a_threat(read):
    assert any(c.startswith("13") for c in triggered(read("Washington threatens Caracas with new oil sanctions."), "threatens"))


def test_words_said_by_habit_are_no_event(read):
    assert codes(read("Brazilian presidents often criticize the press in their weekly broadcasts.")) == []


def test_a_practice_of_force_is_still_reported(read):
    text = "Libyan militia guards routinely beat detainees at the Tripoli camp, a United Nations report said on Monday."
    assert any(c.startswith("18") for c in codes(read(text)))


# --- a statement handed over is coded by what it says -----------------------------------------
def test_a_letter_sent_is_coded_by_its_request(read):
    reading = read("The Polish ombudsman sent a letter to the European Commission requesting an inquiry into the logging.")
    assert triggered(reading, "sent") == []
    assert any(c.startswith("02") for c in triggered(reading, "requesting"))


def test_welcoming_an_act_is_no_visit(read):
    reading = read('"I welcome the ministry and the army looking at this problem," the Lithuanian senator said.')
    assert [c for c in codes(reading) if c.startswith("04")] == []


def test_welcoming_a_guest_is_a_visit_hosted(read):
    assert any(c.startswith("04") for c in codes(read("The Turkish president welcomed the Iranian foreign minister in Ankara on Monday.")))


# --- weapons of mass destruction ---------------------------------------------------------------
def test_chemical_weapons_used_are_mass_destruction(read):
    reading = read("Inspectors concluded that government forces used chemical weapons against the town of Douma in April.")
    assert "2041" in codes(reading)


# --- what is sought, what is agreed, what another event is about -------------------------------
@pytest.mark.parametrize("text", [
    "The Tamils, the Kashmiris and many other peoples seek their own states.",
    "The Senate Ethics Committee is seeking a court ruling to unseal the records.",
])
def test_seeking_a_goal_is_no_appeal(read, text):
    assert [c for c in codes(read(text)) if c.startswith("02")] == []


def test_seeking_help_is_an_appeal(read):
    assert any(c.startswith("02") for c in codes(read("The Malian government sought military assistance from France on Friday.")))


def test_agreeing_on_a_view_is_no_agreement(read):
    text = "Both the Bundestag and the army chiefs now seem to agree that the old conscription law should end."
    assert [c for c in codes(read(text)) if c.startswith("03")] == []


def test_agreeing_on_what_will_happen_is_an_agreement(read):
    text = "Armenia and Azerbaijan agreed that the border talks would resume in Moscow next month."
    assert any(c.startswith("03") for c in codes(read(text)))


def test_an_event_inside_another_events_phrase_is_its_topic(read):
    reading = read("The minister's repeated attacks on the corruption inquiry by the Slovak police drew protests in Bratislava.")
    assert triggered(reading, "inquiry") == []


def test_an_event_asked_for_by_a_noun_stays_as_asked(read):
    reading = read("Pyongyang has dropped its long-standing demand for the withdrawal of American troops from the peninsula.")
    assert [e.modality for e in reading.events if e.trigger == "withdrawal"] == ["demanded"]


# --- the dictionary's cooperative defaults say too little alone ---------------------------------
def test_a_cooperative_default_alone_is_no_event(read):
    # "plan" has no code of our own; the dictionary's default (030) is too broad alone
    assert codes(read("The Dutch interior ministry was planning a review of Turkish funding for several mosques.")) == []


def test_an_endorsement_default_alone_still_codes(read):
    assert codes(read("The Chilean president encouraged the Peruvian government during the border crisis.")) == ["051"]


def test_a_conflict_default_alone_still_codes(read):
    assert triggered(read("Syrian rebels looted the Turkish consulate in Aleppo on Sunday."), "looted") != []


# --- feelings fed ---------------------------------------------------------------------------
def test_a_mood_encouraged_is_no_endorsement(read):
    text = "The Austrian chancellor's irritation with Brussels has been encouraged by Viktor Orban, his Hungarian ally."
    assert [c for c in codes(read(text)) if c.startswith("05")] == []




# --- headlines of related links scraped into a sentence -----------------------------------------
@pytest.mark.parametrize("text", [
    "Markets — Brought to you by Acme Bank — Germany imposes tariffs on steel | Bundestag to vote on budget | Austria sends aid to flood towns",
    "The mayor said the governor Jane Ann GovernorSenator says Poland threatened to expel envoy MORE had approved the plan.",
])
def test_a_run_of_link_headlines_is_no_report(read, text):
    assert codes(read(text)) == []


def test_a_name_like_youtube_is_no_link_headline(read):
    assert codes(read("Russia blocked YouTube and arrested two opposition bloggers in Moscow on Friday.")) != []
