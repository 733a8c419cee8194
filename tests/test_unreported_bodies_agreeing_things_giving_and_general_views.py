"""Text that names no event of its own (events/unreported.py): a kind of people holding a view, a
legislature or party agreeing within itself, a thing or an outlet "giving", an inquiry named by
the country it looks into, and a known inquiry weighed. The plain act beside each is kept.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word", [
    # a view held by a kind of people, in general
    ("Most Americans reject violence, the senator said.", "reject"),
    ("Muslims reject terrorism, the imam told the congregation.", "reject"),
    # a body agreeing within itself
    ("The Senate failed to agree on a budget on Friday.", "agree"),
    ("It soon became clear that Congress would not be able to agree on authorizing force.", "agree"),
    ("Party leaders agreed on a proposal to tighten identity checks by police.", "agreed"),
    # a thing or an outlet giving
    ("Privacy groups said the practice gives authorities access to the phone records of millions.", "gives"),
    ("The law gives the president power to impose tariffs without a vote.", "gives"),
    ("The news conference gave Trump a stage to answer the hearings.", "gave"),
    # an inquiry named by the country it looks into
    ("Whether the president had cited the Russian probe in his decision to fire the director.", "probe"),
    # a known inquiry weighed
    ("The senator rejected the claim that the Russia probe is bad for American diplomacy.", "probe"),
])
def test_no_event_of_its_own(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word, code", [
    ("Muslims condemn the attacks on churches in Sri Lanka.", "condemn", "11"),
    ("Iranians protest against the government in Tehran.", "protest", "14"),
    ("Israel agreed to a ceasefire with Hamas on Tuesday.", "agreed", "03"),
    ("Israel and Hamas agreed on a ceasefire.", "agreed", "03"),
    ("Germany gave Ukraine tanks.", "gave", "07"),
    ("Many British voters expressed anger at the government.", "expressed", "11"),
    ("Kurdish people protested against the Turkish offensive on Sunday.", "protested", "14"),
])
def test_plain_act_kept(read, text, word, code):
    found = events_on(read(text), word)
    assert found and found[0].cameo.startswith(code)


def test_agreeing_within_needs_a_deliberating_body():
    """Only a legislature or a party agrees within itself; a country agreeing has a partner."""
    from newsevents.events.unreported import agreed_within
    from newsevents.model import Actor
    from newsevents.nlp import load_pipeline

    doc = load_pipeline()("The parliament agreed on a budget.")
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert agreed_within(agreed, "030", [Actor("parliament", "organisation", "GBR", "LEG")])
    assert not agreed_within(agreed, "030", [Actor("Israel", "country", "ISR")])
    doc = load_pipeline()("The parliament agreed with the government on a budget.")
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert not agreed_within(agreed, "030", [Actor("parliament", "organisation", "GBR", "LEG")])


def test_probe_of_keeps_its_owner():
    """A nationality on an inquiry is what it looks into; an owner named is the prober."""
    from newsevents.events.unreported import probe_of
    from newsevents.model import Actor
    from newsevents.nlp import load_pipeline

    doc = load_pipeline()("The Russian probe dragged on.")
    probe = next(t for t in doc if t.lower_ == "probe")
    assert probe_of(probe, "090", [Actor("Russia", "country", "RUS")])
    assert not probe_of(probe, "090", [Actor("Robert Mueller", "person", "USA", "JUD")])
