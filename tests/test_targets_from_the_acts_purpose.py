"""Recipients named only by the act's purpose (issue 12, round 26, targets26): an act that names
no one it is aimed at is aimed at whom its purpose names ("gave $80 million to help Jakarta",
"deployed two carriers to deter Iran"), when the purpose is of the act's own side; the doer's own
forces moved for a purpose are no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded


def test_aid_given_to_help_a_country_is_given_to_it(read):
    found = coded(read("Since 2015, Tokyo has given more than $80 million to help Jakarta with disaster relief."))
    assert ("071", "JPNGOV", "IDNGOV") in found, found


def test_forces_deployed_to_deter_a_country_are_aimed_at_it(read):
    found = coded(read("The Pentagon deployed two carriers to deter Iran."))
    assert ("154", "USAMIL", "IRN") in found, found


def test_troops_sent_to_intimidate_a_neighbour_are_aimed_at_it(read):
    found = coded(read("Russia sent troops to the border to intimidate Ukraine."))
    assert ("154", "RUS", "UKR") in found, found


def test_own_artillery_moved_to_pressure_a_country_is_aimed_at_that_country(read):
    found = coded(read("The Russian army has moved heavy artillery to the frontier to pressure Georgia."))
    assert ("154", "RUSMIL", "GEO") in found, found


@pytest.mark.parametrize("text, doer, ousted", [
    ("The Nigerian army launched an operation to oust Boko Haram from the forest.", "NGAMIL", "NGAREB"),
    ("Chilean police used water cannons to disperse the students.", "CHLCOP", "CHLEDU"),
])
def test_force_used_to_drive_someone_out_is_aimed_at_them(read, text, doer, ousted):
    # a hostile purpose (oust, disperse) of a force act names whom it is used on; with "use" the
    # parse hangs the purpose as the verb's complement
    found = coded(read(text))
    assert any(source == doer and target == ousted for _, source, target in found), found


def test_means_used_to_protect_someone_are_not_aimed_at_them(read):
    found = coded(read("Chilean police used water cannons to protect the students."))
    assert all(target != "CHLEDU" for _, _, target in found), found
