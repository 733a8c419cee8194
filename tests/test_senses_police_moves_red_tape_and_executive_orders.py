"""Word senses (round 38): police, rescue and administrative acts are no military, sanction or
demand codes. Police or rescuers moving people about keep public order (no alert, 15x, and no
de-escalation, 087); cutting red tape at home eases no sanction (081), and ordering or pledging it
asks or offers none (1051, 0351); executive orders whose clause says what they are for are given to
no one (no demand, 100); approving an amount is a budget vote, no endorsement (051); a search of a
house is no concession (035); withdrawing a subpoena or pulling the rug out moves no forces (087);
challenging a report is disapproval (110), no refusal (120); seeking damages is a lawsuit (115).
Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _codes(reading) -> list[str]:
    return [e.cameo for e in reading.events]


def test_police_moving_people_is_no_military_posture(read):
    directed = read("Shoppers were directed into the cathedral by police officers.")
    assert not [c for c in _codes(directed) if c.startswith("15")]
    evacuated = read("Police evacuated Westfield Mall in Sydney after a gas leak.")
    assert not [c for c in _codes(evacuated) if c.startswith("087")]
    army = read("The Australian army evacuated its soldiers from the base near Kabul.")
    assert ("evacuated", "087") in _made(army)  # an armed doer moving its forces: still a withdrawal


def test_cutting_red_tape_eases_no_sanction(read):
    pledged = read("The Canadian prime minister pledged to cut red tape for small businesses in Ontario.")
    assert not {"081", "0351"} & set(_codes(pledged))
    ordered = read("The Indian prime minister announced that he is ordering ministries to cut red tape.")
    assert not {"1051", "100"} & set(_codes(ordered))


def test_executive_orders_for_a_purpose_demand_nothing(read):
    issued = read("The Mexican president issued two executive orders on Monday that are aimed at speeding up the hiring of teachers.")
    assert "100" not in _codes(issued)
    addressed = read("The Israeli army issued an order to Gaza residents to leave their homes.")
    assert ("issued", "100") in _made(addressed)  # an order with someone it is given to stays a demand


def test_approving_an_amount_is_no_endorsement(read):
    reading = read("Parliament has approved less than the defence ministry had requested.")
    assert "051" not in _codes(reading)


def test_a_search_of_a_house_is_no_concession(read):
    reading = read("Police officers searched his house and office in Ottawa last month.")
    assert not [c for c in _codes(reading) if c.startswith("03")]


def test_withdrawing_a_thing_moves_no_forces(read):
    rug = read("The minister said the government of Kenya keeps pulling the rug out from under the farmers.")
    assert not [c for c in _codes(rug) if c.startswith("087")]
    subpoena = read("The Senate committee withdrew its subpoena for the former adviser.")
    assert not [c for c in _codes(subpoena) if c.startswith("087")]
    troops = read("Canada withdrew its troops from Kandahar in 2011.")
    assert [c for c in _codes(troops) if c.startswith("087")]  # forces leave: still a withdrawal


def test_challenging_a_report_is_disapproval_not_refusal(read):
    reading = read("The Indian foreign ministry challenged the Reuters reports in a statement on Friday.")
    assert ("challenged", "110") in _made(reading)
    assert "120" not in _codes(reading)


def test_seeking_damages_is_a_lawsuit(read):
    reading = read("Lawyers for the Brazilian president are seeking $5 million in damages from a former aide.")
    assert ("seeking", "115") in _made(reading)
    assert "021" not in _codes(reading)
    hung = read("Lawyers for the Brazilian president are seeking $5 million (£4m) in damages from a former aide he says leaked the documents.")
    assert ("seeking", "115") in _made(hung)  # "in damages" on the verb, not on the amount
