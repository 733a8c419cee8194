"""Who does an event (round 39: the registry's `antecedent` in actors/coding.py and
events/sources.py), on sentences written for these tests after the judged sources of draws 48-63:
a subject pronoun that is its sentence's first subject goes on with the sentence before, not with
a name its own sentence gives before it after a preposition ("There is criticism of the police,
but it backs …", "Like with Cuba, it did not happen"); "they" after a sentence whose first subject
is no actor ("A wave of fake accounts that Twitter removed …") is not one named inside that
subject's clause; and a numbered plural of people ("the two leaders", "both presidents") is the
people of that number named just before it, each a doer."""

from __future__ import annotations

from helpers import coded


def _sources(reading) -> set[str | None]:
    return {e.source.code if e.source else None for e in reading.events}


def test_a_first_subject_pronoun_does_not_take_a_name_after_a_preposition(read_all):
    reading = read_all("The tribunal's ruling on the harbour dispute is notable for favouring Chile. There is "
                       "criticism of the Chilean navy for its conduct, but it upholds Chile's right to patrol the "
                       "harbour. It also accused the Peruvian government of funding the smugglers.")
    assert "CHLMIL" not in _sources(reading), coded(reading)


def test_a_pronoun_after_a_fronted_phrase_goes_on_with_the_sentence_before(read_every):
    reading = read_every("The Turkish government bought the Russian missiles last year. Despite pressure from the "
                         "United States, it refused to cancel the deal.")
    cancel = [e for e in reading.events if e.trigger == "cancel"]
    assert cancel and all(e.source is not None and e.source.code == "TURGOV" for e in cancel), coded(reading)


def test_they_after_a_subject_that_is_no_actor_is_not_one_named_inside_it(read_all):
    reading = read_all("A wave of fake accounts that Twitter removed last month used the same tactics. They accused "
                       "the Kenyan electoral commission of rigging the count.")
    assert "USABUS" not in _sources(reading), coded(reading)


def test_the_two_leaders_are_the_two_named_before(read_every):
    reading = read_every("Japanese Prime Minister Fumio Kishida met Brazilian President Luiz Inacio Lula da Silva in "
                         "Tokyo on Friday. The two leaders agreed to expand scientific cooperation.")
    agreed = {(e.source.code if e.source else None, e.target.code if e.target else None)
              for e in reading.events if e.trigger == "agreed"}
    assert agreed == {("JPNGOV", "BRAGOV"), ("BRAGOV", "JPNGOV")}, coded(reading)


def test_both_presidents_are_host_and_guest(read_every):
    reading = read_every("President Emmanuel Macron welcomed President Cyril Ramaphosa to Paris on Monday. Both "
                         "presidents praised the new trade pact.")
    praised = {e.source.code for e in reading.events if e.trigger == "praised" and e.source}
    assert praised == {"FRAGOV", "ZAFGOV"}, coded(reading)
