"""Round 25, actors: the right entity with the wrong country, and pronouns that took the wrong
person. A birthplace is not whose one is when the words after it name another country; a
government asking its own courts is no sign it is foreign; a role noun acted on takes no country
from a clause coordinated with its own, and a body takes none from the subject of a clause
inside what it acts on; a second "they" after one left unresolved goes on with it. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of, coded, events_on, pronoun_actor


def test_a_birthplace_before_another_country_is_not_whose_one_is(read):
    reading = read("Prosecutors in New York charged Boris Kandel, a Soviet-born Texas businessman, with fraud on "
                   "Monday. Kandel met with Giuliani in Vienna.")
    assert actor_of(reading, "Boris Kandel").code == "USABUS"


def test_the_administration_asking_its_own_judge_is_the_story_country(read):
    reading = read("A federal judge ordered former White House counsel Don McGahn to testify before Congress, a "
                   "setback to President Donald Trump. Judge Amy Berman wrote that presidents are not kings. "
                   "The administration filed a notice of appeal on Tuesday and asked Berman to put her ruling on hold.")
    assert actor_of(reading, "The administration").code == "USAGOV"
    assert actor_of(reading, "A federal judge").code == "USAJUD"


def test_victims_take_no_country_from_a_clause_coordinated_with_theirs(read):
    reading = read("President Obama spoke in Washington on Monday. The United States is weighing its options. "
                   "The president consulted with the leaders of Germany and Italy on Sunday, and a senior official "
                   "said Iraqi government forces had shelled civilians last week.")
    assert actor_of(reading, "civilians").code == "IRQCVL"


def test_a_chamber_takes_no_country_from_the_subject_of_a_clause_inside_what_it_acts_on(read):
    reading = read("The Senate voted on the budget in Washington on Thursday. President Trump said the United "
                   "States would not pay. The House began a review of the president's effort to get Mexico to "
                   "pay for the wall.")
    assert actor_of(reading, "House").code == "USALEG"


def test_a_second_they_goes_on_with_an_unresolved_first_one(read):
    reading = read("Thousands of migrants set off from Guatemala on Friday. When they reach the United States, "
                   "they hope American officials will give them asylum.")
    assert pronoun_actor(reading, "they", 1) is None
    assert all(e.target is None or e.target.code != "USA" for e in events_on(reading, "give")), coded(reading)


def test_a_they_after_a_resolved_one_still_takes_its_antecedent(read):
    reading = read("Russia and China blocked the resolution on Monday. They said they would veto any "
                   "new text.")
    first, second = pronoun_actor(reading, "They"), pronoun_actor(reading, "they")
    assert first is not None and second is not None and first is second
