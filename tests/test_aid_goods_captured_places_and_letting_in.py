"""Real events at the wrong code, and aid that is no aid (issue 12, round 26): what a verb of giving
hands over must be goods, money or help; help "by" doing something is the doing's effect; a place
taken by force is occupied territory (192); outside bodies or aid let "into" a land are
international involvement (086, 0863); a departure is no consultation; retaliation written with a
hyphen is still a threat; "hails from" and "whipping a dead horse" are no events."""

from __future__ import annotations

from helpers import codes

AID_ROOT = "07"


def _roots(reading) -> set[str]:
    return {code[:2] for code in codes(reading)}


def test_a_chance_given_is_no_aid_but_goods_and_money_are(read):
    assert AID_ROOT not in _roots(read("The European envoys gave the Iranian negotiators a path to return to the table."))
    assert AID_ROOT not in _roots(read("Germany gave Greece a safety valve against the crisis."))
    assert AID_ROOT in _roots(read("The United States gave Jordan $1.5 billion in aid last year."))
    assert AID_ROOT in _roots(read("Germany gave Ukraine air defence systems and ammunition."))
    assert AID_ROOT in _roots(read("Saudi Arabia gave Pakistan a loan of three billion dollars."))


def test_help_by_doing_is_no_aid_but_help_with_goods_is(read):
    assert AID_ROOT not in _roots(read("The minister said China was helping Russia by buying its oil."))
    assert AID_ROOT in _roots(read("Turkey helped the refugees with food and blankets."))


def test_a_city_captured_is_occupied_territory_but_property_seized_is_not(read):
    assert "192" in codes(read("Houthi fighters captured Marib after weeks of fighting."))
    assert "192" in codes(read("Rebels seized control of the provincial capital on Sunday."))
    assert codes(read("Police seized two trucks of cocaine at the border crossing.")) == ["171"]


def test_aid_let_into_a_land_is_access_allowed(read):
    assert codes(read("Israel allowed 40 aid trucks into Gaza on Sunday.")) == ["0863"]


def test_an_inquiry_let_in_is_involvement_allowed(read):
    reading = read("North Korea disputes the commission's report but has never allowed it into the country.")
    assert "086" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("081")]


def test_a_departure_is_no_consultation(read):
    reading = read("President Biden speaks to reporters while walking to board Air Force One to depart for Delaware from the White House.")
    assert "04" not in _roots(reading)


def test_hyphenated_countermeasures_vowed_are_a_threat(read):
    assert "130" in codes(read("Tehran vowed to take counter-measures against the European sanctions."))


def test_where_one_hails_from_is_no_praise(read):
    assert "05" not in _roots(read("The Kurdish commander's family hails from southeastern Turkey."))


def test_whipping_a_dead_horse_is_no_force(read):
    reading = read("House Democrats are whipping a dead horse on Russian collusion.")
    assert not _roots(reading) & {"18", "19", "20"}


def test_own_weapons_put_down_are_a_surrender_not_force(read):
    assert codes(read("The Iraqi army dropped its weapons and fled.")) == ["0874"]
    assert "195" in codes(read("Russian jets dropped bombs on the market in Idlib."))


def test_claims_verified_or_confirmed_are_no_demand(read):
    assert not codes(read("Turkish officials have not verified claims that the militia was behind the bombing."))
    assert not codes(read("French officials have confirmed claims that the cell was behind the shooting."))
