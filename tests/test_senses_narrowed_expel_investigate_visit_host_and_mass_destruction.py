"""Round 22: codes narrower than their words (events.senses.narrowed_sense). Expelling needs
someone sent out, not a thing nor a name taken off a list; an inquiry is no need, no news heard, no
onlookers' look; a visit is no travel made easier; hosting is no fighters welcomed; a promise of
words to come is no intent; one's own spending is no aid; gathering is no force; a truce of trade
eases economic measures; a clause as subject is no one's act; weapons of mass destruction used have
CAMEO's sub-codes (2041, 2042); a bomb attack that kills is a bombing (183)."""

from helpers import coded, codes, events_on
from spacy.tokens import Token

from newsevents.events.senses import sense_code
from newsevents.model import Actor


def _no_actor(token: Token) -> Actor | None:
    """No one is an actor: the sense alone decides."""
    return None


# --- expel or deport (174): people out of a place -------------------------------------------------
def test_a_country_removed_from_a_list_is_not_expelled(read):
    found = codes(read("The State Department removed North Korea from the list of countries cooperating on terrorism."))
    assert "174" not in found, found


def test_migrants_deported_from_the_country_are_still_expelled(read):
    found = coded(read("The government deported 300 Afghan migrants from the country on Monday."))
    assert ("174", "GOV", "AFGCVL") in found, found


# --- investigation (09x): no need, no news heard, no onlookers ---------------------------------------
def test_needing_an_explanation_is_no_inquiry(pipeline):
    doc = pipeline.nlp("The senator said he would call the minister if he needed further explanation.")
    needed = next(t for t in doc if t.lower_ == "needed")
    assert sense_code(needed, "090", _no_actor) is None


def test_hearing_reports_is_no_inquiry(read):
    reading = read("Opposition leaders say they are hearing reports of torture from prisoners in the north.")
    assert not any(code.startswith("09") for code in codes(reading)), codes(reading)


def test_relatives_looking_at_rubble_is_no_inquiry_but_the_strike_stays(read):
    found = codes(read("Relatives examine the rubble of a house after an Israeli air strike in Gaza City."))
    assert not any(code.startswith("09") for code in found) and "195" in found, found


def test_police_investigators_examining_wreckage_still_investigate(read):
    assert "090" in codes(read("Police investigators examined the wreckage of the plane on Tuesday."))


# --- visits and hosting (042, 043) ----------------------------------------------------------------
def test_travel_made_easier_is_no_visit(read):
    reading = read("The new rules will make it easier for Cubans to travel to Mexico, officials said.")
    assert not events_on(reading, "travel"), coded(reading)


def test_a_minister_travelling_is_still_a_visit(read):
    assert ("042", "SAUGOV", "RUS") in coded(read("The Saudi foreign minister will travel to Moscow next week."))


def test_welcoming_foreign_fighters_is_no_visit_hosted(read):
    found = codes(read("The Kurdish president said he would welcome foreign fighters willing to fight the militants."))
    assert not any(code.startswith("03") or code.startswith("04") for code in found), found


def test_welcoming_a_prime_minister_is_still_hosting(read):
    assert ("043", "JORGOV", "IRQGOV") in coded(read("Jordan's king welcomed the Iraqi prime minister in Amman on Sunday."))


# --- promises and aid (03x, 07x) -------------------------------------------------------------------
def test_a_promised_decision_is_no_intent(read):
    found = codes(read("Macron promises a final decision on the pension reform next month."))
    assert not any(code.startswith("03") for code in found), found


def test_raising_ones_own_defence_spending_is_no_aid(read):
    found = codes(read("NATO members must sharply increase their defence spending, the secretary general said."))
    assert not any(code.startswith("07") or code.startswith("103") for code in found), found


def test_aid_given_to_another_is_still_aid(read):
    assert "033" in codes(read("Japan pledged to provide $500 million in aid to Ukraine."))


def test_arms_given_up_are_no_aid(read):
    found = codes(read("The rebels agreed to give up their weapons under the deal."))
    assert "0873" in found and not any(code.startswith("07") for code in found), found


# --- force (18x-20x) -------------------------------------------------------------------------------
def test_people_gathered_at_a_scene_are_no_violence(read):
    found = codes(read("A video grab shows people gathered at the scene of the attack in Idlib on Monday."))
    assert "180" not in found, found


def test_chemical_weapons_used_are_2041(read):
    assert "2041" in codes(read("Government forces attacked the village with sarin, opposition activists said."))


def test_a_nuclear_bomb_dropped_is_2042(read):
    assert "2042" in codes(read("The United States dropped an atomic bomb on Hiroshima in 1945."))


# --- truces and clause subjects ------------------------------------------------------------------------
def test_a_truce_in_a_tariff_dispute_is_economic(read):
    found = codes(read("Washington and Beijing agreed to a temporary truce in their tariff dispute."))
    assert "0354" in found and "0356" not in found, found


def test_a_ceasefire_between_warring_parties_is_still_military(read):
    assert "0356" in codes(read("The warring parties agreed to a ceasefire in Idlib on Thursday."))


def test_a_vote_as_subject_hinders_no_one(read):
    found = codes(read("Lawmakers said Parliament voting to delay Brexit won't hinder negotiations with the EU."))
    assert "161" not in found, found


def test_a_bomb_attack_that_kills_is_a_bombing_not_military_force(read):
    found = codes(read("A bomb attack claimed by Islamic State killed two Iraqi soldiers in Kirkuk on Wednesday."))
    assert "183" in found and "190" not in found, found


def test_jets_striking_a_base_stay_an_air_strike(read):
    assert "195" in codes(read("Israeli jets struck a Hamas base in Gaza overnight."))


def test_malware_deployed_mobilises_no_forces(read):
    found = codes(read("Russian military hackers deployed malware against the Ukrainian power grid in December."))
    assert not any(code.startswith("15") for code in found), found


def test_troops_deployed_are_still_mobilised(read):
    assert ("154", "USA", "POL") in coded(read("The United States deployed 3,000 troops to Poland on Monday."))
