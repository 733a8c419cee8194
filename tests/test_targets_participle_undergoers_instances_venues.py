"""Recipients by the slot they sit in (issue 12, round 24, "Targets"): the one a passive participle
clause hangs on, an instance of the act given after "including", a building visited (a place, no
one met), and a first- or second-person object the coder cannot code (the event is not stored).
Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


# --- a passive participle clause acts on the subject it hangs on ------------------------------------
def test_a_passive_participle_clause_is_aimed_at_the_subject_it_hangs_on(read):
    # not the donors or the report asked for inside the participle's infinitive
    found = coded(read("Pressed by Democratic senators to hand over the report, Attorney General William Barr refused."))
    assert ("100", "USALEG", "USAJUD") in found, found


# --- an instance of the act after "including" --------------------------------------------------------
def test_a_gerund_after_including_names_the_recipient(read):
    found = coded(read("Australian police investigated the leak, including questioning Chinese diplomats in Canberra."))
    assert ("090", "AUSCOP", "CHNGOV") in found, found


def test_a_target_phrase_after_including_names_the_recipient(read):
    found = coded(read("President Biden said he would grant more pardons, including to former Mexican President Vicente Fox."))
    assert any(c.startswith("08") and t == "MEXGOV" for c, _, t in found), found


def test_an_uncodable_person_after_including_keeps_the_event_out(read):
    found = coded(read("The FBI investigated, including interviewing Abdul Rahim Karimi, but closed the case."))
    assert not any(c.startswith("09") for c, _, _ in found), found


# --- a building visited is a place -------------------------------------------------------------------
def test_a_visit_to_a_building_has_no_uncoded_target(read):
    found = coded(read("Indian Prime Minister Narendra Modi visited the Golden Temple in Amritsar on Sunday."))
    assert not any(c.startswith("04") and not t for c, _, t in found), found


# --- you and us: addressed or spoken for, coded as no one -------------------------------------------
def test_thanking_you_is_not_stored_without_a_target(read):
    found = coded(read('Mexican President Andres Manuel Lopez Obrador tweeted: "Thank you for standing with Mexico."'))
    assert not any(c.startswith("05") for c, _, _ in found), found


def test_an_attack_on_us_is_not_stored_without_a_target(read):
    found = coded(read('"Government troops shell us every single night," a Syrian opposition commander said.'))
    assert not any(c.startswith("19") for c, _, _ in found), found
