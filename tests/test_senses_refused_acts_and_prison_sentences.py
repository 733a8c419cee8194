"""Event codes (round 32): classes of wrong codes in the judged real-news draws (seeds 12-49): an
act someone refused to do stored beside the refusal as a negated act of its own, a prison
sentence coded as an administrative sanction (172), a standing view against a general evil
("reject terrorism") coded as a rejection, talk of an election as an intent to change leaders
(0341), an attack with car bombs as military force (190), a verbal attack joined to another verb
as force (190). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

# --- (1) "refused to X": the refusal (12x) alone, no negated X beside it -------------------------


@pytest.mark.parametrize(("text", "act"), [
    ("President Duterte on Monday refused to commit to meeting the Chinese delegation.", "commit"),
    ("Ankara has refused to hand over the two journalists to Greek authorities.", "hand"),
    ("Hungary declined to sign the agreement with Brussels on Thursday.", "sign"),
    ("Poland's refusal to meet the Russian envoy angered Moscow.", "meet"),
])
def test_a_refused_act_is_stored_as_the_refusal_only(read, text, act):
    reading = read(text)
    assert not events_on(reading, act)
    assert any(code.startswith("12") for code in codes(reading))


@pytest.mark.parametrize(("text", "act"), [
    ("The Kremlin rejected releasing the detained sailors before the talks.", "releasing"),
    ("The ministry said Egypt was unwilling to release the detained reporters.", "release"),
    ("The Mexican president would not commit to meeting Trump.", "commit"),
])
def test_an_act_not_refused_by_a_verb_with_an_infinitive_keeps_its_negated_event(read, text, act):
    # a refused gerund is the thing rejected, an unwillingness or a plain "would not" no refusal verb
    assert [e.modality for e in events_on(read(text), act)] == ["negated"]


# --- (2) a prison sentence is legal action (173), no administrative sanction (172) -----------------


@pytest.mark.parametrize("text", [
    "A Cairo court sentenced three activists to prison in 2016 for the protest.",
    "An Iranian court has sentenced the British aid worker to five years in jail.",
])
def test_a_court_sentence_is_legal_action(read, text):
    found = codes(read(text))
    assert "173" in found and "172" not in found


# --- (3) a plain present against a general evil: a standing view, no rejection of anyone -----------


@pytest.mark.parametrize("text", [
    "Pakistanis reject extremism, the prime minister said.",
    "As firmly as my government condemns tyranny, we welcome new democracies.",
])
def test_a_standing_view_against_a_general_evil_is_no_event(read, text):
    assert not any(code[:2] in {"11", "12"} for code in codes(read(text)))


@pytest.mark.parametrize("text", [
    "The Egyptian government condemns violence against Coptic Christians.",
    "The Egyptian government condemned the violence against protesters.",
    "Turkey rejects the use of force by the Kurds.",
])
def test_a_condemnation_naming_a_deed_or_its_victims_stays(read, text):
    assert any(code[:2] in {"11", "12"} for code in codes(read(text)))


# --- (4) speaking of elections: no intent to change leadership (0341) ---------------------------


@pytest.mark.parametrize("text", [
    "President Erdogan spoke of free and fair elections in Turkey.",
    "The former Turkish prime minister spoke candidly about his defeat on election night.",
])
def test_talk_of_an_election_is_no_intent_to_change_leaders(read, text):
    assert "0341" not in codes(read(text))


def test_discussing_elections_with_someone_stays_a_consultation(read):
    assert "040" in codes(read("The Kenyan president discussed early elections with the opposition leader."))


# --- (5) force done with a suicide, car or roadside bomb: non-military bombing (183x) ---------------


@pytest.mark.parametrize(("text", "code"), [
    ("Al-Shabaab is continuing its attacks with car bombs in Mogadishu.", "1832"),
    ("The militants stepped up their attacks with suicide bombs in the capital.", "1831"),
    ("Militants attacked the police checkpoint with a truck bomb on Monday.", "1832"),
    ("The Taliban carried out attacks with roadside bombs against Afghan troops.", "1833"),
])
def test_an_attack_with_a_bomb_of_a_kind_is_that_bombing(read, text, code):
    assert code in codes(read(text))


def test_an_attack_with_plain_bombs_by_a_state_stays_aerial(read):
    assert "195" in codes(read("Israeli jets attacked the camp with bombs."))


# --- (6) a verbal attack joined to another verb: its doer is the first verb's, words, no force ------


@pytest.mark.parametrize("text", [
    "The president also threatened to slap tariffs on German cars and hammered Merkel as weak after she signed a new tax on banks.",
    "The president threatened to slap tariffs on German cars and attacked Merkel as weak.",
])
def test_a_joined_verbal_attack_on_a_politician_is_criticism(read, text):
    found = codes(read(text))
    assert "111" in found and not any(code[:2] in {"18", "19"} for code in found)


def test_a_joined_attack_by_rebels_stays_force(read):
    assert "190" in codes(read("Rebels seized the airport and attacked the army base."))
