"""Round 42's word senses. A verb of firing whose object is no weapon or missile is a dismissal or
a figure, no force: "fired the head of the Secret Service", "firing questions at the officials";
missiles, shells, tear gas and amounts of rockets fired stay force. Two people who clash "on" or
"over" a country quarrel in words (111); states that clash over islands may fight. Aircraft sent
to bomb are a state's air strike (195), not CAMEO's non-military bombing (183). People attacking a
country "claiming" or "accusing" attack in words (111). Talks that broke down or stalled are no
consultation held. Sentences written for these tests."""

from __future__ import annotations

from helpers import codes


def test_an_official_fired_is_dismissed_not_shot_at(read):
    reading = read("The White House fired the head of the Secret Service.")
    assert not [c for c in codes(reading) if c[:2] in {"18", "19"}]


def test_questions_fired_at_officials_are_no_force(read):
    reading = read("Lawmakers spent the afternoon firing questions at the Pentagon officials.")
    assert not [c for c in codes(reading) if c[:2] in {"18", "19"}]


def test_missiles_shells_and_tear_gas_fired_stay_force(read):
    assert "195" in codes(read("Iran fired missiles at US bases in Iraq."))
    assert "193" in codes(read("The Israeli army fired artillery shells into Gaza on Tuesday."))
    assert "175" in codes(read("Police fired tear gas at protesters in the capital."))
    assert "194" in codes(read("Hamas fired dozens of rockets at Israeli towns overnight."))


def test_two_people_clashing_on_countries_quarrel_in_words(read):
    reading = read("The president and Pompeo had clashed on Venezuela and Syria in recent months.")
    assert "111" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("19")]
    reading = read("Merkel and Macron clashed over Russia at the summit.")
    assert "111" in codes(reading)
    assert "190" not in codes(reading)


def test_states_clashing_over_islands_may_still_fight(read):
    assert "190" in codes(read("China and Japan clashed over the disputed islands."))


def test_jets_sent_to_bomb_are_an_air_strike(read):
    reading = read("The United Arab Emirates sent fighter jets to Yemen to bomb Houthi rebels.")
    assert "195" in codes(reading)
    assert "183" not in codes(reading)


def test_an_attack_on_a_country_told_while_claiming_is_words(read):
    reading = read("Trump launched a fresh attack on Germany at the summit, claiming Berlin was controlled by Russia.")
    assert "111" in codes(reading)
    assert "190" not in codes(reading)
    reading = read("Trump attacked Mexico on Monday, accusing it of doing nothing to stop migrants.")
    assert "111" in codes(reading)
    assert "190" not in codes(reading)


def test_a_state_attacking_while_claiming_self_defence_stays_force(read):
    assert "190" in codes(read("Russia launched an attack on Ukraine, claiming it was acting in self-defence."))


def test_talks_that_broke_down_or_stalled_are_no_consultation(read):
    assert not [c for c in codes(read("Talks between Israel and the Palestinians broke down in 2014.")) if c.startswith("04")]
    assert not [c for c in codes(read("Talks between Washington and Tehran have ground to a halt.")) if c.startswith("04")]
    assert "040" in codes(read("Talks between Washington and Tehran will resume next week."))
