"""Round 39 (modal39): acts kept open, due by a deadline, told by reports, and meetings
called ahead are not told as done.

- "According to local media reports, X did Y": reports named to no one make the act their
  account (alleged), as "reportedly" does.
- "Has called a meeting of the leaders on Friday": the present perfect takes no past day, so the
  day named is the meeting's, ahead (planned).
- "Has not ruled out imposing sanctions": an option kept open is neither done nor refused
  (hypothetical), not a negated act.
- "Has until Sunday to release the hostages": an act due by a deadline is not done (no event
  stored).

Sentences written for these tests.
"""

from __future__ import annotations

from helpers import events_on


def _modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


# --- reports named to no one ------------------------------------------------------------------
def test_an_act_credited_to_unnamed_media_reports_is_alleged(read_every):
    reading = read_every("According to news reports, Saudi Arabia sent troops to Bahrain.")
    assert _modalities(reading, "sent") == ["alleged"]


# --- a meeting called for a day ahead ---------------------------------------------------------
def test_a_meeting_called_in_the_present_perfect_for_a_named_day_is_planned(read_every):
    reading = read_every("Kenya has called a meeting of East African leaders on Friday in Nairobi.")
    assert _modalities(reading, "meeting") == ["planned"]


# --- an option kept open ----------------------------------------------------------------------
def test_an_act_not_ruled_out_is_neither_done_nor_negated(read_every):
    reading = read_every("Morocco has not ruled out imposing sanctions on Algeria.")
    assert _modalities(reading, "sanctions") == ["hypothetical"]


# --- an act due by a deadline -----------------------------------------------------------------
def test_an_act_due_by_a_deadline_is_not_stored_as_done(read):
    reading = read("The militia has until Sunday to release the kidnapped aid workers.")
    assert "happened" not in _modalities(reading, "release")
