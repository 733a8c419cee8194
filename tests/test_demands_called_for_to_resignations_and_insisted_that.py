"""Demands and appeals coded as the asking, not as the act asked for (round 35, demands): "called
for X to V" (a "for … to" clause under a verb of asking) is the caller's appeal to X, coded by V's
root (0256 for a withdrawal, 026 for talks), no longer V with X as its doer and modality
"demanded"; a passive ("called for X to be prosecuted") names no one asked and keeps the act;
leaving an office asked for is a change in leadership (1041, 0241), also where the small model tags
"resign" a noun; "insisted that X V" in the base form is a demand of X (100), not a statement; and
lobbying or petitioning someone to act is an appeal to them. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

WINTER_2024 = date(2024, 2, 12)


def _events(reading) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.trigger, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in reading.events]


def test_called_for_a_party_to_withdraw_is_an_appeal_to_it(read):
    events = _events(read("The European Union called for Russia to pull its troops back from the Moldovan border.",
                          published=WINTER_2024))
    assert ("called", "0256", "IGOEUREEC", "RUS", "happened") in events
    assert not [e for e in events if e[4] == "demanded"]  # no withdrawal by Russia stored as "demanded"
    # a passive names no one asked: "called for X to be tried" asks nothing of X
    events = _events(read("Rights groups called for Sudanese generals to be tried by an international court.",
                          published=WINTER_2024))
    assert not [e for e in events if e[0] == "called"]


def test_called_for_a_party_to_negotiate_is_an_appeal_to_negotiate(read):
    events = _events(read("Qatar called for Israel to resume negotiations with Hamas.", published=WINTER_2024))
    assert ("called", "026", "QAT", "ISR", "happened") in events
    assert not [e for e in events if e[4] == "demanded"]


def test_called_for_a_government_to_free_prisoners(read):
    events = _events(read("Kenya's opposition leader called for the government to release the detained students.",
                          published=WINTER_2024))
    assert ("called", "0253", "KENOPP", "KENGOV", "happened") in events


def test_a_resignation_demanded_is_a_demand_for_a_change_in_leadership(read):
    events = _events(read("Thousands of protesters in Lima demanded that President Boluarte step down.",
                          published=WINTER_2024))
    assert [e[1] for e in events if e[0] == "demanded"] == ["1041"]
    events = _events(read("Lawmakers in Ankara called on the interior minister to resign.", published=WINTER_2024))
    assert [e[1] for e in events if e[0] == "called"] == ["0241"]


def test_resign_tagged_a_noun_is_still_the_act_demanded(read):
    # the small model reads "the president resign" as a noun phrase
    events = _events(read("Students in Dhaka demanded that the president resign.", published=WINTER_2024))
    assert [e[1] for e in events if e[0] == "demanded"] == ["1041"]


def test_insisted_that_a_party_act_is_a_demand_of_it(read):
    events = _events(read("Beijing insisted that Washington halt its arms sales to Taipei.", published=WINTER_2024))
    assert [e[1:4] for e in events if e[0] == "insisted"] == [("100", "CHNGOV", "USAGOV")]
    # a claim about what was done stays a statement
    events = _events(read("Beijing insisted that Washington had broken its promises.", published=WINTER_2024))
    assert all(e[1] != "100" for e in events if e[0] == "insisted")


def test_petitioning_a_party_to_act_is_an_appeal_to_it(read):
    events = _events(read("Onion farmers petitioned the government in New Delhi to lift the export ban.",
                          published=WINTER_2024))
    assert [e[1:4] for e in events if e[0] == "petitioned"] == [("0251", "INDAGR", "INDGOV")]
    assert not [e for e in events if e[0] == "lift"]
