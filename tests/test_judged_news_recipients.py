"""Who did it to whom, recipients (issue 12, "Targets" and "Sources"): recipients named in the
sentence but missed by the coder (the possessor of what drew criticism, the accused named as the
subject of the alleged clause, whose thing a criticism is "of"), and sources coded as the wrong
kind of actor (a one-word region without its article, parliamentary rebels). Sentences written for
these tests."""

from __future__ import annotations

from helpers import coded


# --- targets --------------------------------------------------------------------------------------
def test_whose_stance_drew_criticism_is_the_target(read):
    found = coded(read("Netanyahu's settlement plan drew sharp criticism from Germany on Monday."))
    assert any(c.startswith("11") and s == "DEU" and t == "ISRGOV" for c, s, t in found), found


def test_the_named_subject_of_an_alleged_clause_is_the_accused(read):
    found = coded(read("Federal prosecutors allege that Hillary Clinton mishandled classified material."))
    assert ("112", "USAJUD", "USAGOV") in found, found


def test_an_alleged_clause_about_a_thing_names_no_target(read):
    found = coded(read("Federal prosecutors allege that the money was hidden in offshore accounts."))
    assert all(t is None for c, _, t in found if c.startswith("11")), found


def test_a_criticism_of_someones_policy_aims_at_its_owner(read):
    found = coded(read("Merkel's criticism of Putin's policy in Syria angered the Kremlin."))
    assert any(c.startswith("11") and t == "RUSGOV" for c, _, t in found), found


# --- sources --------------------------------------------------------------------------------------
def test_a_bare_west_without_its_article_is_not_the_western_bloc(read):
    reading = read("Rep. Allen West trailed Patrick Murphy by 2,000 votes on Wednesday. "
                   "Murphy has declared victory but West is refusing to concede.")
    assert all(s != "WST" for _, s, _ in coded(reading)), coded(reading)


def test_the_west_with_its_article_stays_the_western_bloc(read):
    found = coded(read("The West blamed Moscow for the attack on the airliner."))
    assert any(s == "WST" and t and t.startswith("RUS") for _, s, t in found), found


def test_party_rebels_in_parliament_are_not_armed_rebels(read):
    found = coded(read("Tory rebels accused the prime minister of misleading parliament over the deal."))
    assert found and all(not (s or "").endswith("REB") for _, s, _ in found), found


# --- object pronouns ------------------------------------------------------------------------------
def test_him_after_a_person_named_before_is_that_person(read):
    found = coded(read("Emmanuel Macron met Angela Merkel in Paris. She praised him for his reforms."))
    assert ("051", "DEUGOV", "FRAGOV") in found, found


def test_him_is_never_the_clause_own_subject(read):
    found = coded(read("Recep Tayyip Erdogan arrived in Berlin on Monday. Angela Merkel criticized him over the arrests."))
    assert ("111", "DEUGOV", "TURGOV") in found, found


def test_him_in_a_reported_clause_is_the_named_speaker(read):
    reading = read("Vladimir Putin told reporters on Friday that the Ukrainian government had insulted him.")
    him = next(m for m in reading.mentions if m.text == "him")
    assert him.actor.name == "Vladimir Putin", him


def test_him_with_no_person_before_stays_unresolved(read):
    reading = read("The ministry said the court could charge him with treason.")
    assert not any(m.text == "him" for m in reading.mentions), reading.mentions
