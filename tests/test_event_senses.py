"""Word sense and modality on real-looking news (issue 12): force verbs in their other senses,
contests, stories of other domains, and events that are planned, forecast or asked for rather than
done. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.events.senses import document_domain, tables


def happened(reading) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in reading.events if e.modality == "happened"]


def force(reading) -> list[tuple[str, str]]:
    """(code, modality) of every force event (17x seizure, 18x–20x), whatever its modality."""
    return [(e.cameo, e.modality) for e in reading.events if e.root in {"18", "19", "20"} or e.cameo.startswith("171")]


# --- force verbs with nothing to hurt -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In a radio interview, the Chilean president struck a conciliatory tone on the fishing dispute.",
    "The former Peruvian foreign minister broke her silence on the bribery case on Thursday.",
    "Moscow attacked our democracy and our elections, the Estonian prime minister said.",
    "The sanctions badly hurt Venezuela's economy last year.",
    "The Kenyan president struggled to break through the party's old guard.",
    "Hungary's government is fighting the release of the audit, the opposition said.",
])
def test_force_verb_with_an_abstract_object_is_no_force(read, text):
    assert force(read(text)) == []


@pytest.mark.parametrize("text, code", [
    ("Turkish jets struck a Kurdish militia base near the Syrian border on Tuesday.", "19"),
    ("Police beat protesters with batons outside the parliament in Minsk.", "18"),
    ("Al-Shabaab fighters captured a military base in southern Somalia on Sunday.", "17"),
    ("Iran fired missiles at two American bases in Iraq on Wednesday.", "19"),
    ("Rebels seized control of Goma after two days of fighting.", "17"),
])
def test_force_on_a_body_or_a_place_stays_force(read, text, code):
    assert any(c.startswith(code) and m == "happened" for c, m in force(read(text))), read(text).events


# --- words, not force ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Spanish Prime Minister Pedro Sanchez attacked Morocco for using migrants as a weapon against Spain.",
    "The Polish president attacked the European Commission over its ruling on the courts.",
])
def test_force_verb_over_a_reason_is_criticism(read, text):
    found = happened(read(text))
    assert any(c == "111" for c, _, _ in found) and not any(c[:2] in {"18", "19"} for c, _, _ in found), found


def test_firing_back_is_a_riposte_in_words(read):
    found = happened(read("Venezuelan president Nicolas Maduro fired back at Colombia on Monday, calling its leader a coward."))
    assert not any(c[:2] in {"18", "19"} for c, _, _ in found), found


# --- no one acts -------------------------------------------------------------------------------
def test_a_storm_is_no_doer(read):
    assert force(read("A powerful typhoon hit the Philippines on Sunday, killing at least 20 people.")) == []


# --- contests: elections and games ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lula defeated Bolsonaro in the runoff election on Sunday.",
    "The Labour candidate beat the Conservative minister in the by-election in Wakefield.",
    "Argentina beat Brazil 1-0 in the final of the Copa America in Rio de Janeiro.",
])
def test_winning_a_vote_or_a_game_is_no_force(read, text):
    assert force(read(text)) == []


SPORTS_STORY = """Japan edges Mexico to reach the baseball final
Japan beat Mexico 6-5 in the semifinal on Monday night in Miami, where the pitcher struck out nine batters.

Japan will meet the United States on Tuesday at the stadium in Miami, where fans are expected to fill every seat.

Mexico attacked Japan early, scoring two runs before the Japanese took control of the game.

Cuba crushed Panama on Sunday to finish third in the tournament, the league said."""


def test_a_sports_story_codes_no_force_and_no_meetings(read):
    title, body = SPORTS_STORY.split("\n", 1)
    assert document_domain(title, body) == "sports"
    reading = read(body)
    assert not any(e.root in {"04", "17", "18", "19", "20"} for e in reading.events), reading.events


def test_a_political_story_has_no_other_domain():
    body = ("The foreign ministers of Iran and Iraq met in Baghdad on Sunday to discuss border security "
            "and the return of refugees, a week after the parliament approved a new security pact.")
    assert document_domain("Iran and Iraq discuss border", body) is None


def test_word_lists_are_package_data():
    for name in ("force_verbs", "bodies", "contest_words", "natural_forces", "domain_sports", "forecast_heads"):
        assert tables()[name], name
