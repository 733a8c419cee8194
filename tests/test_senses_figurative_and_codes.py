"""Event-ness and codes (issue 12, round 11): figurative fighting and giving, a state's own staff
leaving its embassy, charges dismissed, money for a thing, and force from the air (195)."""

from __future__ import annotations

from helpers import coded, codes

FORCE_ROOTS = {"18", "19", "20"}


def test_force_by_aircraft_is_aerial_weapons(read):
    reading = read("American warplanes damaged four Islamic State vehicles near Mosul on Thursday.")
    assert codes(reading) == ["195"]


def test_force_on_the_ground_keeps_its_code(read):
    assert [c for c in codes(read("A Taliban suicide bomber attacked an Afghan army convoy near Kabul on Thursday.")) if c[:2] == "18"]
    assert "195" not in codes(read("A Taliban suicide bomber attacked an Afghan army convoy near Kabul on Thursday."))


def test_an_occasion_given_is_no_aid(read):
    reading = read("The Kremlin's televised press event gave Putin a stage to rebut the Western sanctions.")
    assert not [c for c in codes(reading) if c.startswith("07")]


def test_a_loan_given_is_still_aid(read):
    assert [c for c in codes(read("The Chinese government gave Pakistan a loan of two billion dollars.")) if c.startswith("07")]


def test_fighting_for_a_cause_is_no_force(read):
    assert not [c for c in codes(read("The Kenyan opposition leader had a clear vision of reform, and he fought for it."))
                if c[:2] in FORCE_ROOTS]
    assert not [c for c in codes(read("The Kenyan prime minister will fight like hell to keep his hold on power."))
                if c[:2] in FORCE_ROOTS]


def test_fighting_to_take_a_place_is_force(read):
    assert "190" in codes(read("Ethiopian troops fought to retake the town of Shire from Tigrayan forces."))


def test_staff_leaving_its_own_embassy_is_no_retreat(read):
    reading = read("Canada has temporarily withdrawn all staff from its embassy in Libya because of the fighting.")
    assert not [c for c in codes(reading) if c.startswith("087") or c == "161"]


def test_troops_withdrawn_from_a_town_still_retreat(read):
    assert [c for c in codes(read("Russia withdrew its troops from the Syrian town of Manbij.")) if c.startswith("087")]


def test_charges_dismissed_are_no_rejection(read):
    assert "120" not in codes(read("The court dismissed all charges against the former Peruvian president on Monday."))
    assert "120" in codes(read("Russia rejected the American proposal on Monday."))


def test_funding_a_thing_is_no_aid(read):
    assert not [c for c in codes(read("Senate Republicans will fund the new border wall.")) if c.startswith("07")]
    assert ("070", "JPNGOV", "KENREB") in coded(read("The Japanese government will fund the Kenyan rebels."))


def test_information_supplied_is_shared_intelligence(read):
    assert ("064", "GBR", "UKR") in coded(read("Britain supplied Ukraine with information about Russian troop movements."))
    assert "064" in codes(read("Pakistan will supply the intelligence the Afghan government has requested."))
    assert ("072", "GBR", "UKR") in coded(read("Britain supplied Ukraine with anti-tank missiles."))


def test_counsel_appearing_in_court_are_not_charged(read):
    assert "173" not in codes(read("Lawyers for the Kenyan government appeared in the High Court in Nairobi "
                                   "to fight the opposition's petition."))
    assert "173" in codes(read("The former Kenyan minister appeared in court in Nairobi on corruption charges."))


def test_funding_a_thing_in_another_country_is_aid(read):
    assert [c for c in codes(read("The Japanese government will fund a new highway in Kenya.")) if c.startswith("07")]


def test_a_government_dismissing_charges_denies_them(read):
    # not a court's ruling (no event) but a denial: CAMEO's 016 "discard or deny accusations or charges"
    assert "016" in codes(read("Iran dismissed the charges brought by Britain as baseless on Monday."))


def test_armed_forces_fighting_with_no_enemy_named_still_fight(read):
    assert "190" in codes(read("Kenyan soldiers fought for two days near the Somali border."))
    assert "190" in codes(read("Government troops fought to repel the rebel attack on Goma."))


def test_force_in_air_strikes_is_aerial_weapons(read):
    assert "195" in codes(read("Turkish forces hit Kurdish militia positions in air strikes near Afrin on Thursday."))
