"""Round 37, the doer of an act asked of another is the one asked, never the asker:
- an appeal or demand whose asker the actors step cannot code does not borrow the act's doer,
  when that doer is the asking verb's object ("the foreign minister urged the chancellor to expel
  the envoy": the chancellor would expel; he asks no one);
- one's boss, aides or relatives named only by whose they are are someone asked to act ("pushed
  his boss to demand more concessions"), not the asker's purpose, so the asker does not demand;
- a report that goes on after "but must …", hung by the parse on the verb of saying, is the
  reported subject's act, not the speaker's.
Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_uncoded_asker_does_not_borrow_the_one_urged(read_every):
    reading = read_every("The foreign minister urged the president to expel the Russian ambassador.")
    for event in events_on(reading, "urged"):
        assert event.source is None or event.source.name != "president", coded(reading)
    reading = read_every("A junior minister pressed the prime minister to reject the offer from Moscow.")
    for event in events_on(reading, "pressed"):
        assert event.source is None or "prime minister" not in event.source.name, coded(reading)
    # an asker the actors step codes stays the appeal's doer
    reading = read_every("Germany urged Turkey to release the detained journalists.")
    urged = events_on(reading, "urged")
    assert urged and all(e.source is not None and e.source.code == "DEU" for e in urged), coded(reading)


def test_one_pushing_his_boss_does_not_demand(read_every):
    reading = read_every("As the president weighed a trade deal with Beijing, Pompeo pushed his boss "
                         "to demand more concessions from China.")
    for event in events_on(reading, "demand"):
        assert event.source is None or event.source.name != "Pompeo", coded(reading)


def test_one_pushing_his_son_does_not_sue(read_every):
    reading = read_every("Erdogan pushed his son to sue the newspaper.")
    for event in events_on(reading, "sue"):
        assert event.source is None or event.source.code != "TURGOV", coded(reading)


def test_a_report_going_on_after_but_is_the_reported_subjects_act(read_every):
    # "must lift" hung by the parse on "said": the report goes on, Washington would lift
    reading = read_every("Venezuela's deputy foreign minister said Monday that Washington can join "
                         "any new talks, but must lift sanctions on Caracas first.")
    lift = events_on(reading, "lift")
    assert lift and all(e.source is not None and e.source.code.startswith("USA") for e in lift), coded(reading)
