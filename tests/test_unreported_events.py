"""Text that tells of no reported event (events/unreported.py): the writer's argument, a judgement
of an act, an outlet's own reporting, a statistic, a long-running background and a fight in
words store no event; the plain report beside each still does. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on


@pytest.mark.parametrize("text, word", [
    # the writer's argument: "the N is that …", "what … is that …"
    ("The strongest argument for the pullout is that Turkey had already decided to invade northern Syria.", "invade"),
    ("The best argument for the pullout is that Turkey was determined to invade northern Syria.", "was"),
    ("What sets this dispute apart is that Moscow has refused to withdraw its troops from the Ukrainian border.", "refused"),
    # a judgement of an act: "it is wrong for X to …", "it was important not to …"
    ("It is wrong for a government to punish its neighbours with sanctions, the senator argued.", "punish"),
    ("Japan's defence minister said it was important not to reward North Korea for its missile tests.", "reward"),
    # an outlet quoting is attribution
    ("The Daily Telegraph quotes the minister's plans to expel the Russian diplomats.", "quotes"),
    # a long-running background
    ("Kurdish militants have been fighting the Turkish army for decades.", "fighting"),
    ("Washington has sanctioned Havana over the past six decades.", "sanctioned"),
    # one person's fight in words
    ("Senator Lindsey Graham said Trump will fight like hell to keep the White House.", "fight"),
])
def test_no_reported_event(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word, code", [
    ("Moscow has refused to withdraw its troops from the Ukrainian border, the ministry said.", "refused", "12"),
    ("The European Union imposed sanctions on Belarus on Monday.", "sanctions", "16"),
    ("Kurdish militants attacked a Turkish army post on Tuesday, killing three soldiers.", "attacked", "19"),
    ("Turkish troops fought Kurdish fighters near the border on Sunday.", "fought", "19"),
    # a counted span is the act's own length, not a background
    ("The court banned the opposition leader from politics for five years.", "banned", "17"),
])
def test_reported_event_kept(read, text, word, code):
    found = events_on(read(text), word)
    assert found and found[0].cameo.startswith(code)


def test_readiness_is_no_judgement(read):
    """"it is ready to": an actor's "it" with an adjective of readiness is its intent, kept."""
    assert "040" in codes(read("Iran said it is ready to resume talks with the European Union."))


def test_statistic_is_no_act():
    """A share of a group as the doer is a statistic ("40 percent of the diplomats resigned")."""
    from newsevents.events.unreported import statistic
    from newsevents.nlp import load_pipeline

    doc = load_pipeline()("Nearly 40 percent of the ministry's diplomats resigned under the new secretary.")
    assert statistic(next(t for t in doc if t.lower_ == "resigned"))
    doc = load_pipeline()("Forty diplomats of the ministry resigned on Friday.")
    assert not statistic(next(t for t in doc if t.lower_ == "resigned"))
