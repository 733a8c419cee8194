"""Round 38 (modal38): a clause's negation, frame or reading stays in its own clause.

- An event noun told in a relative clause of its own ("the visit he made to Seoul") keeps that
  clause's modality; the negation or denial of the clause its phrase sits in is not its.
- "Has not been told what arms the US will send", "did not say it would free the hostages": a
  negated verb of saying leaves its content untold, no refusal by the one it is about.
- "Issued a statement promising to back Kyiv and condemning the shelling": a bare participle joined
  after a participle of intent and its complement is a second act told beside it, not one promised.
- "The deal shows Seoul is willing to work with Tokyo": a readiness a thing shows, signals or means
  is a reading of it (hypothetical); a party that signals it says so.
- "Tried to coerce Ukraine to open an inquiry": an act that a pressing or forcing only aimed at
  would bring about is not done, nor alleged as done.
- "Did not deny supplying drones": a negated denial denies nothing.

Sentences written for these tests.
"""

from __future__ import annotations

from helpers import events_on


def _modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


# --- a relative clause keeps its own modality -------------------------------------------------
def test_a_visit_told_in_a_relative_clause_is_not_denied_with_the_main_clause(read_every):
    reading = read_every("The Japanese prime minister said that on the visit he made to Seoul last year, "
                         "President Yoon did not reject his offer.")
    assert _modalities(reading, "visit") == ["happened"]


# --- a negated saying tells nothing, refuses nothing ------------------------------------------
def test_what_one_was_not_told_is_no_refusal(read_every):
    reading = read_every("Haddad said he has not been told what type of missiles the United States will supply to the army.")
    assert _modalities(reading, "supply") and "negated" not in _modalities(reading, "supply")


def test_an_intent_not_stated_is_not_a_refusal(read_every):
    reading = read_every("Hamas did not say it would release the hostages.")
    assert _modalities(reading, "release") == ["hypothetical"]
    assert not any(e.cameo.startswith("12") for e in events_on(reading, "say"))


# --- a participle beside a frame is told -------------------------------------------------------
def test_a_condemnation_beside_a_pledge_in_a_statement_happened(read_every):
    reading = read_every("The foreign ministers of France and Germany released a statement on Monday, "
                         "promising to support Kyiv and condemning Russia's shelling of the power plant.")
    assert _modalities(reading, "condemning") == ["happened"]
    assert _modalities(reading, "shelling") == ["happened"]


def test_a_condemnation_joined_to_the_pledging_participle_happened(read_every):
    reading = read_every("The ministers of Canada and Mexico issued a joint statement on Friday, pledging to "
                         "open their markets further and condemning the theft of patents by Chinese firms.")
    assert _modalities(reading, "condemning") == ["happened"]


# --- a readiness a thing shows is a reading ---------------------------------------------------
def test_a_readiness_a_move_suggests_is_hypothetical(read_every):
    reading = read_every("The move suggests Iran is prepared to talk with the United States.")
    assert set(_modalities(reading, "talk")) == {"hypothetical"}
    said = read_every("The Kremlin signaled on Monday that it is ready to resume talks with Kyiv.")
    assert "planned" in _modalities(said, "talks")  # a party that signals it says so: its intent


def test_a_readiness_an_agreement_shows_is_not_stored(read):
    reading = read("Analysts said the agreement shows that Seoul is willing to cooperate with Tokyo.")
    assert not reading.events


# --- an act a pressing only aims at -----------------------------------------------------------
def test_an_inquiry_one_tried_to_coerce_is_not_alleged(read_every):
    reading = read_every("The lawsuit alleged the mayor tried to use his office to coerce Mexico to investigate the bankers.")
    assert _modalities(reading, "investigate") == ["hypothetical"]


def test_a_surrender_tanks_were_sent_to_force_did_not_happen(read_every):
    reading = read_every("The army moved tanks into the town to force the rebels to surrender.")
    assert all(e.modality != "happened" for e in reading.events)


# --- a denial negated denies nothing ------------------------------------------------------------
def test_an_act_not_denied_is_not_stored_as_denied(read_every):
    reading = read_every("An Iranian general did not deny supplying drones to Russia.")
    assert "denied" not in _modalities(reading, "supplying")
