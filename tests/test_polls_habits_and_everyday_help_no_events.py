"""Round 17 (noevent17): text that reports no event and everyday senses of event verbs.

A poll's count of what voters believe, a fight for a cause told by a clause ("for what is
right"), a hand given ("helped her into a car"), running into criticism, questions asked, a
habit told in a clause of time ("whenever Trump meets Putin") and a participle after
"including" that describes a place: none is a CAMEO event, and storing one stores a wrong event.
The sentences are written for these tests.
"""

from __future__ import annotations

from helpers import codes


def roots(reading) -> set[str]:
    return {code[:2] for code in codes(reading)}


def test_a_fight_for_a_cause_told_by_a_clause_is_no_force(read):
    reading = read('"Our party has always fought for what is right," Merkel said on Tuesday.')
    assert not roots(reading) & {"18", "19", "20"}


def test_troops_fighting_militants_stay_force(read):
    assert "190" in codes(read("Israeli troops fought Hamas militants in Gaza City on Monday."))


def test_what_a_majority_of_voters_say_is_a_poll_not_an_event(read):
    assert codes(read("A majority of voters say the Syrian government used chemical weapons on its citizens.")) == []


def test_what_a_government_says_another_did_stays_coded(read):
    found = codes(read("The French government says the Syrian government used chemical weapons on its citizens."))
    assert "2041" in found and "112" in found


def test_a_person_helped_into_a_vehicle_is_no_aid(read):
    assert "07" not in roots(read("Police officers helped the injured senator into an ambulance."))
    assert "07" not in roots(read("Secret Service agents helped Merkel into a car after she fainted."))


def test_a_state_helped_into_an_alliance_stays_aid(read):
    assert "070" in codes(read("The United States helped Ukraine into the alliance."))


def test_running_into_resistance_or_criticism_is_no_meeting(read):
    assert "04" not in roots(read("The Saudi plan to cap oil output ran into resistance from Russia."))
    assert "04" not in roots(read("The administration's push for a ceasefire is running into criticism on Capitol Hill."))


def test_running_into_a_counterpart_stays_a_meeting(read):
    assert "040" in codes(read("The Iranian foreign minister ran into his Saudi counterpart at the airport."))


def test_asking_questions_is_no_appeal(read):
    assert "02" not in roots(read("White House reporters ask the president lots of questions about China."))


def test_asking_a_state_to_act_stays_an_appeal(read):
    assert roots(read("The United States asked Saudi Arabia to release the jailed activists.")) & {"02", "10"}


def test_a_habit_told_in_a_clause_of_time_is_no_meeting(read):
    assert "04" not in roots(read("Whenever Trump meets Putin, he usually praises him."))


def test_a_visit_on_a_day_stays_an_event(read):
    found = codes(read("When the Turkish president visited Berlin on Monday, he criticized the German government."))
    assert "042" in found and "111" in found


def test_a_participle_after_including_describes_a_place(read):
    reading = read("The West Bank - including occupied East Jerusalem which Palestinians see as their capital - "
                   "is regarded as occupied land under international law.")
    assert "19" not in roots(reading)


def test_an_occupation_in_a_year_stays_an_event(read):
    assert "192" in codes(read("Israel occupied East Jerusalem in 1967."))
