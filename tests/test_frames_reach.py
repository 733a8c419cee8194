"""A frame (an intent, a demand, a threat, what a statement says) applies only to the act it
governs: not to an event noun under a verb of its own that codes nothing, nor through a verb that
states something else."""

from helpers import coded, codes


def test_a_review_of_a_shooting_is_no_threat_to_shoot(read):
    found = codes(read("The Iraqi interior ministry said on Monday it would review the shooting of a protester in Basra."))
    assert not any(code.startswith("13") for code in found), found


def test_pledging_to_study_rocket_attacks_is_no_threat_of_them(read):
    found = codes(read("Israel pledged to study the rocket attacks on its southern towns."))
    assert not any(code.startswith("13") for code in found), found


def test_returning_to_talks_still_takes_the_frame(read):
    found = coded(read("The Iranian foreign minister said his government would return to the nuclear talks with Britain and France."))
    assert ("036", "IRNGOV", "GBR") in found, found


def test_a_statement_does_not_reach_through_what_a_report_showed(read):
    found = codes(read("The Egyptian president said the report showed that Ethiopia must halt the attacks on the border."))
    assert not any(code.startswith("10") or code.startswith("13") for code in found), found


def test_a_threat_to_launch_air_strikes_is_still_a_threat(read):
    assert ("1384", "PAK", "AFG") in coded(read("Pakistan threatened to launch air strikes on Afghan territory."))


def test_a_statement_reaches_through_what_the_speaker_believes(read):
    found = coded(read("The Polish president said he believes Russia must withdraw its troops from Belarus."))
    assert any(code.startswith("10") and source == "POLGOV" for code, source, _ in found), found
