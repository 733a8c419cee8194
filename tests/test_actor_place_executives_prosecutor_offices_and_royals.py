"""Actor codes the judged draws found wrong, of three kinds: a place's chief executive named by
description ("Hong Kong's chief executive" governs it: GOV, not a firm's BUS); a prosecutors' office
written with or without its apostrophe ("the U.S. Attorneys Office" is JUD, not a bare country);
a royal called later by the given name ("Abdullah", "King Abdullah" after "King Abdullah bin
Abdulaziz al Saud" is that king, not a namesake the office table knows). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import actor_of, coded

from newsevents.facts.agents import role_of


def test_a_place_s_chief_executive_by_description_governs_it(read):
    reading = read("Hong Kong's chief executive rejected the shipping firms' request on Thursday.")
    assert coded(reading)[0][:2] == ("120", "HKGGOV")


def test_a_company_s_chief_executive_still_runs_a_business(read):
    reading = read("The carmaker's chief executive rejected the union's request on Thursday.")
    assert coded(reading)[0][:2] == ("120", "BUS")


@pytest.mark.parametrize("office", [
    "U.S. Attorneys Office", "U.S. Attorney's Office", "district attorney's office", "prosecutor's office",
])
def test_a_prosecutors_office_is_judicial(office):
    assert role_of(office) == "JUD"


def test_the_us_attorneys_office_without_its_apostrophe_is_us_judiciary(read):
    reading = read("The U.S. Attorneys Office in Denver charged the contractor with fraud on Tuesday.")
    assert actor_of(reading, "The U.S. Attorneys Office").code == "USAJUD"


def test_a_king_called_by_his_given_name_is_the_king_named_before(read):
    reading = read("Mourners in Riyadh honoured Saudi Arabia's King Abdullah bin Abdulaziz al Saud on Friday.\n\n"
                   "Abdullah had ruled since 2005 and was the son of King Abdulaziz, the kingdom's founder.")
    assert actor_of(reading, "Abdullah").code == "SAUGOV"


def test_a_king_s_given_name_with_his_title_is_the_king_named_before(read):
    reading = read("Mourners in Riyadh honoured Saudi Arabia's King Abdullah bin Abdulaziz al Saud on Friday.\n\n"
                   "King Abdullah's son thanked the crowds, and the son of King Abdulaziz spoke after him.")
    assert actor_of(reading, "King Abdullah's").code == "SAUGOV"
