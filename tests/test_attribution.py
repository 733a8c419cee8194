"""Attribution: quotes with speakers, 'according to', 'X reports … citing Y', chains."""

from __future__ import annotations


def find(reading, contains):
    found = [a for a in reading.attributions if contains in a.claim]
    assert found, [(a.kind, a.claim) for a in reading.attributions]
    return found


def test_quote_takes_the_speaker_of_its_reporting_verb(read):
    reading = read('Indian army spokesman Colonel Rohan Sethi said the troops had "responded with restraint" to the firing.')
    quote = next(a for a in find(reading, "responded with restraint") if a.kind == "quote")
    assert quote.speaker.name == "Rohan Sethi"


def test_according_to_covers_its_clause(read):
    reading = read("Two soldiers were wounded in the clash near the border, according to the Press Trust of India.")
    attribution = find(reading, "Two soldiers were wounded")[0]
    assert attribution.kind == "according_to" and "Press Trust of India" in attribution.speaker.name


def test_outlet_report_citing_anonymous_sources(read):
    reading = read("Israeli daily Haaretz reports that the army has been placed on high alert, citing anonymous security sources.")
    attribution = find(reading, "placed on high alert")[0]
    assert (attribution.kind, attribution.speaker.name) == ("reported", "Haaretz")
    assert attribution.citing == "anonymous security sources"


def test_inner_speaker_is_reported_by_the_outer(read):
    reading = read("Putin's spokesman, Dmitry Peskov told journalists that the visit was \"useful\", Russian news agency TASS reports.")
    quote = next(a for a in find(reading, "useful") if a.kind == "quote")
    assert quote.speaker.name == "Dmitry Peskov" and quote.reported_by.name == "TASS"


def test_the_paper_resolves_to_the_last_outlet_named(read_all):
    # The middle sentences hold no event word: only a full parse sees them.
    reading = read_all("The Guardian obtained the documents on Friday. The paper says the ministry knew of the risks for months.")
    attribution = find(reading, "knew of the risks")[0]
    assert attribution.speaker.name == "The Guardian"


def test_events_link_to_the_innermost_attribution(read):
    reading = read("Police arrested 40 protesters outside parliament, according to the BBC.")
    [event] = [e for e in reading.events if e.root == "17"]
    assert event.attribution.kind == "according_to"
