"""Modality of an occasion a verb of cancelling acts on, of an act in what was NOT said (or in a
sign that is not there) whatever its own tense, and of the second act hoped of another party."""

from helpers import codes, modalities_on


def test_a_cancelled_trip_did_not_take_place(read_every):
    reading = read_every("The minister’s trip to Moscow was cancelled after the talks broke down.")
    assert modalities_on(reading, "trip") == {"negated"}


def test_a_postponed_visit_did_not_take_place(read_every):
    reading = read_every("Officials postponed the president's visit to Seoul.")
    assert modalities_on(reading, "visit") == {"negated"}


def test_a_visit_not_called_off_is_told_as_it_is(read_every):
    reading = read_every("The president's visit to Seoul went ahead on Monday.")
    assert "negated" not in modalities_on(reading, "visit")


def test_an_act_in_what_a_statement_did_not_say_is_told_neither_way(read_every):
    reading = read_every("The ministry did not say that the army was withdrawing from the border.")
    assert modalities_on(reading, "withdrawing") == {"hypothetical"}


def test_an_act_no_one_sees_signs_of_is_told_neither_way(read_every):
    """"Signs Iran is preparing …" without "that": the parser hangs the content as a relative clause."""
    reading = read_every("We don't see signs Iran is preparing to attack Israel.")
    assert modalities_on(reading, "attack") == {"hypothetical"}


def test_a_relative_clause_with_its_gap_is_no_content(read_every):
    reading = read_every("The signs that investigators found were sent to the court, and the army attacked the base.")
    assert modalities_on(reading, "attacked") == {"happened"}


def test_a_known_act_asked_about_stays_told(read_every):
    """"Did not say why": the attack itself is taken as known."""
    reading = read_every("Officials did not say why Russia attacked the convoy.")
    assert modalities_on(reading, "attacked") == {"happened"}


def test_the_second_act_hoped_of_another_is_only_hoped_for(read_every):
    reading = read_every("Germany hopes that Russia will return to the table and release the prisoners.")
    assert modalities_on(reading, "release") == {"desired"}
    assert not any(code.startswith("03") for code in codes(reading))  # no intent of Germany's
