"""A named person's own description names whose he is before the story's leading country does:
"X, who commands Iran's Quds Force" in an American story is Iran's, not the US's; a description
that only places him abroad ("the top general in Syria") leaves him bare rather than the story's;
the Quds Force is Iran's. Near misses keep the story's country: a description naming the story's
own country, a relative clause of what he did to another party, a demonym on what he studies.
Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of

US_STORY = ("The Pentagon said on Monday that American forces were on alert. "
            "Washington and U.S. officials warned of more strikes. ")


def test_a_relative_clause_of_command_names_his_country(read):
    text = US_STORY + "The U.S. blamed Maj. Gen. Hamid Rostami, who commands Iran's elite border units, for the raid."
    assert actor_of(read(text), "Hamid Rostami").code == "IRNMIL"


def test_a_description_placing_him_abroad_is_not_the_story_country(read):
    text = US_STORY + "An American drone killed Hamid Rostami, the most senior army general in Syria, near the airport."
    code = actor_of(read(text), "Hamid Rostami").code
    assert not code.startswith("USA"), code


def test_the_quds_force_is_iran_military(read):
    text = US_STORY + "Officials said Hamid Rostami, the commander of the Quds Force, was killed near the airport."
    reading = read(text)
    assert actor_of(reading, "Quds Force").code == "IRNMIL"
    assert actor_of(reading, "Hamid Rostami").code == "IRNMIL"


def test_a_description_naming_the_story_country_keeps_it(read):
    text = US_STORY + "Gen. Mark Hollis, the top American commander in Syria, said the raid had failed."
    assert actor_of(read(text), "Mark Hollis").code.startswith("USA")


def test_a_relative_clause_of_another_act_keeps_the_story_country(read):
    text = US_STORY + "Gen. Mark Hollis, who met Iran's foreign minister in Geneva last year, said the raid had failed."
    assert actor_of(read(text), "Mark Hollis").code.startswith("USA")


def test_a_demonym_on_what_he_studies_is_not_his_country(read):
    text = ("Russia and Moscow's officials denied the report on Monday. "
            "Timothy Rand, a professor of post-Soviet history at a university in Ohio, said the denial was weak.")
    code = actor_of(read(text), "Timothy Rand").code
    assert not code.startswith("SUN"), code
