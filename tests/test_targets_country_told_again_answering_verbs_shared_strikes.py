"""Recipients a sentence names but the coder left out (issue 12, round 25, targets25): "the
country" told again for a country named just before that is not the doer's, and the one who
answers an act named by an event noun ("responded to X's criticism", "was unmoved by X's plea"),
whom that act was aimed at. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


# --- "the country" told again ----------------------------------------------------------------------
def test_the_country_is_the_other_country_named_in_the_sentence_before(read):
    found = coded(read("Talks between Washington and Caracas broke down in March. "
                       "Two weeks later the United States imposed fresh sanctions on the country."))
    assert ("163", "USA", "VEN") in found, found


def test_the_country_in_a_threat_is_the_other_country_of_its_sentence(read):
    found = coded(read("Britain said it wanted a deal with Iran, but warned that it would impose "
                       "new sanctions against the country if the talks failed."))
    assert any(c.startswith("13") and s == "GBR" and t == "IRN" for c, s, t in found), found


# --- whoever answers an act named by a noun is the one it was aimed at -----------------------------
def test_who_bristles_at_a_demand_is_the_one_it_was_made_of(read):
    found = coded(read("Iranian officials bristled at the French demand on Friday."))
    assert ("100", "FRA", "IRNGOV") in found, found


def test_who_responds_to_criticism_is_the_one_criticised(read):
    found = coded(read("Pakistan's army chief responded on Sunday to Indian criticism of the raid."))
    assert ("111", "IND", "PAKMIL") in found, found


def test_who_pushes_back_against_a_request_is_the_one_asked(read):
    found = coded(read("Turkey's foreign ministry pushed back against Washington's request for access to the air base."))
    assert ("020", "USAGOV", "TURGOV") in found, found


def test_who_ignores_an_appeal_is_the_one_appealed_to(read):
    found = coded(read("North Korea ignored China's appeal for restraint."))
    assert ("020", "CHN", "PRK") in found, found


def test_the_subject_of_a_passive_whose_agent_is_a_plea_is_the_one_pleaded_with(read):
    found = coded(read("Hungarian Prime Minister Viktor Orban was unmoved by the German chancellor's plea."))
    assert ("020", "DEUGOV", "HUNGOV") in found, found


# --- a target phrase shared by coordinated event nouns, hung on the last of them -------------------
def test_a_target_on_the_last_of_coordinated_strikes_is_the_first_ones_too(read):
    found = coded(read("Israel carried out a wave of air strikes and artillery attacks on Hamas positions in Gaza."))
    assert any(c.startswith("19") and s == "ISR" and t and t.startswith("PSE") for c, s, t in found), found


def test_a_series_of_coordinated_attacks_is_aimed_at_whom_the_last_names(read):
    found = coded(read("Israel launched a series of airstrikes and artillery attacks against Hezbollah in southern Lebanon."))
    assert any(c.startswith("19") and s == "ISR" and t == "LBNREB" for c, s, t in found), found
