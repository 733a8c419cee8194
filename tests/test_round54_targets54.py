"""Round 54 (targets54): a recipient named by a bare surname the recogniser took for no one.

- targets `_surname_told_again`: a bare name in a recipient slot (the verb's object, or the object
  of a target preposition) that has no mention of its own (the recogniser read "May" as a month)
  is the coded person of that surname named shortly before; not a date with its day ("on May 12").

Every sentence here was written for these tests."""

from helpers import events_on


def test_an_apology_to_a_surname_read_as_a_month_reaches_the_person(read):
    reading = read("Prime Minister Theresa May met her cabinet on Tuesday. "
                   "Andrea Leadsom, the leader of the House, apologised to May on Wednesday.")
    [apology] = events_on(reading, "apologised")
    assert apology.target is not None and apology.target.name == "Theresa May"


def test_a_date_with_its_day_is_no_one_named_again(read):
    """"on May 12" is a date even in a story about Theresa May: the event keeps no target."""
    reading = read("Prime Minister Theresa May met her cabinet on Tuesday. "
                   "The European Union agreed on May 12 to extend the deadline.")
    assert all(event.target is None for event in events_on(reading, "agreed"))

