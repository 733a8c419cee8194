"""Modality by grammatical class (round 26): a claimant's own participle is made as the claim is,
a headline credited to a report is the report's account, a verbal act with its doer named is made
whatever the clause does with it, and "provided that" is a condition. Sentences written here, not
taken from any gold set or judged draw."""

from __future__ import annotations

from helpers import events_on


# --- a participle of a verbal act after a claim's content: the claimant's own statement ------
def test_an_accusation_made_beside_a_claim_happened(read):
    reading = read("Moscow claimed the trucks carried ammunition, accusing Kyiv of smuggling rifles into the region.")
    assert [e.modality for e in events_on(reading, "accusing")] == ["happened"]


def test_what_the_claim_says_stays_alleged(read):
    reading = read("Moscow claimed that Kyiv smuggled rifles into the region.")
    assert all(e.modality == "alleged" for e in events_on(reading, "smuggled"))


# --- a headline credited after a colon to a report ---------------------------------------------
def test_a_headline_credited_to_a_report_is_alleged(read):
    reading = read("Erdogan threatening to expel the Dutch ambassador: report")
    assert [e.modality for e in events_on(reading, "threatening")] == ["alleged"]


def test_a_headline_with_no_credit_is_told(read):
    reading = read("Erdogan threatened to expel the Dutch ambassador, officials said.")
    assert [e.modality for e in events_on(reading, "threatened")] == ["happened"]


# --- a verbal act with its doer named, as an object: it was made ------------------------------
def test_a_request_left_unanswered_was_still_made(read):
    reading = read("The committee did not answer Moscow's request for the extradition of the banker.")
    assert [e.modality for e in events_on(reading, "request")] == ["happened"]


def test_a_request_the_union_could_grant_was_made(read):
    reading = read("The European Union could grant Denmark's request for a delay of the vote.")
    assert [e.modality for e in events_on(reading, "request")] == ["happened"]


def test_a_request_with_no_named_doer_stays_under_the_clause(read):
    reading = read("The committee did not send a request for the extradition of the banker to Moscow.")
    assert all(e.modality != "happened" for e in events_on(reading, "request"))


# --- "provided that": a condition, nothing denied ----------------------------------------------
def test_an_act_under_provided_that_is_hypothetical(read_every):
    reading = read_every("I will testify tomorrow, provided that the chairman assures me that the committee will not "
                   "issue a subpoena to my client.")
    assert [e.modality for e in reading.events if e.cameo.startswith("10")] == ["hypothetical"]
