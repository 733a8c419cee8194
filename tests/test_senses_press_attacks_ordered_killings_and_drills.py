"""Round 47's word senses, named by the judged draws and counted on the news corpus. Force by a
civilian on the press, by any of its words, is words (111): "clashing with reporters", "attacks on
the news media"; "bad blood" names no wound. A killing ordered whose victim is one person is an
assassination (186), no battle (190). A deal or decision named by its truce is the truce agreed
(0871), no bare intent (030). Forces that head somewhere for exercises make no visit (042).
Support of an arm of war given by an army is military aid (072), no praise (051). A glare shot
at someone and a country ripped off are no force. Sentences written for these tests."""

from __future__ import annotations

from helpers import codes


def _force(found: list[str]) -> list[str]:
    return [c for c in found if c[:2] in {"17", "18", "19", "20"}]


def test_a_politician_clashing_with_reporters_is_words(read):
    reading = read("The bad blood between Macron and Le Monde showed again as Macron clashed with its reporters on Monday.")
    assert not _force(codes(reading)), codes(reading)
    assert "111" in codes(reading)


def test_attacks_on_fake_news_are_words(read):
    reading = read('The editors blamed Trump\'s constant attacks on "fake news" for the threats.')
    assert not _force(codes(reading)), codes(reading)
    assert "111" in codes(reading)


def test_soldiers_attacking_journalists_stay_force(read):
    found = codes(read("Soldiers attacked journalists covering the protest in the capital."))
    assert _force(found), found


def test_a_killing_ordered_of_one_person_is_an_assassination(read):
    found = codes(read("Investigators believe Russian President Vladimir Putin ordered the killing of opposition leader Boris Nemtsov."))
    assert "186" in found, found
    assert "190" not in found


def test_a_killing_ordered_of_many_stays_as_it_was(read):
    found = codes(read("Investigators believe Russian President Vladimir Putin ordered the killing of hundreds of villagers in Chechnya."))
    assert "186" not in found, found


def test_a_truce_deal_agreed_is_a_truce(read):
    found = codes(read("Ethiopia and the Tigrayan rebels agreed on Sunday to a cease-fire deal brokered by the African Union."))
    assert "0871" in found, found
    assert "030" not in found


def test_forces_heading_out_for_exercises_make_no_visit(read):
    found = codes(read("Two Marine companies will head to Norway next week and are expected to arrive by Friday "
                       "for cold-weather exercises."))
    assert not [c for c in found if c.startswith("04")], found


def test_a_minister_travelling_for_talks_still_visits(read):
    assert "042" in codes(read("The Japanese foreign minister will travel to Seoul on Monday for talks with Moon."))


def test_artillery_support_given_by_an_army_is_military_aid(read):
    found = codes(read("Turkish warplanes bombed the ridge and the Turkish army had provided artillery support "
                       "before the assault."))
    assert "072" in found, found
    assert "051" not in found


def test_a_glare_shot_at_colleagues_is_no_shooting(read):
    reading = read("Pelosi shot a glare at the Republicans.")
    assert not _force(codes(reading)), codes(reading)


def test_ripping_off_a_country_is_no_assault(read):
    found = codes(read("China has cheated on trade for decades. They love ripping off America!"))
    assert not _force(found), found
