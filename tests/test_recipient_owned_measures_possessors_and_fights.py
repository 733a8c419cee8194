"""Recipients (issue 12, "Targets"): the one a doer's own measure bears on ("lifted the American
embargo on Cuba"), the owner of a judged quality ("the weakness of Obama's response"), a surname
the recogniser missed told again, whom an appeal asks to act ("the need for Congress to pass"), a
hostile measure asked for (its object is no recipient of the appeal), a body told again ("the
department's offer") and whom a fight was with. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


# --- the doer's own measure ----------------------------------------------------------------------
def test_lifting_the_doers_own_embargo_aims_at_the_embargoed(read):
    found = coded(read("President Biden lifted the American trade embargo on Cuba on Tuesday."))
    assert ("085", "USAGOV", "CUB") in found, found


def test_suspending_the_doers_own_aid_aims_at_its_recipient(read):
    found = coded(read("Washington suspended U.S. military aid to Egypt."))
    assert any(c.startswith("16") and t == "EGY" for c, _, t in found), found


def test_criticising_a_countrys_embargo_still_aims_at_that_country(read):
    found = coded(read("Senator Lindsey Graham criticized the American embargo on Cuba."))
    assert any(c.startswith("11") and t == "USA" for c, _, t in found), found


def test_a_body_owning_the_rejected_offer_stays_the_target(read):
    found = coded(read("President Trump rejected the House's offer on border funding."))
    assert any(c.startswith("12") and t == "USALEG" for c, _, t in found), found


# --- owners of judged things ---------------------------------------------------------------------
def test_denouncing_a_quality_of_someones_response_aims_at_its_owner(read):
    found = coded(read("Senator Ted Cruz denounced the weakness of Obama's response."))
    assert ("111", "USALEG", "USAGOV") in found, found


def test_a_surname_told_again_owns_the_criticised_remarks(read):
    reading = read("House Republican leader Kevin McCarthy spoke after Speaker Nancy Pelosi on Thursday. "
                   "He criticized Pelosi's comments this morning about Trump being impeached.")
    found = coded(reading)
    assert any(c.startswith("11") and t == "USALEG" for c, _, t in found), found
    assert all(e.target is None or "Trump" not in e.target.name for e in reading.events if e.cameo.startswith("11"))


def test_the_department_told_again_owns_the_declined_offer(read):
    reading = read("The Department of Homeland Security sent agents to the city. "
                   "But Portland's mayor declined the department's offer of help.")
    declined = [e for e in reading.events if e.cameo.startswith("12")]
    assert declined and all(e.target is not None and e.target.name == "Department of Homeland Security" for e in declined), declined


# --- appeals -------------------------------------------------------------------------------------
def test_the_need_for_someone_to_act_names_whom_the_appeal_asks(read):
    found = coded(read("President Obama stressed the need for Congress to pass the budget."))
    assert ("020", "USAGOV", "USALEG") in found, found


def test_an_appeal_for_sanctions_is_not_aimed_at_the_sanctioned(read):
    found = coded(read("Senator Marco Rubio called for sanctions against Venezuela."))
    assert found and all(t != "VEN" for c, _, t in found if c.startswith("02")), found


def test_an_appeal_to_impose_sanctions_keeps_whom_it_asks(read):
    found = coded(read("Germany urged the European Union to impose sanctions on Russia."))
    assert any(c.startswith("02") and s == "DEU" and t == "IGOEUREEC" for c, s, t in found), found


# --- fights --------------------------------------------------------------------------------------
def test_dying_in_clashes_with_troops_names_the_troops(read):
    found = coded(read("Insurgents died in clashes with Syrian troops near Aleppo."))
    assert any(c.startswith("19") and t == "SYRMIL" for c, _, t in found), found
