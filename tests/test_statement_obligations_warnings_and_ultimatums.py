"""Round 22 (recall22): a statement that another actor must or should do something CAMEO has no
code for ("insisted the US must pay for the wall") is the speaker's demand (100) or appeal (020)
of that actor, not a bare statement (010); the speaker's own duty stays a statement."""

from helpers import coded


def test_must_in_a_statement_is_a_demand_of_the_one_obliged(read):
    found = coded(read("The Mexican foreign minister insisted that the United States must pay for the new border fence."))
    assert ("100", "MEXGOV", "USA") in found, found
    assert not any(code == "010" for code, _, _ in found), found


def test_has_to_in_a_statement_is_a_demand(read):
    found = coded(read("The German finance minister said Greece has to repay its loans by the end of the year."))
    assert ("100", "DEUGOV", "GRC") in found, found


def test_should_in_a_statement_is_an_appeal(read):
    found = coded(read("The German finance minister said Greece should hold a referendum on the bailout."))
    assert ("020", "DEUGOV", "GRC") in found, found
    assert not any(code.startswith("10") for code, _, _ in found), found


def test_the_speakers_own_duty_and_a_thing_obliged_stay_statements(read):
    own = coded(read("\"We must stay vigilant,\" the Japanese defence minister said on Tuesday."))
    thing = coded(read("The Japanese defence minister said the agreement must be honoured."))
    obliged = coded(read("The Japanese defence minister said China must stop its patrols near the islands."))
    assert not any(code in {"100", "020"} for code, _, _ in own + thing), own + thing
    assert any(code.startswith("10") and target == "CHN" for code, _, target in obliged), obliged


def test_a_warning_of_retaliation_to_someone_or_on_a_condition_is_a_threat(read):
    warned = coded(read("Beijing warned Washington of serious consequences."))
    on_condition = coded(read("China warned of swift retaliation if Washington raised tariffs on Chinese steel again."))
    foreseen = coded(read("The International Monetary Fund warned of the consequences of a long trade war."))
    assert ("130", "CHNGOV", "USAGOV") in warned, warned
    assert any(code == "130" and source == "CHN" for code, source, _ in on_condition), on_condition
    assert not any(code.startswith(("13", "19")) for code, _, _ in foreseen), foreseen


def test_a_threat_with_a_condition_was_still_made(read):
    reading = read("Moscow threatened retaliation if Finland joined the alliance.")
    assert ("130", "RUSGOV", "happened") in coded(reading, ("cameo", "source", "modality")), coded(reading)
    warned = read("Beijing warned Washington of serious consequences if it sold more weapons to Taiwan.")
    assert ("130", "CHNGOV", "USAGOV", "happened") in coded(warned, ("cameo", "source", "target", "modality")), coded(warned)


def test_an_ultimatum_given_is_no_aid(read):
    found = coded(read("The Egyptian army gave President Morsi an ultimatum to resolve the crisis within two days."))
    assert any(code == "139" and source == "EGYMIL" for code, source, _ in found), found
    assert not any(code.startswith("07") for code, _, _ in found), found
