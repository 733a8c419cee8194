"""Word senses (round 35): a quarrel over an issue between sides that wield words only is words
(111), not force; a wish for the wanter's own act, or a "what" someone wants, asks no one (no
appeal or demand read from the dictionary's noun patterns); "the threat posed by X" names a
danger, no threat made; money sheltered abroad is no humanitarian aid; a coat drawn back or "all
the stops" pulled out is no military withdrawal; people "talking past each other" consult no one.
Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _coded(reading) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.trigger, e.cameo, e.source and e.source.code, e.target and e.target.code) for e in reading.events]


def test_leaders_clashing_over_an_issue_is_words_between_them(read):
    reading = read("2019: Merkel and Macron clash over budget rules")
    assert ("clash", "111", "DEUGOV", "FRAGOV") in _coded(reading)
    assert ("clash", "111", "FRAGOV", "DEUGOV") in _coded(reading)
    assert not [e for e in reading.events if e.cameo.startswith("19")]


def test_a_quarrel_over_a_bill_in_a_past_tense_report_is_words(read):
    reading = read("Biden and McConnell clashed over the infrastructure bill on Tuesday.")
    assert [c for _, c in _made(reading)] and all(c == "111" for _, c in _made(reading))


def test_armed_sides_or_a_place_fought_over_stay_force(read):
    troops = read("Indian and Chinese troops clashed over the disputed stretch of the frontier.")
    assert ("clashed", "190") in _made(troops)
    place = read("Armenia and Azerbaijan clashed over Nagorno-Karabakh.")
    assert ("clashed", "190") in _made(place)
    police = read("Police clashed with protesters outside parliament over the new law.")
    assert not [e for e in police.events if e.cameo == "111"]


def test_a_wish_to_support_someone_is_no_appeal(read):
    reading = read("The senator said the parliament wants to support Kenya and will vote on Friday.")
    assert not [e for e in reading.events if e.trigger == "wants" and e.cameo.startswith("02")]


def test_a_wish_to_help_is_no_appeal_for_aid(read):
    reading = read("Egypt wants to help Sudan rebuild.")
    assert not [e for e in reading.events if e.trigger == "wants"]


def test_what_someone_wants_from_others_is_no_appeal(read):
    reading = read('"He knows exactly what the chancellor wants from his intelligence community," a former official said.')
    assert not [e for e in reading.events if e.trigger == "wants"]


def test_a_wish_that_another_acts_stays_an_appeal(read):
    reading = read("The prime minister wants Germany to send more tanks.")
    assert ("wants", "020") in _made(reading)


def test_the_threat_posed_by_someone_is_a_danger(read):
    reading = read("We must end the threat posed by the Iranian regime.")
    assert not [e for e in reading.events if e.trigger == "threat"]
    made = read("Iran's threat to close the Strait of Hormuz alarmed traders.")
    assert ("threat", "130") in _made(made)


def test_money_sheltered_abroad_is_no_aid(read):
    reading = read("Shell companies make it harder for everyone else to save, because they pay higher taxes to make up "
                   "for the money the rich don't pay when they shelter their income abroad.")
    assert not [e for e in reading.events if e.trigger == "shelter"]
    kept = read("The church sheltered dozens of refugees from Syria.")
    assert ("sheltered", "073") in _made(kept)


def test_talking_past_each_other_is_no_consultation(read):
    reading = read("During the debate the senator and the committee's Republicans talked past each other.")
    assert not [e for e in reading.events if e.trigger == "talked"]


def test_a_garment_drawn_back_or_all_the_stops_are_no_military_withdrawal(read):
    coat = read("President Ruto pulled back his jacket to show the crowd his shirt.")
    assert not [e for e in coat.events if e.cameo.startswith("087")]
    stops = read("The governor said the administration should be pulling out all the stops for the housing bill.")
    assert not [e for e in stops.events if e.cameo.startswith("087")]
    troops = read("The army pulled its troops back from the border.")
    assert ("pulled", "0874") in _made(troops)
