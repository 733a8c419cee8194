"""A "regime" is a word for another country's government: no one calls their own government so.
A bare "the regime" is never of the country whose officials speak of it or act on it."""

from __future__ import annotations

from helpers import actor_of


def test_a_regime_is_not_of_the_country_that_speaks_of_it(read):
    reading = read("Shelling went on across Syria overnight. The State Department said on Tuesday that U.S. "
                   "intelligence believes the regime has used nerve gas against opposition fighters near Homs.")
    assert actor_of(reading, "the regime").code == "SYRGOV"


def test_a_regime_a_state_accuses_in_a_story_of_that_state_only_has_no_country(read):
    reading = read("Washington accused the regime on Friday of torturing hundreds of prisoners in secret jails.")
    assert actor_of(reading, "the regime").code == "GOV"


def test_a_regime_acting_in_its_own_country_keeps_it(read):
    reading = read("Fighting raged across Syria on Sunday. The regime bombed rebel positions near Aleppo, activists said.")
    assert actor_of(reading, "The regime").code == "SYRGOV"
