"""Everyday verbs read in their political sense only where their complement allows it (round 18):
a telephone call to a thing, a protest that states a clause, a target of words, money approved,
information ignored, a yielding to no one, an appeal to voters. Sentences written for these tests."""

from helpers import coded, events_on

from newsevents.events.senses import sense_code


def _no_actor(token):
    return None


def _verb(pipeline, text: str, word: str):
    return next(t for t in pipeline.nlp(text) if t.text == word)


def test_a_plan_called_the_start_of_a_chapter_is_no_telephone_call(read):
    reading = read("Germany's Chancellor Angela Merkel spoke in Berlin. French President Emmanuel Macron called "
                   "Merkel's plan the start of a new chapter for Europe.")
    assert not any(event.cameo.startswith("04") for event in events_on(reading, "called")), coded(reading)


def test_a_leader_called_on_the_telephone_is_still_a_call(read):
    found = coded(read("President Trump called Vladimir Putin on Tuesday to discuss the war in Syria."))
    assert ("041", "USAGOV", "RUSGOV") in found, found


def test_a_call_to_a_statement_is_no_contact_in_sense(pipeline):
    called = _verb(pipeline, "The senator called the ruling the end of the rule of law.", "called")
    assert sense_code(called, "041", _no_actor) is None


def test_protesting_that_a_government_respects_rights_is_a_statement(read):
    found = coded(read("The Venezuelan leader protested at the summit that his government respects the rule of law."))
    assert not any(code.startswith("14") for code, _, _ in found), found


def test_protesting_against_a_law_is_still_a_protest(read):
    found = coded(read("Thousands of students protested against the new law in Caracas on Friday."))
    assert any(code.startswith("14") for code, _, _ in found), found


def test_a_senator_targeted_by_a_campaign_is_no_use_of_force(read):
    found = coded(read("Senator Elizabeth Warren has been targeted by the Trump campaign for weeks."))
    assert not any(code.startswith("19") for code, _, _ in found), found


def test_a_commander_targeted_by_drones_is_still_force(read):
    found = coded(read("Israeli drones targeted a senior Hamas commander in Gaza on Sunday."))
    assert any(code.startswith("19") for code, _, _ in found), found


def test_a_general_targeted_in_a_drone_strike_is_still_force(read):
    found = coded(read("The United States targeted the Iranian general in a drone strike near Baghdad airport."))
    assert any(code.startswith("19") for code, _, _ in found), found


def test_an_extension_of_funding_approved_is_no_concession(read):
    found = coded(read("The Senate approved a two-week extension of funding for the Pentagon."))
    assert not any(code.startswith("08") for code, _, _ in found), found


def test_a_law_approved_keeps_its_yielding_sense(pipeline):
    approved = _verb(pipeline, "Lawmakers in Tbilisi approved a law handing the opposition the seats it won in March.",
                     "approved")
    assert sense_code(approved, "0831", _no_actor) == "0831"


def test_intelligence_ignored_is_no_refusal(pipeline):
    ignored = _verb(pipeline, "The former president ignored intelligence about the rise of al-Qaeda before the election.",
                    "ignored")
    assert sense_code(ignored, "124", _no_actor) is None


def test_demands_ignored_keep_their_refusal(pipeline):
    ignored = _verb(pipeline, "Germany ignored the demands of the Greek government.", "ignored")
    assert sense_code(ignored, "124", _no_actor) == "124"


def test_never_yielding_to_terror_is_no_refusal_to_yield(read):
    found = coded(read("We will never yield to terror, the Spanish prime minister said."))
    assert not any(code.startswith(("08", "12")) for code, _, _ in found), found


def test_yielding_to_pressure_is_still_a_concession(read):
    found = coded(read("The rebels yielded to government pressure and released the hostages."))
    assert any(code.startswith("08") for code, _, _ in found), found


def test_a_raid_that_yielded_weapons_concedes_nothing(pipeline):
    yielded = _verb(pipeline, "The police raid yielded dozens of weapons and a large amount of cash.", "yielded")
    assert sense_code(yielded, "080", _no_actor) is None


def test_an_appeal_to_voters_asks_nothing_of_an_actor(read):
    found = coded(read("Boris Johnson appealed to Conservative voters in Scotland."))
    assert not any(code.startswith(("02", "06")) for code, _, _ in found), found


def test_an_appeal_for_aid_stays_an_appeal(read):
    found = coded(read("Ukraine appealed to the European Union for financial aid."))
    assert any(code.startswith("02") for code, _, _ in found), found
