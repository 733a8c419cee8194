"""Acts that did not happen (round 28): an act a verb of thwarting acts on ("rushed to thwart more
attacks", "worked to prevent Britain's withdrawal") never came about, so it is negated, not told
as happened; an act someone is warned, told or advised NOT to do is a possibility warned against
(hypothetical): neither told as not done (negated) nor asked for (demanded reads as a demand FOR the
act). Sentences from real articles (the news corpus and the precision draws' articles)."""

from __future__ import annotations

from helpers import events_on


# --- thwarted, prevented: the act never came about ----------------------------------------------
def test_attacks_authorities_rushed_to_thwart_did_not_happen(read):
    reading = read("French, German, and Belgian police arrested more than two dozen suspects in antiterrorism "
                   "raids Friday, as European authorities rushed to thwart more attacks by people with links to "
                   "Islamic extremists in the Middle East.")
    attacks = events_on(reading, "attacks")
    assert attacks
    assert all(e.modality == "negated" for e in attacks)
    assert [e.modality for e in events_on(reading, "arrested")] == ["happened"] * 3  # the arrests were made


def test_a_withdrawal_campaigners_worked_to_prevent_is_not_told_as_done(read):
    reading = read("In remarks that have already angered remainers, the Prime Minister said he regretted the "
                   "decision of the court but pointed out the coalition of anti-Brexit campaigners who have "
                   "worked tirelessly to prevent Britain’s withdrawal from going ahead.")
    assert [e.modality for e in events_on(reading, "withdrawal")] == ["negated"]


# --- warned, told or advised not to: a possibility warned against -----------------------------
def test_warned_not_to_call_for_a_firing_is_no_demand_for_it(read_every):
    reading = read_every("A number of lawmakers from both sides of the political aisle also warned Trump not to call "
                   "for Mueller’s firing.")
    assert [e.modality for e in events_on(reading, "call")] == ["hypothetical"]


def test_warned_assad_not_to_use_chemical_weapons_is_no_demand_to_use_them(read_every):
    reading = read_every("And Panetta said Obama lost credibility when he warned Assad not to use chemical weapons "
                   "against his own people and then failed to act when the Syrian leader crossed that \"red line\" "
                   "last year.")
    uses = events_on(reading, "use")
    assert uses
    assert all(e.modality == "hypothetical" for e in uses)


def test_well_advised_not_to_use_chemical_weapons_is_no_demand_to_use_them(read_every):
    reading = read_every("He said having the weapons is a violation of a United Nations Security Council resolution, and "
                   "Syria would be “well advised” not to use chemical weapons again.")
    assert [e.modality for e in events_on(reading, "use")] == ["hypothetical"]


def test_officials_instructed_not_to_comply_are_not_asked_to_comply(read_every):
    reading = read_every("The White House has instructed officials not to comply with subpoenas from Congress "
                   "requesting witnesses or other information.")
    assert [e.modality for e in events_on(reading, "comply")] == ["hypothetical"]
