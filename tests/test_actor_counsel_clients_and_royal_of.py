"""Round 43, actors: a person's own lawyers are no court (CAMEO's JUD) and no office of the
client's, only of the client's country; lawyers or officials "representing" a body are that body's,
as "lawyers for" it are; a titled name closed by "of" and a country ("King Abdullah of Jordan") is
the name alone, of that country. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of, coded


def test_lawyers_for_a_person_are_no_judiciary(read):
    reading = read("Lawyers for Senator Ted Cruz asked the appeals court on Friday to dismiss the complaint.")
    lawyers = actor_of(reading, "Lawyers")
    assert lawyers.country == "USA" and lawyers.role is None, lawyers


def test_a_quarrel_with_a_persons_lawyers_stays_words(read):
    reading = read("House prosecutors clashed with Mr Trump's lawyers over the witnesses on Thursday.")
    assert [code for code, *_ in coded(reading)] == ["111"]


def test_lawyers_representing_a_body_are_the_bodys(read):
    reading = read("Lawyers representing Exxon Mobil asked the judge on Monday to dismiss the case.")
    assert actor_of(reading, "Lawyers").code == "USABUS"
    reading = read("An attorney representing the Justice Department told the judge the files were classified.")
    assert actor_of(reading, "An attorney").code == "USAGOV"


def test_a_royal_title_closed_by_of_and_a_country_is_that_countrys(read):
    reading = read("The prime minister met King Abdullah of Jordan in London on Tuesday.")
    king = actor_of(reading, "King Abdullah")
    assert king.code == "JORGOV", king
