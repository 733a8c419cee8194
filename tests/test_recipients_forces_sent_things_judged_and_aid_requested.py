"""Recipients read on paths the coder missed or misread (issue 12, round 39): armed forces a
verb of sending or moving carries, with no country of their own, are the doer's own and no target
(the country in which they land may be, "moved troops to eastern Iraq"); a thing rejected or praised
is its maker's, named in a relative clause of making ("the plan that Argentina drafted") or in a
restatement beside it ("an offer of talks, one made by Pyongyang"); and aid goes to whoever the
relative clause says needs or asked for it ("the tanks that Ukraine has requested"); a cut in
relations with no one named is aimed at whose act it answers ("sanctions over Venezuela's disputed
election"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word", [
    ("While Britain and its partners weigh their options, the Navy has sent three warships into the North Sea.", "sent"),
])
def test_the_doers_own_forces_sent_are_no_target(read_every, text, word):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is None for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, where", [
    ("Iran has moved missile launchers and troops to eastern Iraq, two American officials said.", "moved", "IRQ"),
    ("Turkey has moved artillery and soldiers into northern Iraq, according to Kurdish officials.", "moved", "IRQ"),
])
def test_forces_moved_somewhere_aim_at_the_country_not_at_themselves(read_every, text, word, where):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == where for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, maker", [
    ("Brazil on Tuesday rejected the trade plan that Argentina drafted.", "rejected", "ARG"),
    ("The Kenyan opposition leader praised the case that the Senate had built against the governor.", "praised", "KENLEG"),
    ("Seoul on Monday rejected a fresh offer of talks, one made by Pyongyang last week.", "rejected", "PRKGOV"),
    ("Ankara rejected a new proposal for a ceasefire, one by Greece earlier this month.", "rejected", "GRC"),
])
def test_a_thing_judged_is_aimed_at_its_maker(read_every, text, word, maker):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == maker for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, needer", [
    ("Poland will send the tanks that Ukraine has requested.", "send", "UKR"),
    ("Japan stands ready to provide any assistance that the Philippines requires.", "provide", "PHL"),
])
def test_aid_goes_to_whoever_needs_or_asked_for_it(read_every, text, word, needer):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == needer for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, punished", [
    ("Washington imposed new sanctions over Venezuela's disputed election.", "sanctions", "VEN"),
    ("Kenya recalled its ambassador over Somalia's decision to auction oil blocks.", "recalled", "SOM"),
])
def test_a_cut_in_relations_is_aimed_at_whose_act_it_answers(read_every, text, word, punished):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == punished for e in found), [(e.cameo, e.target) for e in found]
