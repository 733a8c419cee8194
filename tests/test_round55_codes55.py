"""Round 55 (codes55): three words whose sense PETRARCH's dictionary codes with the wrong root.

- a verb of force with its partner after "with" and nothing it acts on is a split in views, no
  force (`senses._parts_with`, parting_phrases): "broke with the president" is no 190, while
  "broke off relations with" keeps its 161;
- "sweep" into or across a place is no search (the dictionary's 090, `senses._sweeps_into_a_place`):
  armed doers use force (190), anyone else does nothing coded, while troops sweeping through
  villages keep the dictionary's 190;
- a protest by those who hold office with nothing protested and no place marched at is an
  objection in words (110, `senses._office_objects`), and lawmakers named by party ("House
  Republicans") who protest a thing criticise it (111), while a crowd or a people protesting stays
  a demonstration (140).

Every sentence here was written for these tests."""

from helpers import events_on


def test_breaking_with_the_president_is_no_force(read):
    reading = read("Secretary of State John Kerry openly broke with President Obama over the troop withdrawal.")
    assert events_on(reading, "broke") == []


def test_breaking_off_relations_with_a_state_stays_a_cut(read):
    reading = read("Riyadh broke off relations with Doha last year.")
    assert [e.cameo for e in events_on(reading, "broke")] == ["161"]


def test_fighters_sweeping_into_a_city_use_force(read):
    reading = read("Taliban fighters swept into Kunduz on Sunday.")
    assert [e.cameo for e in events_on(reading, "swept")] == ["190"]


def test_a_candidate_sweeping_into_office_searches_nothing(read):
    reading = read("Barack Obama swept into the White House on a wave of hope in 2008.")
    assert events_on(reading, "swept") == []


def test_troops_sweeping_through_villages_keep_the_dictionary_force(read):
    reading = read("Troops swept through villages near the border.")
    assert [e.cameo for e in events_on(reading, "swept")] == ["190"]


def test_a_minister_who_protested_objected(read):
    reading = read("Russian Foreign Minister Sergei Lavrov protested, but the vote went ahead.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["110"]


def test_a_capital_that_protested_objected(read):
    reading = read("Beijing protested, and the visit went ahead anyway.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["110"]


def test_lawmakers_by_party_protesting_a_rule_criticise_it(read):
    reading = read("House Republicans protested the new rules bitterly.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["111"]


def test_a_people_protesting_in_a_city_still_demonstrates(read):
    reading = read("Thousands of Iranians protested in Tehran on Monday.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["140"]


def test_lawmakers_protesting_outside_a_building_still_demonstrate(read):
    reading = read("Lawmakers protested outside the parliament building.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["140"]
