"""Word senses (round 40): codes the judged draws of seeds 12-65 read into everyday wording.
Someone confronted "on" or "about" a matter (the passive too) is challenged in words (111), and a
thing confronted meets no one (no 040); a post withdrawn ("withdrew it") moves no troops (no 087);
a motion defeated in a vote rejects no cooperation (no 121); an "assault on regulations" is no
violence (no 18x); encouraging officials to act is an appeal (020), no praise (051); backing
sanctions threatens no one (no 13x); shooting down a drone is fighting (190), no small arms
(193); losses inflicted on militants are fighting (190), no coercion (170); a suburb wrested back
is territory taken (192), no retreat (0874); an accusation pushed back on is rejected (120), not
made (112); calling an inquiry a "focused" matter praises no one (051); a member stepping down
from parliament promises no reform (034); a crackdown on industrial capacity represses no one
(175). Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _codes(reading) -> list[str]:
    return [e.cameo for e in reading.events]


def test_someone_confronted_on_a_matter_is_challenged_in_words(read):
    reading = read("At the summit in Quebec, European leaders confronted Trump on the steel tariffs.")
    assert "040" not in _codes(reading)
    assert ("confronted", "111") in _made(reading)
    passive = read("Merkel was confronted about her refugee policy by Turkish President Erdogan.")
    assert ("confronted", "111") in _made(passive)


def test_a_thing_confronted_meets_no_one(read):
    reading = read("The Mexican president confronted the Trump administration's campaign against Mexican migrants.")
    assert "040" not in _codes(reading)
    met = read("Russia's foreign minister met Chinese President Xi Jinping in Beijing on Monday.")
    assert ("met", "040") in _made(met)  # a meeting stays


def test_a_post_withdrawn_moves_no_troops(read):
    reading = read("Trump posted a message about Mexico on Twitter, but he withdrew it within an hour.")
    assert not [c for c in _codes(reading) if c.startswith("087")]
    troops = read("Israel withdrew its troops from the border village on Tuesday.")
    assert [c for c in _codes(troops) if c.startswith("087")]


def test_a_motion_defeated_in_a_vote_rejects_no_cooperation(read):
    reading = read("The Senate voted on Friday to defeat a Democratic motion to call new witnesses.")
    assert not [c for c in _codes(reading) if c.startswith("12")]


def test_an_assault_on_regulations_is_no_violence(read):
    reading = read("Trump's assault on environmental regulations at the EPA is gathering pace.")
    assert not [c for c in _codes(reading) if c.startswith("18")]


def test_encouraging_officials_to_act_is_an_appeal(read):
    reading = read("Beijing has encouraged provincial officials to keep spending on roads and railways.")
    assert "051" not in _codes(reading)
    assert ("encouraged", "020") in _made(reading)


def test_backing_sanctions_threatens_no_one(read):
    reading = read("The European Union has long backed sanctions against Iran.")
    assert not [c for c in _codes(reading) if c.startswith("13") or c.startswith("16")]


def test_shooting_down_a_drone_is_fighting(read):
    reading = read("Iran shot down an American military drone over the Gulf on Thursday.")
    assert "193" not in _codes(reading)
    assert ("shot", "190") in _made(reading)


def test_losses_inflicted_on_militants_are_fighting(read):
    reading = read("The Israeli army inflicted heavy losses on Hamas during the offensive.")
    assert "170" not in _codes(reading)
    assert ("inflicted", "190") in _made(reading)


def test_a_suburb_wrested_back_is_territory_taken(read):
    reading = read("Syrian government forces wrested back a rebel-held suburb of Damascus.")
    assert "0874" not in _codes(reading)
    assert ("wrested", "192") in _made(reading)


def test_an_accusation_pushed_back_on_is_rejected_not_made(read):
    reading = read("Senate Republicans pushed back on the obstruction accusation against the president.")
    assert "112" not in _codes(reading)
    assert ("pushed", "120") in _made(reading)


def test_a_focused_matter_praises_no_one(read):
    reading = read('The French foreign minister called the Russian inquiry a "separate, focused matter."')
    assert "051" not in _codes(reading)


def test_a_seat_in_parliament_given_up_promises_no_reform(read):
    reading = read("Two senior Labour backbenchers said they would step down from parliament at the next election.")
    assert "034" not in _codes(reading)


def test_a_crackdown_on_industry_represses_no_one(read):
    reading = read("The government's crackdown on surplus coal and steel capacity will cost a million jobs.")
    assert "175" not in _codes(reading)
    police = read("Police cracked down on protesters in the capital on Sunday.")
    assert ("cracked", "175") in _made(police)  # people repressed: stays
