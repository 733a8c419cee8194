"""Round 55 (targets55): the doers' own country named only as a word that marks a thing.

- targets `own_country_in_passing`: when every source is of one country and the target is that
  country itself, named in the sentence only as a modifier of a noun ("the loss of British factory
  jobs", "the Russian economy", "America's wars"), the country is no one the act is aimed at: the
  target is dropped (missing beats wrong). A country named as a party ("urged Americans") or
  another country ("criticized the U.S. tariffs" by Canada) is left as it was.

Every sentence here was written for these tests."""

from helpers import events_on


def test_own_country_marking_lost_jobs_is_no_target(read):
    reading = read("British Prime Minister Boris Johnson blamed the new tariffs for the loss of British factory jobs.")
    [blame] = events_on(reading, "blamed")
    assert blame.source is not None and blame.source.code == "GBRGOV"
    assert blame.target is None


def test_own_economy_under_sanctions_is_no_target(read):
    reading = read("Russian President Vladimir Putin mocked the effect of the new European sanctions on the Russian economy.")
    [mockery] = events_on(reading, "mocked")
    assert mockery.target is None


def test_own_people_urged_keep_their_country(read):
    """Near miss: "Americans" is the party urged, not a word marking a thing."""
    reading = read("President Joe Biden urged Americans to stay home during the storm.")
    [appeal] = events_on(reading, "urged")
    assert appeal.target is not None and appeal.target.code == "USA"


def test_another_countrys_measure_keeps_its_country(read):
    """Near miss: a country marking a thing that is not the doers' own is whom the judgement is of."""
    reading = read("The Canadian prime minister criticized the U.S. tariffs on steel.")
    [criticism] = events_on(reading, "criticized")
    assert criticism.target is not None and criticism.target.code == "USA"


def test_own_countrys_decision_judged_by_its_business_keeps_the_country(read):
    """Near miss: a country's own industry judging "the US decision" judges its government."""
    reading = read("The American Iron and Steel Institute, which speaks for major steelmakers, criticized the U.S. decision on quotas.")
    criticisms = events_on(reading, "criticized")
    assert criticisms and all(event.target is not None and event.target.country == "USA" for event in criticisms)
