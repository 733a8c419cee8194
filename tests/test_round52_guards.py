"""Round 52 guards: each test here fails with its guard taken out.

- modality `_neither_nor`: a verb withheld together with a confirmation ("neither confirmed nor
  denied that …") leaves its clause open, while an inverted "Nor did X deny that …" affirms it;
- modality `_headline_future`: an act a headline's "X to <verb>" takes in as its infinitive
  ("Germany to decide to withdraw …") is announced with it, planned;
- actors `_place_locals`: refugees (not of `LOCAL_ROLES`) take no country from their sentence's
  city, nor do students from a sentence that also names a place we cannot place.

Every sentence here was written for these tests."""

import pytest
from helpers import events_on, modalities_on


def test_neither_confirmed_nor_denied_leaves_the_strike_untold(read_every):
    reading = read_every("Russia neither confirmed nor denied that Russian jets bombed Ukrainian soldiers.")
    assert "happened" not in modalities_on(reading, "bombed")


def test_nor_did_it_deny_affirms_the_strike(read_every):
    """The inverted "nor did" negates "deny" as "not" does, and a denial negated affirms its clause."""
    reading = read_every("Nor did Russia deny that Russian jets bombed Ukrainian soldiers.")
    assert modalities_on(reading, "bombed") == {"happened"}


@pytest.mark.parametrize("text", [
    "Germany to decide to withdraw troops from Mali",
    "Germany to begin to withdraw troops from Mali",
])
def test_a_headline_future_reaches_the_act_its_infinitive_takes_in(read_every, text):
    assert modalities_on(read_every(text), "withdraw") == {"planned"}


def test_refugees_take_no_country_from_the_city_they_protest_in(read):
    """Refugees have left their country: a French city does not make them French."""
    [protest] = events_on(read("Refugees protested in Lyon on Sunday."), "protested")
    assert protest.source is not None and protest.source.code == "REF"


def test_students_take_no_country_from_a_sentence_with_a_place_we_cannot_place(read):
    """"Kestrova City" may lie anywhere: Lyon alone does not set the sentence in France."""
    [protest] = events_on(read("Students protested in Lyon and Kestrova City on Sunday."), "protested")
    assert protest.source is not None and protest.source.code == "EDU"
