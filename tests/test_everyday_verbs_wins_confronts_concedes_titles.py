"""Everyday verbs in another sense (issue 12, round 19): a seat or an election won, a thing that
emboldens, an adversity faced, room or time given, a view conceded in a clause, a misspelt
"complied", one person deploying on a tour of duty, and a show's title in quotes."""

from __future__ import annotations

from helpers import coded, codes


def test_seats_won_in_parliament_are_no_cooperation(read):
    assert not [c for c in codes(read("Italy's Five Star Movement won 227 seats in parliament in Sunday's election."))
                if c.startswith("06")]
    assert not [c for c in codes(read("The Socialist Party of Serbia won a majority in parliament last year."))
                if c.startswith("06")]


def test_a_thing_that_emboldens_praises_no_one(read):
    assert "051" not in codes(read("The symbolic nature of the White House's response has emboldened Russia."))
    assert "051" not in codes(read("Washington's weak reaction emboldened Beijing."))
    assert "051" not in codes(read("The Kremlin's silence has encouraged the separatists in eastern Ukraine."))


def test_someone_who_encourages_still_endorses(read):
    assert ("051", "RUSGOV", "UKRREB") in coded(read("Putin encouraged the separatists in eastern Ukraine."))


def test_an_insurgency_faced_is_no_meeting(read):
    assert "040" not in codes(read("President Bashar al-Assad faced another insurgency in northern Syria."))
    assert "040" not in codes(read("Assad faced a renewed insurgency by Islamist rebels in Idlib."))


def test_room_or_time_given_is_no_aid(read):
    assert not [c for c in codes(read("The United States gave Iran more time to comply.")) if c.startswith("07")]
    assert not [c for c in codes(read("The Pentagon gave the Afghan army room to manoeuvre.")) if c.startswith("07")]


def test_money_given_is_still_aid(read):
    # the kind of aid told after "in" gives the sub-code (round 36): military aid is 072
    assert ("072", "USA", "UKR") in coded(read("The United States gave Ukraine $400 million in military aid."))


def test_a_view_conceded_in_a_clause_yields_nothing(read):
    assert not [c for c in codes(read("The British prime minister conceded that the deal would not pass.")) if c.startswith("08")]
    reading = read("President Trump told donors that he expects a close race, though he conceded that keeping the Senate will be hard.")
    assert not [c for c in codes(reading) if c.startswith("08")]


def test_complied_with_an_object_is_compiled_misspelt(read):
    assert not [c for c in codes(read("The Chinese embassy had complied a dossier of dissidents living abroad.")) if c.startswith("08")]
    assert not [c for c in codes(read("The Russian defence ministry had complied a list of foreign journalists.")) if c.startswith("08")]


def test_complying_with_ones_own_rules_yields_to_no_one(read):
    assert not [c for c in codes(read("The Pentagon complied with its own procurement rules.")) if c.startswith("08")]


def test_complying_with_demands_still_yields(read):
    assert ("080", "IRN", "IGOUNO") in coded(read("Iran complied with the demands of the United Nations."))


def test_one_person_deploying_mobilises_no_forces(read):
    reading = read("Senator John McCain met Vietnamese officials in Hanoi before he deployed to Iraq.")
    assert "154" not in codes(reading)
    assert "040" in codes(reading)


def test_forces_deploying_still_mobilise(read):
    assert "154" in codes(read("Russia deployed troops to the Ukrainian border."))
    assert "154" in codes(read("The Syrian army deployed to the northern border."))


def test_a_quoted_show_title_with_its_full_stop_is_no_meeting(read):
    reading = read("Secretary of State Mike Pompeo said on CBS' \"Face the Nation.\"")
    assert "040" not in codes(reading)
    assert "010" in codes(reading)


def test_a_quoted_clause_of_speech_is_not_a_title(read):
    reading = read("\"Meet them halfway,\" Chinese Foreign Minister Wang Yi told Secretary of State Mike Pompeo.")
    assert ("010", "CHNGOV", "USAGOV") in coded(reading)
