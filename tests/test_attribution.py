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


# --- quotes -------------------------------------------------------------------------------
def test_quote_before_its_speaker_is_one_quote_not_a_second_claim(read):
    reading = read('"We will not negotiate under fire," Prime Minister Naftali Levin said on Tuesday.')
    [quote] = reading.attributions
    assert (quote.kind, quote.claim, quote.speaker.name) == ("quote", "We will not negotiate under fire", "Naftali Levin")


def test_he_said_takes_the_person_named_before(read):
    reading = read('Olaf Brandt arrived in Paris on Friday for talks on trade. "We expect real progress," he told reporters.')
    quote = next(a for a in find(reading, "real progress") if a.kind == "quote")
    assert quote.speaker.name == "Olaf Brandt"


def test_a_quote_runs_across_sentences(read):
    reading = read('"We have lost everything. Our homes are gone," said Maria Santos, a farmer from the valley.')
    [quote] = find(reading, "lost everything")
    assert quote.claim == "We have lost everything. Our homes are gone" and quote.speaker.name == "Maria Santos"


def test_a_quote_split_by_its_speaker_keeps_the_speaker(read):
    reading = read('"We are ready to talk," rebel commander Ali Hassan said, "but only if the shelling stops."')
    quotes = [a for a in reading.attributions if a.kind == "quote"]
    assert [q.speaker.name for q in quotes] == ["Ali Hassan", "Ali Hassan"]
    assert quotes[1].claim.startswith("but only if the shelling stops")


def test_a_following_quote_keeps_the_speaker_of_the_one_before(read):
    reading = read('Prime Minister Naftali Levin spoke after the cabinet meeting.\n\n'
                   '"We will respond," he said. "The response will be measured."')
    quote = next(a for a in find(reading, "measured") if a.kind == "quote")
    assert quote.speaker.name == "Naftali Levin"


def test_partial_quote_in_single_quotes(read):
    reading = read("Peskov said Netanyahu would make a 'short work visit' to Moscow.")
    quote = next(a for a in reading.attributions if a.kind == "quote")
    assert (quote.claim, quote.speaker.name) == ("short work visit", "Peskov")


def test_apostrophes_are_no_quotes(read):
    reading = read("Putin's spokesman said the soldiers' families would be told.")
    assert all(a.kind != "quote" for a in reading.attributions)


# --- indirect speech ------------------------------------------------------------------------
def test_told_journalists_that(read):
    reading = read("Opposition leader Nino Beridze told journalists that the election had been rigged.")
    [attribution] = reading.attributions
    assert (attribution.claim, attribution.speaker.name) == ("the election had been rigged", "Nino Beridze")


def test_maintains_that(read):
    reading = read("Tehran has always maintained that its nuclear programme is peaceful.")
    [attribution] = reading.attributions
    assert attribution.claim == "its nuclear programme is peaceful"


def test_a_denial_holds_the_event_it_denies(read):
    reading = read("The Kremlin has repeatedly denied reports of Russian troop deployments to the region.")
    claim = find(reading, "troop deployments")[0]
    assert claim.speaker.name == "Kremlin"
    deployment = next(e for e in reading.events if e.trigger == "deployments")
    assert deployment.modality == "denied" and deployment.attribution is claim


def test_according_to_a_statement_from_x_is_x(read):
    reading = read("According to a statement from the Kremlin, the two leaders agreed to resume talks.")
    [attribution] = reading.attributions
    assert attribution.kind == "according_to" and attribution.speaker.name == "Kremlin"
    assert attribution.claim == "the two leaders agreed to resume talks"


def test_the_paper_names_an_outlet_in_a_sentence_never_parsed(read):
    reading = read("The Guardian obtained the documents on Friday. The paper says the ministry knew of the risks for months.")
    assert find(reading, "knew of the risks")[0].speaker.name == "The Guardian"


# --- sources and chains -----------------------------------------------------------------------
def test_anonymous_speaker_keeps_its_description(read):
    reading = read("A senior official who asked not to be named said the talks had collapsed.")
    [attribution] = reading.attributions
    assert attribution.anonymous and attribution.speaker_text == "A senior official who asked not to be named"


def test_sources_close_to(read):
    reading = read("Sources close to the president said he would not seek a second term.")
    [attribution] = reading.attributions
    assert attribution.anonymous and attribution.speaker_text == "Sources close to the president"


def test_a_named_speaker_is_not_anonymous(read):
    reading = read("Police said 12 people were arrested after the protest turned violent.")
    assert not reading.attributions[0].anonymous


def test_quoting_names_what_a_reporter_cites(read):
    reading = read("The BBC, quoting local officials, said at least 30 houses were destroyed.")
    [attribution] = reading.attributions
    assert attribution.citing == "local officials" and attribution.claim == "at least 30 houses were destroyed"


def test_chain_runs_from_the_documents_outlet_to_the_anonymous_source(read):
    reading = read("Israeli daily Haaretz reports that the army is on alert, citing anonymous security sources.",
                   outlet="Newsweek")
    [attribution] = reading.attributions
    assert attribution.chain == ["Newsweek", "Haaretz", "anonymous security sources"]
    assert attribution.reported_by.name == "Newsweek" and attribution.anonymous


def test_chain_through_a_parenthetical_reporter(read):
    reading = read("Dmitry Peskov told journalists that the visit was useful, RIA Novosti reports.",
                   outlet="The Moscow Times")
    inner = next(a for a in reading.attributions if a.speaker.name == "Dmitry Peskov")
    assert inner.claim == "the visit was useful" and inner.reported_by.name == "RIA Novosti"
    assert inner.chain == ["The Moscow Times", "RIA Novosti", "Dmitry Peskov"]


def test_no_attribution_without_a_cue(read):
    assert read("Police arrested 40 protesters outside parliament on Saturday.").attributions == []
