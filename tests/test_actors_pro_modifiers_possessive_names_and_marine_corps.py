"""The CAMEO code a noun phrase gets (round 36, actors): a "pro-" or "anti-" modifier names a
region the group sides with, not whose it is ("pro-Western demonstrators" are not the West's); a
name the recogniser ran from a possessive ending ("the president’s son, X") is no title of X; a
head of state under the spelling AP uses is the listed one; a state named as its clause's subject that
acts on "the regime" acts on another state's; a role noun that only took the story's country is
no foreign state a body acts on; "Marine Corps" is a military body; and a clause coordinated with
its own subject ("…, but Putin refused") gives a role noun no country. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

SPRING_2015 = date(2015, 4, 20)
SUMMER_2018 = date(2018, 7, 17)


def _codes(reading, text: str) -> set[str]:
    return {m.actor.code for m in reading.mentions if m.text == text}


def test_a_pro_region_modifier_names_no_owner(read):
    reading = read("Pro-Western demonstrators blocked the main road into the capital of Moldova on Sunday.")
    assert "WSTCVL" not in _codes(reading, "Pro-Western demonstrators")
    assert _codes(reading, "Pro-Western demonstrators") <= {"CVL", "MDACVL"}


def test_a_name_run_from_a_possessive_is_no_title(read):
    reading = read("President Donald Trump spoke in Ohio on Monday. Democrats asked why prosecutors never brought "
                   "charges against the president’s son, Donald Trump Jr., over the meeting.", published=SUMMER_2018)
    assert _codes(reading, "Donald Trump Jr.") == {"USA"}  # his family's country, not his father's office
    assert not [m for m in reading.mentions if m.text.startswith("’s")]


def test_a_head_of_state_spelled_otherwise_keeps_his_office(read):
    reading = read("Rebel fighters overran the port last month and forced President Abdrabbuh Mansour Hadi "
                   "to leave for Riyadh.", published=SPRING_2015)
    assert _codes(reading, "Abdrabbuh Mansour Hadi") == {"YEMGOV"}


def test_a_state_ousting_the_regime_ousts_another_states(read):
    reading = read("Tanzania invaded its neighbour and ousted the regime in 1979.")
    assert "TZAGOV" not in _codes(reading, "the regime")
    # a body of the state may topple its own government: a coup
    reading = read("The Thai army ousted the government in 2014.")
    assert _codes(reading, "the government") == {"THAGOV"}


def test_a_borrowed_country_is_no_foreign_state(read):
    reading = read("President Trump said the military would no longer accept transgender troops. The Navy and "
                   "the Air Force asked for more time to study the effects of admitting transgender troops, "
                   "officials said.")
    assert _codes(reading, "the Air Force") == {"USAMIL"}


def test_the_marine_corps_is_a_military_body(read):
    reading = read("The Pentagon said on Friday that the United States would send more troops. "
                   "The Marine Corps asked for more time to train them.")
    assert _codes(reading, "The Marine Corps") == {"USAMIL"}


def test_a_coordinated_clause_with_its_own_subject_gives_no_country(read):
    reading = read("President Trump met Vladimir Putin in Helsinki on Monday. Lawmakers had urged Trump to demand "
                   "the handover of the hackers, but Putin refused to do so.", published=SUMMER_2018)
    assert "RUSLEG" not in _codes(reading, "Lawmakers")
