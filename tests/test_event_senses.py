"""Word sense and modality on real-looking news (issue 12): force verbs in their other senses,
contests, stories of other domains, and events that are planned, forecast or asked for rather than
done. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded

from newsevents.events.senses import document_domain, tables


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
    found = coded(read(text), happened_only=True)
    assert any(c == "111" for c, _, _ in found) and not any(c[:2] in {"18", "19"} for c, _, _ in found), found


def test_firing_back_is_a_riposte_in_words(read):
    found = coded(read("Venezuelan president Nicolas Maduro fired back at Colombia on Monday, calling its leader a coward."), happened_only=True)
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


# --- modality: force meant, planned, forecast, asked for ------------------------------------------
def test_future_force_in_the_actors_own_words_is_a_threat_not_force(read):
    reading = read('"We will shoot down any drone that crosses into our airspace," the Iranian defence minister said.')
    found = coded(reading, happened_only=True)
    assert [c for c, _, _ in found] and all(c.startswith("13") for c, _, _ in found), found
    assert all(m != "happened" for _, m in force(reading))


def test_future_force_in_the_writers_words_is_planned_force_and_no_threat(read):
    reading = read("Israel will strike Iranian nuclear sites next week.")
    assert coded(reading, happened_only=True) == []
    assert force(reading) == [("190", "planned")]


def test_what_analysts_say_a_country_could_do_is_no_threat(read):
    reading = read("Iran could strike American bases in the region, analysts said.")
    assert not any(c.startswith("13") for c, _, _ in coded(reading, happened_only=True))
    assert all(m == "hypothetical" for _, m in force(reading))


@pytest.mark.parametrize("text, code, modality", [
    ("The Canadian prime minister will meet the Mexican president in Ottawa on Friday.", "040", "planned"),
    ("The Kenyan president is scheduled to visit Tanzania next month.", "042", "planned"),
    ("The Pentagon plans to deploy 2,000 more troops to Poland next spring.", "154", "planned"),
    ("The Japanese prime minister and the South Korean president are likely to meet in Seoul later this year, officials said.", "040", "hypothetical"),
])
def test_scheduled_and_forecast_events_did_not_happen(read_every, text, code, modality):
    reading = read_every(text)
    assert (code, modality) in [(e.cameo, e.modality) for e in reading.events], reading.events
    assert not any(e.root == code[:2] and e.modality == "happened" for e in reading.events)
    assert not any(e.cameo == "138" for e in reading.events)  # a planned deployment threatens no one


def test_a_future_credited_to_a_speaker_stays_an_intent(read):
    reading = read("Norway will send 40 tons of medical supplies to Yemen next week, the Norwegian foreign ministry said.")
    assert any(c.startswith("03") for c, _, _ in coded(reading, happened_only=True)), reading.events


@pytest.mark.parametrize("text", [
    "Analysts predict that Turkey will seek a bigger role in northern Iraq.",
    "The president will probably call for new sanctions on Caracas.",
    "Fears grew of a possible Turkish offensive against Kurdish forces in Syria.",
    "The planned summit between the Serbian and Kosovar leaders in Brussels is in doubt.",
    "The European Union must impose sanctions on Minsk, the editorial argued.",
    "Germany should ask Russia to release the detained journalists.",
    "If the prime minister urged the police to arrest the protest leaders, he broke the law.",
    "The Iranian film depicts Iranian warships opening fire on an American destroyer.",
])
def test_guesses_duties_and_scenes_are_not_happened(read, text):
    reading = read(text)
    assert not [e for e in reading.events if e.modality == "happened" and e.root != "01"], \
        [(e.cameo, e.trigger, e.modality) for e in reading.events]


# --- recognition and meetings in their other senses ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The Spanish government recognized the need for a new deal with Catalonia.",
    "The German chancellor recognized that her refugee policy had cost her party votes.",
])
def test_recognising_a_need_or_a_fact_is_no_recognition(read, text):
    assert not any(e.cameo == "054" for e in read(text).events)


@pytest.mark.parametrize("text", [
    "Washington recognized Juan Guaido as Venezuela's interim president in January.",
    "Sweden recognized the State of Palestine in 2014.",
])
def test_recognising_a_state_or_a_leader_is_recognition(read, text):
    assert any(e.cameo == "054" and e.modality == "happened" for e in read(text).events)


@pytest.mark.parametrize("text", [
    "The Greek government met the deadline set by the European Commission.",
    "The Austrian government will spend more to meet the concerns of farmers in Tyrol.",
])
def test_meeting_a_deadline_or_a_concern_is_no_meeting(read, text):
    assert not any(e.root == "04" for e in read(text).events)


def test_countries_that_meet_at_a_border_hold_no_meeting():
    from newsevents.events.senses import _meeting
    from newsevents.nlp import load_pipeline

    doc = load_pipeline()("The cycle path ends at the bridge where Austria, Slovakia and Hungary meet.")
    assert _meeting(next(t for t in doc if t.lemma_ == "meet"), lambda token: None) is False
    doc = load_pipeline()("Geneva, where Iran and the United States met for talks in 2015, wants to host them again.")
    assert _meeting(next(t for t in doc if t.lemma_ == "meet"), lambda token: None) is True


# --- idioms, captions, frames shared by conjuncts -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two former ministers of the Malaysian government pleaded guilty to money laundering in Kuala Lumpur.",
    "Defying predictions of an early exit, the Italian finance minister stayed in office for another year.",
    "The Brazilian president broke bread with Argentine lawmakers in Buenos Aires on Tuesday.",
    "The Pentagon has been dealing with Iraqi militias for a decade.",
    "More than 500 Iranian officials signed the petition, according to the organisers.",
])
def test_idioms_name_no_event(read, text):
    assert not [e for e in read(text).events if e.root != "01"], read(text).events


def test_a_video_caption_codes_nothing(read):
    reading = read("JUST WATCHED Turkish troops attack Kurdish positions in Afrin Replay More Videos ... MUST WATCH")
    assert reading.events == []


def test_a_second_promised_action_is_promised_too(read):
    reading = read("Ethiopia promised to halt the air raids and to lift the blockade on Tigray.")
    assert not [e for e in reading.events if e.modality == "happened" and not e.cameo.startswith("03")], \
        [(e.cameo, e.trigger, e.modality) for e in reading.events]


@pytest.mark.parametrize("text", [
    "The militia committed war crimes in the occupied villages, the UN envoy for Syria said.",
    "A former Afghan police officer joined the Pakistani Taliban in 2010.",
    "The Nigerian embassy in Rome received dozens of visa applications from the stranded students.",
])
def test_deeds_memberships_and_mail_are_no_commitments_or_meetings(read, text):
    assert not [e for e in read(text).events if e.root in {"03", "04"} or e.cameo == "011"], read(text).events


def test_committing_troops_to_a_mission_stays_an_event(read):
    reading = read("Iraq committed 5,000 troops to the offensive against the Islamic State.")
    assert any(e.root == "03" for e in reading.events)


def test_a_threat_with_a_condition_happened(read):
    reading = read("If Ottawa did not sign a new deal, the American president had threatened to impose tariffs on Canadian cars.")
    assert any(e.root == "13" and e.modality == "happened" for e in reading.events), reading.events
    assert not any(e.cameo.startswith("16") and e.modality == "happened" for e in reading.events)


@pytest.mark.parametrize("text", [
    "If the senator manages to defeat Governor Whitmer, pollsters will be surprised.",
    "It is the Dutch prime minister's duty to offer the country a government that can last.",
    'The Saudi energy minister insisted the oil market "is resilient and will recover quickly".',
])
def test_no_force_or_intent_happened(read, text):
    reading = read(text)
    assert not [e for e in reading.events if e.modality == "happened" and (e.root in {"18", "19", "20"} or e.root == "03")], \
        [(e.cameo, e.trigger, e.modality) for e in reading.events]


def test_force_deep_under_a_vow_did_not_happen(read):
    reading = read("The Islamic State is now vowing to widen its war to include killing Americans wherever it can.")
    assert not [e for e in reading.events if e.root == "19"]  # the threat carries it
    assert [(e.root, e.modality) for e in reading.events] == [("13", "happened")]


def test_feeling_threatened_by_a_thing_is_no_threat(read):
    reading = read('"Iran is threatened by superior Israeli air power," the Dutch analyst said.')
    assert not any(e.root == "13" for e in reading.events), reading.events
    assert any(e.root == "13" for e in read("Pyongyang was threatened by Washington on Monday.").events)


def test_hitting_goods_with_tariffs_is_a_sanction(read):
    reading = read("The Japanese government hit South Korean chemical exports with new duties on Monday.")
    assert [(e.cameo, e.modality) for e in reading.events if e.cameo[:2] in {"16", "18", "19"}] == [("163", "happened")]


def test_a_promise_to_hit_goods_with_tariffs_is_a_threat_of_sanctions(read):
    reading = read('"We will hit Mexican imports with new tariffs next month," the American president said.')
    assert [e.cameo for e in reading.events if e.modality == "happened"] == ["1312"]
    assert not any(e.root == "19" for e in reading.events)
