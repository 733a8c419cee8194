"""Text that reports no event though a trigger word is in it (events/unreported.py, round 13): a
thing "threatening to escalate tensions", trade told as a war, a view insisted on, a promise of
an act no one receives, an event noun named inside an accusation, and other stories' headlines
linked inside a sentence. The plain report beside each is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

from newsevents.events.unreported import linked_headlines
from newsevents.nlp import load_pipeline


@pytest.mark.parametrize("text, words", [
    # an outcome put at risk is a consequence, no threat against anyone
    ("Pyongyang fired another ballistic missile on Sunday, threatening to escalate tensions with Tokyo.",
     ["threatening", "escalate"]),
    ("Venezuela's oil minister threatened to worsen relations with Colombia.", ["threatened", "worsen"]),
    # force done by companies is trade told as a war
    ("Germany is getting hammered by American companies that moved their plants to Mexico, the minister said.",
     ["hammered"]),
    # a view insisted on: no demand of anyone
    ("The Turkish president insisted on the importance of dialogue with the European Union.", ["insisted"]),
    # a promise of an act with no code and no one to receive it: no intent to cooperate
    ("The British Prime Minister promised to vote for the budget next week.", ["promised"]),
    ("Brazil's president pledged to run for a second term in 2022.", ["pledged"]),
    # an event noun named inside the act someone is accused of
    ("Senate Democrats accused the White House of using the strikes to distract from the Justice Department's Ukraine investigation.",
     ["investigation"]),
])
def test_no_event(read, text, words):
    reading = read(text)
    for word in words:
        assert events_on(reading, word) == [], word


@pytest.mark.parametrize("text, word, root", [
    # a threat of an act against someone is a threat
    ("Iran threatened to expel the French ambassador on Monday.", "threatened", "13"),
    ("Russia threatened to retaliate against Norway over the new radar base.", "threatened", "13"),
    # the same force done by a state is force
    ("Israeli jets bombed Hamas positions in Gaza on Tuesday.", "bombed", "19"),
    # a demand for an act is a demand
    ("Iran insisted on the lifting of all American sanctions.", "insisted", "10"),
    # a promise of an act done to a country is intent toward it
    ("The new Bolivian president promised to democratize Bolivia within a year.", "promised", "03"),
    # a vow whose act names its victims is a threat, coded through the vow word
    ("Al-Shabaab is now vowing to widen its war to include killing Kenyans wherever it can.", "vowing", "13"),
    # the accusation itself is kept
    ("Senate Democrats accused the White House of using the strikes to distract from the Justice Department's Ukraine investigation.",
     "accused", "11"),
])
def test_event_kept(read, text, word, root):
    found = events_on(read(text), word)
    assert found and found[0].cameo.startswith(root), [(e.trigger, e.cameo) for e in read(text).events]


def test_promise_made_to_someone_kept(read):
    """A promise with an act that codes ("promised to release") keeps the act's own intent."""
    reading = read("Russia promised to release the Ukrainian sailors within a week, the Kremlin said.")
    assert any(code.startswith("03") for code in codes(reading))


HILL = ("Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellTrump team calls for quick "
        "acquittal Democrats accuse Barr of bias MORE (R-Ky.) met Japan's prime minister on Tuesday.")


def test_linked_headlines_found():
    """The headlines between a name glued to them ("McConnellSenate") and "MORE" are one span."""
    doc = load_pipeline()(HILL)
    spans = linked_headlines(doc[:])
    assert len(spans) == 1
    first, last = spans[0]
    assert doc[first].text == "McConnellTrump" and doc[last].text == "MORE"


def test_linked_headline_verbs_not_coded(read):
    reading = read(HILL)
    assert events_on(reading, "accuse") == [] and events_on(reading, "calls") == []


@pytest.mark.parametrize("text", [
    "You said YouTube removed the video after the Russian embassy complained.",  # no "MORE": a name
    "McDonald's closed its restaurants in Moscow after Russia invaded Ukraine.",
])
def test_no_links_without_them(text):
    doc = load_pipeline()(text)
    assert linked_headlines(doc[:]) == []


def _word(text: str, word: str):
    doc = load_pipeline()(text)
    return next(t for t in doc if t.text == word)


def test_force_on_a_thing_no_force_reaches(read):
    """"assaulted the truth": a figure of speech for harm, no use of force; a market struck is force."""
    assert events_on(read("The Chinese leader assaulted the truth in his speech to the party congress."), "assaulted") == []
    from newsevents.events.unreported import blow_to_abstraction

    assert not blow_to_abstraction(_word("Russian jets struck the market in Idlib on Sunday.", "struck"), "195")


def test_threat_to_a_state_of_affairs():
    """"threatened the security of the region" is a danger, no threat; "threatened Taiwan's leaders" is one."""
    from newsevents.events.unreported import threatened_outcome

    assert threatened_outcome(_word("Hezbollah threatened the security of the whole region.", "threatened"), "130")
    assert not threatened_outcome(_word("China threatened Taiwan's leaders with punishment.", "threatened"), "130")


def test_promise_to_the_listener():
    """"I promise you, …" vouches for what is said; "promised Kyiv to send arms" is a promise
    (one rule, `senses.assurance`)."""
    from newsevents.events.senses import assurance

    assert assurance(_word('"I promise you, we meet the Mexican ambassador every month," the president said.', "promise"))
    assert not assurance(_word("Germany promised Ukraine new air defence systems.", "promised"))
