"""Round 41, doers the parse hangs on someone else: the one appointed or convened by a passive
to act ("the prosecutor appointed by the attorney general to investigate"), not the agent after
"by"; the possessor before a gerund ("Putin’s ordering troops"), whatever the tagger made of a
curly "’s"; and a speaker who goes on speaking after a report ("told reporters France was a loyal
partner and praised …"), not the one the report is about. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_one_appointed_by_a_passive_to_investigate_does_the_investigating(read):
    reading = read("The special prosecutor appointed by Attorney General Merrick Garland to investigate "
                   "the documents met with the FBI on Monday.")
    investigate = events_on(reading, "investigate")
    assert investigate, coded(reading)
    assert all(e.source is not None and e.source.name == "special prosecutor" for e in investigate), \
        [(e.source.name if e.source else None) for e in investigate]


def test_the_possessor_before_a_gerund_is_its_doer_after_a_curly_apostrophe(read):
    reading = read("Lawmakers voiced alarm over Putin’s ordering troops to attack Ukraine.")
    ordering = events_on(reading, "ordering")
    assert ordering, coded(reading)
    assert all(e.source is not None and e.source.code == "RUSGOV" for e in ordering), coded(reading)


def test_a_speaker_who_praises_after_a_report_is_the_one_praising(read):
    reading = read("Chancellor Angela Merkel told reporters France was a loyal partner and praised the "
                   "Chinese premier.")
    praised = events_on(reading, "praised")
    assert praised, coded(reading)
    assert all(e.source is not None and e.source.code == "DEUGOV" for e in praised), coded(reading)


def test_a_speaker_who_condemns_after_a_report_is_the_one_condemning(read):
    reading = read("Prime Minister Boris Johnson insisted Britain had no part in the raid but condemned "
                   "the killings.")
    condemned = events_on(reading, "condemned")
    assert condemned, coded(reading)
    assert all(e.source is not None and e.source.code == "GBRGOV" for e in condemned), coded(reading)
