"""Round 55's review mends, each on sentences written for these tests.

- a country's own people as a whole ("the French nation", "Mexican society") is a party the act is
  aimed at, not a thing its name marks (`targets.own_country_in_passing`, WHOLE_PEOPLE_NOUNS);
- "with" a tool is no partner to part with ("broke in with shotguns" keeps its force:
  `senses._parts_with` asks a party);
- an office holder's protest dated "on Friday" or timed by a clause ("when the ship docked") is
  still an objection in words, 110 (`senses._office_objects`: a date is no place marched at, a
  time clause no thing protested);
- a region named after an opening article ("A Middle East diplomat") is still a region
  (`coding._names_region_or_people`);
- several spaced list marks ("* * *") are all marks (`nlp.list_mark_length`)."""

from helpers import events_on

from newsevents.actors.coding import _names_region_or_people
from newsevents.nlp import list_mark_length


def test_thanking_the_own_nation_keeps_the_country_as_target(read):
    reading = read("French President Emmanuel Macron thanked the French nation for its calm after the attacks.")
    [thanks] = events_on(reading, "thanked")
    assert thanks.target is not None and thanks.target.code == "FRA", thanks.target


def test_apologising_to_the_own_society_keeps_the_country_as_target(read):
    reading = read("The Mexican government apologized to Mexican society for the disappearance of the students.")
    [apology] = events_on(reading, "apologized")
    assert apology.target is not None and apology.target.code == "MEX", apology.target


def test_breaking_in_with_weapons_is_still_force(read):
    reading = read("Masked gunmen broke in with shotguns and seized the cash from the bank.")
    assert [e.cameo for e in events_on(reading, "broke")], "the break-in lost its event"


def test_a_government_protesting_on_a_date_objects_in_words(read):
    reading = read("The Chinese government protested on Friday.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["110"]


def test_a_government_protesting_when_something_happened_objects_in_words(read):
    reading = read("The Chinese government protested when the American warship docked in Taipei.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["110"]


def test_office_holders_marching_outside_a_building_still_demonstrate(read):
    reading = read("Opposition lawmakers protested outside the parliament building in Caracas.")
    assert [e.cameo for e in events_on(reading, "protested")] == ["140"]


def test_a_region_after_an_opening_article_is_a_region():
    assert _names_region_or_people("A Middle East diplomat")
    assert _names_region_or_people("Senior Gulf officials")
    assert not _names_region_or_people("A senior diplomat")
    assert not _names_region_or_people("The American commander")


def test_several_spaced_list_marks_are_all_marks():
    assert list_mark_length("* * * Police detained two men.") == len("* * * ")
    assert list_mark_length("-- They left.") == len("-- ")
    assert list_mark_length("--They left.") == len("--")
    assert list_mark_length("-5 degrees overnight.") == 0
