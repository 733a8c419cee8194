"""Recipients named beside the word that holds the recipient slot (issue 12, round 23, "Targets"):
a common noun's named examples or apposition ("universities like X", "another company, X"), a
partner past a venue no code covers ("talks at the hotel with X"), the partner of a conversation
the act was told in, the one a complaint's participle accuses; and an event whose slot names an
uncodable someone by example is not stored. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


# --- a common noun's named instances ----------------------------------------------------------------
def test_a_recipient_named_as_an_example_is_the_target(read):
    found = coded(read("Microsoft has given millions of dollars to several groups like Oxfam."))
    assert ("071", "USABUS", "NGOXFM") in found, found


def test_a_passive_subject_named_in_apposition_is_the_target(read):
    found = coded(read("Another state-owned energy company, Gazprom, was sanctioned by the European Union last year."))
    assert any(c == "163" and t == "RUSBUS" for c, _, t in found), found


def test_an_uncodable_example_in_the_slot_keeps_the_event_out(read):
    # a named someone no code covers: no target would be a wrong record
    found = coded(read("Police arrested several protesters, including Ahmed Saleh, on Monday."))
    assert not any(c.startswith("17") for c, _, _ in found), found


# --- a partner past a venue, in a conversation, in a complaint ------------------------------------------
def test_a_venue_no_code_covers_does_not_hide_the_partner(read):
    # (the parse hangs "with" on the hotel)
    found = coded(read("President Trump cancelled planned talks at the Serena Hotel with Taliban leaders."))
    assert ("164", "USAGOV", "AFGREB") in found, found


def test_the_partner_of_a_telephone_conversation_is_the_recipient(read):
    reading = read("Defense Secretary Lloyd Austin reaffirmed his commitment to the alliance in a telephone "
                   "conversation with Japanese Defense Minister Nobuo Kishi.")
    assert ("050", "USAGOV", "JPNGOV") in coded(reading), coded(reading)


def test_whom_a_lawsuit_accuses_is_the_target_of_filing_it(read):
    found = coded(read("The Democratic National Committee filed a lawsuit accusing the Russian government of hacking its servers."))
    assert ("115", "USAPTY", "RUSGOV") in found, found
