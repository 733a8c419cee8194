"""Whom a request or demand was made to, when only its answer names them: the subject of a verb
that grants or refuses it ("a federal judge turned down the administration's request", "the
National Assembly approved Hollande's request"); an appeal or a demand is made to whoever grants
or refuses it (lang/en/data/granting_verbs.txt). Only for appeals and demands: an act of one's own
side approved names no one it is aimed at. Sentences from real articles."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize(("text", "expected"), [
    ("Meanwhile, hours before a federal judge in San Francisco turned down the Trump administration’s request "
     "to reinstate travel restrictions on refugees and foreign travelers, President Trump defended his "
     "administration’s travel ban.", ("020", "USAGOV", "USAJUD")),
    ("France's National Assembly approved President Hollande's request to extend the state of emergency in "
     "the country by three months.", ("020", "FRAGOV", "FRALEG")),
    ("The European Union unanimously approved France's request for assistance in its fight against the "
     "Islamic State.", ("020", "FRA", "IGOEUREEC")),
])
def test_a_request_granted_or_refused_was_made_to_whoever_answers_it(read, text, expected):
    reading = read(text)
    assert expected in coded(reading)
    assert all(event.target is not None for event in events_on(reading, "request"))


def test_an_attack_approved_is_not_aimed_at_whoever_approves_it(read):
    # the granting verbs answer appeals and demands only: an approved strike is the approver's own
    reading = read("The Senate approved the American airstrikes.")
    assert not any(event.target is not None and event.target.code == "USALEG" for event in reading.events)
