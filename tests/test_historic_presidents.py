"""Presidents a story recalls from decades before its day: the office-holder table gives their
country and their years, so "the president" later in the story is the one in office on its day,
not the last one titled so, and a recalled president keeps his own country wherever he acted."""

from datetime import date

from helpers import events_on


def test_the_president_is_the_one_in_office_not_one_recalled_from_history(read):
    reading = read(
        "Farmers said President Donald Trump abandoned them during the trade war.\n\n"
        "Older growers recalled how the administration of President Jimmy Carter imposed a grain "
        "embargo on the Soviet Union in 1980.\n\n"
        "The president criticized China over its soybean tariffs on Tuesday.",
        published=date(2019, 8, 6))
    (event,) = events_on(reading, "criticized")
    assert event.source.name == "Donald Trump"
    assert event.source.code == "USAGOV"


def test_a_recalled_president_keeps_his_own_country(read):
    reading = read(
        "Historians say President Richard Nixon ordered the secret bombing of Cambodia in 1969.",
        published=date(2019, 10, 21))
    (event,) = events_on(reading, "bombing")
    assert event.source.name == "Richard Nixon"
    assert event.source.code.startswith("USA")
