"""Targets that are not recipients: what a consultation is about ("discussed Syria with Lavrov",
"talks on trade with Japan"), an event named in a threat's condition ("if talks in Austria
fail") and those a requested act would touch ("a request to lift the ban on migrants"); and
each of the coordinated actors asked to act is a target ("urged Israel and Hamas to halt"). Missing beats wrong:
the partner after "with" stays the target, else none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


def _targets(reading, word: str) -> list[str | None]:
    return [event.target.code if event.target else None for event in events_on(reading, word)]


@pytest.mark.parametrize(("text", "word", "partner", "topic"), [
    ("Kerry discussed Syria with Lavrov in Geneva on Monday.", "discussed", "RUSGOV", "SYR"),
    ("The Japanese foreign minister discussed North Korea with his South Korean counterpart on Friday.",
     "discussed", "KOR", "PRK"),
    ("Russia held talks on Syria with Turkey in Sochi on Monday.", "talks", "TUR", "SYR"),
    ("Merkel and Macron discussed Ukraine at a dinner in Berlin.", "discussed", None, "UKR"),
])
def test_the_topic_of_a_consultation_is_no_target(read, text, word, partner, topic):
    targets = _targets(read(text), word)
    assert topic not in targets
    if partner is not None:
        assert partner in targets


def test_a_consultation_with_only_a_topic_names_no_one(read):
    reading = read("Officials of the two countries held talks on Venezuela on Tuesday.")
    assert all(target != "VEN" for _, _, target in coded(reading))


def test_a_call_for_talks_on_a_country_is_not_aimed_at_it(read):
    reading = read("The French president called for talks on Libya.")
    assert all(target != "LBY" for _, _, target in coded(reading))


def test_a_call_for_talks_with_a_country_is_aimed_at_it(read):
    reading = read("The French president called for talks with Iran on its missile programme.")
    assert any(target == "IRN" for _, _, target in coded(reading))


def test_colleagues_called_on_stay_the_target(read):
    # "on his colleagues" is whom the appeal is made to, not whence
    reading = read("Senator Jones, a Democrat from Alabama, called on his Senate colleagues to block the nomination.")
    assert ("020", "USALEG", "USALEG") in coded(reading)


def test_an_event_in_a_threats_condition_names_no_target(read):
    reading = read("Iran threatened to resume enrichment if talks in Austria failed.")
    assert ("130", "IRN", None) in coded(reading)
    reading = read("The Taliban threatened to resume attacks if the talks in Qatar collapsed.")
    assert all(target != "QAT" for _, _, target in coded(reading))


def test_a_country_in_a_threats_condition_stays_the_target(read):
    reading = read("Turkey threatened to halt the migrant deal if the European Union imposed visa restrictions.")
    assert any(target == "IGOEUREEC" for code, _, target in coded(reading) if code.startswith("13"))


def test_a_request_is_not_aimed_at_those_its_act_would_touch(read):
    reading = read("Hours later a judge in Seattle turned down the Trump administration's request to reinstate travel "
                   "restrictions on refugees and foreign students.")
    # made of the judge who answers it (round 27), never of the refugees or students
    assert _targets(reading, "request") == ["USAJUD"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN secretary-general urged Israel and Hamas to halt the fighting in Gaza.",
     {("0256", "IGOUNO", "ISR"), ("0256", "IGOUNO", "PSEREBHMS")}),
    ("Washington asked Japan and South Korea to send more troops.",
     {("020", "USAGOV", "JPN"), ("020", "USAGOV", "KOR")}),
])
def test_each_of_the_coordinated_actors_asked_to_act_is_a_target(read, text, expected):
    assert expected <= set(coded(read(text)))
