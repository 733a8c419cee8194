"""A plan the doer holds over an act CAMEO has no intent code for is the planned act alone, no
generic 030 ("plans to open an inquiry"); plans and promises with an intent code of their own keep it."""

from helpers import coded


def test_a_plan_to_investigate_is_the_planned_inquiry_alone(read):
    reading = read("The French prosecutor intends to investigate the bank over the transfers.")
    assert not any(e.cameo.startswith("03") for e in reading.events), coded(reading)
    assert any(e.cameo.startswith("09") and e.modality == "planned" for e in reading.events), coded(reading)


def test_a_plan_to_meet_keeps_its_intent_code(read):
    found = coded(read("Iran plans to meet European envoys in Geneva next week."))
    assert any(code == "036" for code, _, _ in found), found


def test_a_promise_told_keeps_its_intent(read):
    found = coded(read("Turkey promised to help Iraq rebuild Mosul after the war."))
    assert any(code.startswith("03") for code, _, _ in found), found

