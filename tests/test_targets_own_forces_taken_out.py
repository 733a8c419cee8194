"""The country left when a verb of marshalling takes the doer's own forces, named by their demonym,
out of it ("withdrew American troops from Iraq": Iraq, not the troops), counted on news text
(round 47); another country's forces withdrawn stay the target. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_own_forces_named_by_demonym_leave_the_country_as_target(read):
    found = coded(read("Moscow withdrew Russian troops from Moldova in 2002 after years of talks."))
    assert any(code.startswith("087") and target == "MDA" for code, _, target in found), found


def test_own_forces_pulled_out_of_a_country_leave_it_as_target(read):
    found = coded(read("The Pentagon pulled American troops out of northern Syria last week."))
    assert any(code.startswith("087") and target == "SYR" for code, _, target in found), found


def test_forces_of_another_country_withdrawn_stay_the_target(read):
    found = coded(read("The United Nations withdrew Indian peacekeepers from South Sudan last year."))
    assert any(code.startswith("087") and target == "INDMIL" for code, _, target in found), found
