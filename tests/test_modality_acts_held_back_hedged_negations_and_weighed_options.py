"""Round 37 (modal37): acts held back, wishes, weighed options and forecasts are not told as done,
denied or demanded.

- An act left undone or held back is negated: a gerund under "without" ("released the funds
  without Israel announcing any investigations"), one that "avoid", "refrain from", "stop short
  of" or "hold off on" takes, and an event noun led by "little" or "scant" ("received little
  military aid"), as "no aid" is.
- A negated clause with an adverb of likelihood ("will probably not attack") is a forecast:
  hypothetical, not negated.
- "To win back the region, Kyiv has to attack …": "have to" under a purpose put first, in the
  writer's words, is the writer's reasoning, no demand (as "need to" is).
- "Leaders want to censor the reports": a verb of desire over the subject's own act, in the writer's
  words, is a wish held (hypothetical); said by the one who wants it, it stays their stated intent.
- "Is considering French airstrikes in Mali": an event noun that a verb of weighing takes is an
  option thought over (hypothetical); a verbal act considered was made.

Sentences written for these tests.
"""

from __future__ import annotations

from helpers import events_on


def _modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


# --- acts left undone or held back: negated ---------------------------------------------------
def test_a_gerund_under_without_is_an_act_not_done(read_every):
    reading = read_every("Biden met Netanyahu and released the frozen funds without Israel announcing any investigations.")
    assert _modalities(reading, "investigations") == ["negated"]
    assert _modalities(reading, "met") == ["happened"]  # the clause it hangs on is still told as done


def test_an_avoided_act_is_negated(read_every):
    assert _modalities(read_every("Tokyo avoided announcing new sanctions on Moscow."), "sanctions") == ["negated"]
    assert _modalities(read_every("Tokyo announced new sanctions on Moscow."), "sanctions") == ["happened"]


def test_little_aid_received_is_next_to_none(read_every):
    assert _modalities(read_every("Kyiv has received little military aid from Berlin."), "received") == ["negated"]


# --- a forecast with an adverb of likelihood is a guess, not a denial ----------------------------
def test_a_hedged_negation_is_a_forecast(read_every):
    reading = read_every("Analysts said Russia will probably not attack Ukraine this year.")
    assert _modalities(reading, "attack") == ["hypothetical"]
    # without the hedge it is still what is told as not to be done
    assert _modalities(read_every("Russia will not attack Ukraine this year, the Kremlin said."), "attack") == ["negated"]


# --- the writer's reasoning about what an aim takes is no demand ---------------------------------
def test_have_to_under_a_fronted_purpose_is_no_demand(read_every):
    reading = read_every("To win back the region, Kyiv has to attack Russian supply lines.")
    assert "demanded" not in _modalities(reading, "attack")
    # the same obligation voiced by a speaker is their demand
    assert _modalities(read_every("Kyiv has to attack Russian supply lines, the general said."), "attack") == ["demanded"]


# --- a wish held is no act -----------------------------------------------------------------------
def test_a_desire_in_the_writers_words_is_no_act(read_every, read):
    reading = read_every("As floods spread, Vietnamese leaders want to censor independent media reports.")
    assert _modalities(reading, "want") == ["desired"]
    assert not events_on(read("As floods spread, Vietnamese leaders want to censor independent media reports."), "want")
    # said by the one who wants it, it is their stated intent
    assert _modalities(read_every("Trump had said he wanted to ban the group from the country."), "wanted") == ["happened"]


# --- an option weighed is not done ---------------------------------------------------------------
def test_airstrikes_under_consideration_are_not_done(read_every):
    reading = read_every("President Macron is considering French airstrikes in Mali against the militants, the Elysee said Friday.")
    assert _modalities(reading, "airstrikes") == ["hypothetical"]
    assert _modalities(reading, "considering") == ["happened"]  # the considering itself (014) is told
