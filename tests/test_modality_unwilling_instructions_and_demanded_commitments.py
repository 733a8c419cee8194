"""Round twenty, modality: an act one is unwilling to do is not done; an act one is told or
instructed to do is asked for, not done; a "not to …" in a pledge is no act of its own; a denial of what is said about a known event ("denied that Pakistan's
attack caused casualties") does not deny the event. Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def _modalities(events) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in events]


def test_an_act_one_is_unwilling_to_do_is_negated(read) -> None:
    cut = events_on(read("The Japanese government is unwilling to cut off diplomatic relations with North Korea."), "cut")
    assert cut and all(e.modality == "negated" for e in cut), _modalities(cut)


def test_a_reported_unwillingness_is_negated_too(read) -> None:
    release = events_on(read("The ministry said Israel was unwilling to release Palestinian prisoners."), "release")
    assert release and all(e.modality == "negated" for e in release), _modalities(release)


def test_an_act_one_is_instructed_to_do_is_demanded_not_done(read) -> None:
    fire = events_on(read("Egyptian border guards were instructed to fire on smugglers from Libya."), "fire")
    assert fire and all(e.modality == "demanded" for e in fire), _modalities(fire)


def test_an_act_foresworn_in_a_demanded_commitment_is_no_act_denied(read) -> None:
    # What a pledge commits to is no act of its own (senses._committed_act): neither negated nor done.
    reading = read("The Foreign Office said Iran must respect the pledge it made to not attack British tankers.")
    assert not events_on(reading, "attack"), _modalities(events_on(reading, "attack"))


def test_a_pledge_not_to_act_stays_negated(read) -> None:
    attack = events_on(read("Iran pledged not to attack British tankers in the Gulf."), "attack")
    assert attack and all(e.modality == "negated" for e in attack), _modalities(attack)


def test_denying_what_is_said_of_an_owned_event_does_not_deny_it(read) -> None:
    attack = events_on(read("India denied that Pakistan's attack on its convoy caused casualties."), "attack")
    assert attack and all(e.modality != "denied" for e in attack), _modalities(attack)


def test_a_denied_act_stays_denied(read) -> None:
    reading = read("Russian President Vladimir Putin denied that Russian troops attacked Ukrainian forces in Donetsk.")
    attacked = events_on(reading, "attacked")
    assert attacked and all(e.modality == "denied" for e in attacked), _modalities(attacked)
