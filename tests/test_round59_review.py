"""Round 59's second review: readings its mended rules still got wrong, and what they read now.

A demonstrative ("those demands", "these threats") may point to another doer's act told in
between, so it carries no recipient when someone else acted in the window
(`lookback.others_acted`); an owned act noun with a clause of its own ("threats to cut gas
supplies to Europe") says itself what and to whom (`lookback.aims_itself`). A capitalised
modifier of "states" that names no country, region or group of states ("New England states") is
a federation's own parts (`coding._names_states`); "allies" a country modifies are whose allies,
of no country (`coding.ALLIED_NOUNS`). A told rejection whose object the parse joins to a verb
("would reject the offer and strike") stays a threat (`framing.rejection_announced`).

Every sentence here was written for these tests."""

from helpers import events_on


def _targets(reading, word):
    return [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, word)]


def test_a_demonstrative_after_another_doers_act_carries_no_recipient(read):
    reading = read("Prime Minister Narendra Modi criticized Pakistan over the border raids on Monday. "
                   "China accused India of blocking a trade corridor. Modi criticized those accusations on Tuesday.")
    assert _targets(reading, "criticized") == [("111", "PAK"), ("111", None)]


def test_an_owned_threat_with_a_clause_of_its_own_carries_no_recipient(read):
    reading = read("Russian President Vladimir Putin threatened Poland on Monday. "
                   "In a later interview, Putin's threats to halt grain shipments to Africa alarmed aid agencies.")
    assert _targets(reading, "threats") == [("130", None)]


def test_a_federations_own_states_keep_its_country(read):
    reading = read("Governors of New England states criticized President Biden on Thursday over the fuel prices.")
    assert [(e.cameo, e.source.code) for e in events_on(reading, "criticized")] == [("111", "USAGOV")]


def test_a_group_of_states_takes_none_of_the_story_s_countries(read):
    reading = read("Ambassadors of Baltic states met German Chancellor Olaf Scholz in Berlin on Monday.")
    assert [(e.cameo, e.source.code) for e in events_on(reading, "met")] == [("040", "GOV")]


def test_a_country_s_allies_are_of_no_country(read):
    reading = read("Secretary of State Antony Blinken met defense ministers of US allies in Madrid on Thursday.")
    assert _targets(reading, "met") == [("040", "GOV")]


def test_a_told_rejection_joined_to_a_strike_stays_a_threat(read):
    reading = read("The dockworkers' union said it would reject the pay offer and strike on Friday.")
    assert [e.cameo for e in events_on(reading, "said")] == ["130"]
