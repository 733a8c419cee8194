"""Round 52's modality rules: an act in a finding ("concluded that", "findings that", "an
assessment that") is the finder's account (alleged); a claim made and then denied ("…; the ministry
denied this", "… - a claim the party denies") was made, only what it tells is disputed; "neither
confirmed nor denied", "would not confirm or deny" make no denial."""

from __future__ import annotations

import pytest
from helpers import events_on


def _modalities(reading, trigger: str) -> list[str]:
    return [event.modality for event in events_on(reading, trigger)]


@pytest.mark.parametrize("text, act", [
    ("The FBI assessed that North Korean agents attacked the studio's computers.", "attacked"),
    ("Intelligence findings that Iran supplied the drones to Moscow alarmed the ministers.", "supplied"),
    ("A Pentagon assessment that Russia supplied the missiles to Iran was shared with allies.", "supplied"),
])
def test_an_act_in_a_finding_or_a_report_is_alleged(read_every, text, act):
    assert _modalities(read_every(text), act) == ["alleged"]


def test_a_finding_of_an_act_not_done_stays_negated(read_every):
    reading = read_every("Analysts concluded that Iran did not supply the drones to Moscow.")
    assert _modalities(reading, "supply") == ["negated"]


def test_a_claim_denied_afterwards_was_made(read_every):
    reading = read_every("Syria claimed an Israeli jet had violated its airspace on Sunday; the Israeli army denied this.")
    assert _modalities(reading, "claimed") == ["happened"]
    assert _modalities(reading, "violated") == ["alleged"]


def test_a_claim_summed_up_after_a_dash_was_made(read_every):
    reading = read_every("Chilean students, who have protested outside Congress since March, call the reform "
                         "a violation of the constitution - a claim the government denies.")
    assert _modalities(reading, "call") == ["happened"]


def test_a_plain_denial_of_an_act_stays_denied(read_every):
    reading = read_every("Russia has denied the accusations.")
    assert _modalities(reading, "denied") == ["denied"]


@pytest.mark.parametrize("text, trigger", [
    ("The Pentagon neither confirmed nor denied the report.", "denied"),
    ("A Pentagon spokesman would not confirm or deny the report.", "deny"),
])
def test_a_denial_withheld_with_a_confirmation_is_none(read_every, text, trigger):
    assert _modalities(read_every(text), trigger) == ["negated"]


def test_an_act_neither_confirmed_nor_denied_is_not_told_as_done(read_every):
    reading = read_every("The ministry would neither confirm nor deny that Israeli jets struck the depot.")
    assert _modalities(reading, "deny") == ["negated"]  # no denial made
    assert "happened" not in _modalities(reading, "struck")
