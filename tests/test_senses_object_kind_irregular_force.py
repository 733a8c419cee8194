"""Round 25: the kind of thing a verb acts on, or of who acts, decides its code (events/senses.py):
force by gunmen or radicalised attackers is unconventional violence (18x), a letter or a bill
signed no agreement, forces sent to no one a deployment (154), a finding no concession, an era
ended no relations cut, a shared forecast no agreement, a tie endangered no threat, a path
travelled no sanction, a commitment questioned criticism, wrongdoing no cooperation."""

from helpers import coded


def codes(reading) -> set[str]:
    return {code for code, _, _ in coded(reading)}


def test_gunmen_storming_offices_is_unconventional_violence(read):
    found = coded(read("Masked gunmen stormed the offices of a Danish newspaper in Aarhus and shot dead eight staff members."))
    assert any(code.startswith("18") for code, _, _ in found), found
    assert not any(code.startswith("19") for code, _, _ in found), found


def test_attacks_by_radicalised_attackers_are_unconventional_violence(read):
    found = codes(read("French officials are bracing for attacks by radicalised fighters returning from Syria."))
    assert not any(code.startswith("19") for code in found), found


def test_an_armed_group_attacking_keeps_military_force(read):
    found = coded(read("Taliban fighters attacked a police post in Helmand province on Sunday."))
    assert ("190", "AFGREB", None) in found, found


def test_signing_on_to_a_letter_is_no_agreement(read):
    found = codes(read("Canada, Norway and Japan have signed on to a joint letter that called the poisoning a breach of international law."))
    assert "057" not in found, found


def test_signing_on_to_a_bill_is_no_agreement(read):
    found = codes(read("Several Republicans have signed on to legislation shielding the inspectors general from dismissal."))
    assert "057" not in found, found


def test_a_judge_signing_off_is_no_agreement(read):
    found = codes(read("Lawmakers want a federal judge to sign off before the FBI can search phone records."))
    assert "057" not in found, found


def test_signing_an_agreement_stays_an_agreement(read):
    found = coded(read("Russia signed a peace deal with Georgia."))
    assert ("057", "RUS", "GEO") in found, found


def test_discretion_given_by_a_legislature_is_no_aid(read):
    found = codes(read("The court found that Congress had given the Justice Department broad discretion over the registry."))
    assert not any(code.startswith("07") for code in found), found


def test_forces_sent_to_a_sea_are_a_deployment_not_aid(read):
    found = coded(read("The Pentagon has sent an aircraft carrier battle group toward the Persian Gulf."))
    assert ("154", "USAMIL", None) in found, found
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_uncovering_no_evidence_is_no_concession(read):
    found = codes(read("The bank's investigators uncovered no proof that Moscow was behind the breach."))
    assert not any(code.startswith("08") for code in found), found


def test_ending_years_of_one_party_rule_cuts_no_relations(read):
    found = codes(read("Australia's Labor Party won a clear majority on Saturday, ending nine years of Liberal Party rule."))
    assert not any(code.startswith("16") for code in found), found


def test_ending_cooperation_still_reduces_relations(read):
    found = coded(read("Ecuador ended its military cooperation with Colombia."))
    assert any(code.startswith("16") and (source, target) == ("ECU", "COL") for code, source, target in found), found


def test_agreeing_with_a_forecast_is_no_agreement(read):
    found = codes(read("A Reuters columnist agreed that the war in Yemen would be long."))
    assert not any(code.startswith("03") for code in found), found


def test_agreeing_that_talks_resume_stays_an_agreement(read):
    found = coded(read("Pakistan and India agreed that the talks would resume in Delhi in March."))
    assert ("030", "PAK", None) in found, found


def test_endangering_a_relationship_is_no_threat(read):
    found = codes(read("McCain said Kerry might endanger America's alliance with Japan."))
    assert not any(code.startswith("13") for code in found), found


def test_heading_from_the_airport_is_no_sanction(read):
    found = codes(read("Crowds gathered to see Macron when he heads off from Orly airport to the city hall."))
    assert not any(code.startswith("17") for code in found), found


def test_questioning_a_commitment_is_criticism_not_an_appeal(read):
    found = coded(read("Jordanian officials openly questioned Obama's commitment to Jordan's security."))
    assert not any(code.startswith("02") for code, _, _ in found), found
    assert ("111", "JORGOV", "USAGOV") in found, found


def test_unfair_trade_is_no_economic_cooperation(read):
    found = codes(read("Mr. Kim said Samsung has never engaged in unfair trade."))
    assert not any(code.startswith("06") for code in found), found


def test_trade_with_a_state_stays_economic_cooperation(read):
    found = coded(read("Iran denied it had engaged in trade with North Korea."))
    assert any(code == "061" for code, _, _ in found), found


def test_an_assurance_of_what_will_be_done_is_an_intent_not_praise(read):
    found = coded(read("Biden reassured Trudeau that Washington would not abandon the trade pact."))
    assert ("030", "USAGOV", "CANGOV") in found, found
    assert not any(code.startswith("05") for code, _, _ in found), found


def test_dismissing_people_is_criticism_not_a_rejection(read):
    found = coded(read("Erdogan dismissed the Kurdish politicians who criticised the offensive."))
    assert ("111", "TURGOV", "TURPTY") in found, found
    assert not any(code.startswith("12") for code, _, _ in found), found
