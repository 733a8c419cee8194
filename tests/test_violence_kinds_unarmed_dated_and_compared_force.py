"""The kind of violence and violence that is no event (round 22): a bombing or a chemical attack
that kills is coded as that kind (183x, 2041), not as fighting (190); a massacre is a mass killing
(202); force done by computers or words, a past force named by its year, an event held up for
comparison and fighting as the purpose of a journey tell of no use of force. The plain reports
beside them are kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on

FORCE_ROOTS = ("18", "19", "20")


@pytest.mark.parametrize("text, code", [
    # a bombing as the killer: the verb takes the bombing's kind, not fighting
    ("A car bomb attack claimed by the Taliban killed four Afghan policemen in Kunduz on Sunday.", "1832"),
    ("A bomb attack claimed by the Islamic State killed two Iraqi soldiers in Mosul on Friday.", "183"),
    # killed in a chemical attack: chemical weapons used (2041), not fighting
    ("Syrian government forces killed dozens of civilians in a chemical attack on Douma, activists said.", "2041"),
    # killed in a massacre: a mass killing
    ("The Myanmar army killed hundreds of Rohingya villagers in a massacre last year.", "202"),
])
def test_kind_of_violence_on_the_verb(read, text, code):
    found = events_on(read(text), "killed")
    assert found and all(e.cameo == code for e in found), [(e.trigger, e.cameo) for e in found]


def test_air_strike_that_kills_stays_fighting(read):
    """An air strike as the killer is fighting either way: the verb keeps 19x."""
    found = events_on(read("An Israeli air strike killed a senior Islamic Jihad commander in Gaza on Tuesday."), "killed")
    assert found and all(e.cameo.startswith("19") for e in found), [(e.trigger, e.cameo) for e in found]


@pytest.mark.parametrize("text", [
    # force by computers, words or money: no use of force
    "Officials fear a new version of the Chinese hacking and espionage assault on Taiwan's banks.",
    "Iran waged a disinformation offensive against Saudi Arabia on social media.",
    # a past force named by its year: background
    "Russia's 2008 invasion of Georgia showed the limits of NATO.",
    "Beijing has never apologised for the army's 1989 assault on Tiananmen Square.",
    # an event held up for comparison
    "Kenya's opposition leader said the police killings were like Uganda's massacre of protesters.",
    # fighting as the purpose of a journey, no one fought
    "Thousands of Pakistani volunteers went to Afghanistan to fight alongside the Taliban.",
    "Hundreds of Belgian citizens have traveled to fight in Syria and Iraq.",
])
def test_no_force_event(read, text):
    found = coded(read(text))
    assert not any(code.startswith(FORCE_ROOTS) for code, _, _ in found), found


@pytest.mark.parametrize("text, word", [
    # force with arms, with no year on it, with a known foe
    ("Israel waged a fierce offensive against Hamas in Gaza.", "waged"),
    ("Russian mercenaries went to Libya to fight the forces of the Tripoli government.", "fight"),
    ("Turkish jets bombed Kurdish positions in northern Iraq in 2019.", "bombed"),
])
def test_force_kept(read, text, word):
    found = events_on(read(text), word)
    assert found and found[0].cameo.startswith(FORCE_ROOTS), [(e.trigger, e.cameo) for e in read(text).events]


def test_examples_after_like_are_kept(read):
    """"issues like Washington's demands": "like" giving examples is no comparison."""
    found = events_on(read("The two sides remain divided over issues like Washington's demands for reforms to China's economy."), "demands")
    assert found and found[0].cameo.startswith("10"), found
