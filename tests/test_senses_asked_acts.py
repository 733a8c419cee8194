"""A verb whose own CAMEO code is hostile asks for an act when it takes someone and an infinitive:
pressure on someone to act is a demand (10x, not 170 coercion: "pressured Ukraine to investigate
Biden"), a challenge to act an appeal (02x, not 110: "challenged Congress to join him"); with no act
asked the verb keeps its sense. Aid held up is aid stopped (162, not 070), and a bill suspended a
measure at home put off, no relations reduced (160). Sentences from the judged draws' articles and
the news corpus."""

from __future__ import annotations

from helpers import codes

from newsevents.events.senses import code_by_partner_or_means, figurative_sense


def _verb(pipeline, text: str, word: str):
    return next(t for t in pipeline.nlp(text) if t.text == word)


def test_pressure_to_investigate_is_a_demand(read):
    reading = read("House Democrats prosecuting the case argued that Trump abused power like no other president in "
                   "history when he pressured Ukraine to investigate Biden and his son, Hunter Biden, ahead of the 2020 "
                   "election.")
    assert [c for c in codes(reading) if c.startswith("10")]
    assert "170" not in codes(reading)


def test_pressure_to_step_aside_is_a_demand(pipeline):
    verb = _verb(pipeline, "Trump has already earned bipartisan praise for his stance on Venezuela, where he recognized "
                           "opposition leader Juan Guaidó as the country's legitimate leader and has pressured President "
                           "Nicolás Maduro to step aside.", "pressured")
    assert code_by_partner_or_means(verb, "170", lambda _: None).startswith("10")


def test_pressure_with_no_act_asked_stays_coercion(pipeline):
    verb = _verb(pipeline, "And he leaned on Corey in the summer of 2017 to try and pressure Sessions, his attorney general.",
                 "pressure")
    assert code_by_partner_or_means(verb, "170", lambda _: None) == "170"


def test_a_challenge_to_join_is_an_appeal(read):
    reading = read("In his State of the Union address, Obama challenged Congress to join him in taking on \"our "
                   "generation's task\" to ignite the growth of a \"rising, thriving middle class.\"")
    assert [c for c in codes(reading) if c.startswith("02")]
    assert "110" not in codes(reading)


def test_aid_held_up_is_aid_stopped(read):
    reading = read("Trump said he held up U.S. assistance to Ukraine before his phone call with Zelensky because allies "
                   "such as France and Germany weren't contributing enough foreign aid to the country.")
    assert "162" in codes(reading)
    assert "070" not in codes(reading)


def test_a_bill_suspended_reduces_no_relations(pipeline):
    verb = _verb(pipeline, "But she said she was suspending the bill indefinitely.", "suspending")
    assert figurative_sense(verb, "160", lambda _: None) is None
