"""Recipients the grammar gives: whom a verb of letting lets act, whom a verb of telling
tells the intent it reports, and a headline's passive with "was" left out, whose subject is the one
judged, never the doer. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_agreeing_to_allow_others_to_act_has_them_as_its_target(read):
    reading = read("Egypt agreed on Sunday to allow Israeli inspectors to examine the crossing at Rafah.")
    agreed = events_on(reading, "agreed")
    assert agreed, coded(reading)
    assert agreed[0].source.code == "EGY" and agreed[0].target is not None and agreed[0].target.code.startswith("ISR")


def test_agreeing_to_let_others_act_has_them_as_its_target(read):
    reading = read("The Houthis agreed to let United Nations monitors enter the port of Hodeidah.")
    agreed = events_on(reading, "agreed")
    assert agreed, coded(reading)
    assert agreed[0].target is not None and agreed[0].target.code == "IGOUNO"


def test_agreeing_to_let_its_own_forces_act_names_no_target(read):
    reading = read("Moscow agreed to let its troops stay in the region until spring.")
    assert all(e.target is None for e in events_on(reading, "agreed")), coded(reading)


def test_a_threat_told_to_named_leaders_has_them_as_its_target(read):
    reading = read('"We will impose new sanctions," Chancellor Angela Merkel told Russian officials in Berlin.')
    told = [e for e in reading.events if e.source is not None and e.source.name.endswith("Merkel")]
    assert told, coded(reading)
    assert told[0].target is not None and told[0].target.code == "RUSGOV"


def test_an_intent_told_to_reporters_has_no_target(read):
    reading = read('"We will never sign this agreement," Prime Minister Viktor Orban told reporters in Budapest.')
    assert all(e.target is None for e in reading.events if e.source is not None and e.source.name.endswith("Orban")), coded(reading)


def test_headline_passive_of_accusing_makes_no_accuser_of_the_accused(read):
    reading = read("Iran accused of plotting attack on dissidents living in Denmark")
    assert not [e for e in reading.events if e.source is not None and e.source.code == "IRN"], coded(reading)


def test_headline_passive_of_blaming_makes_no_doer_of_the_blamed(read):
    reading = read("North Korea blamed for hacking of Seoul banks")
    assert not [e for e in reading.events if e.source is not None and e.source.code == "PRK"], coded(reading)


def test_an_active_accusation_keeps_its_accuser(read):
    reading = read("Germany accused Russia of hacking the computers of its parliament.")
    assert ("112", "DEU", "RUS") in [(e.cameo[:3], e.source.code, e.target.code if e.target else None) for e in reading.events], coded(reading)


def test_an_inquiry_into_contacts_between_two_parties_has_the_first_as_its_target(read):
    reading = read("The FBI investigated contacts between Trump's campaign and Russia during the election.")
    investigated = events_on(reading, "investigated")
    assert investigated and investigated[0].target is not None, coded(reading)
    assert investigated[0].target.code == "USAPTY"  # a politician's campaign is his party's, not his government


def test_condemning_an_alliance_between_two_states_targets_each(read):
    reading = read("Iran condemned the alliance between Saudi Arabia and Israel.")
    assert {e.target.code for e in events_on(reading, "condemned") if e.target} == {"SAU", "ISR"}, coded(reading)


def test_between_on_a_place_noun_names_no_target(read):
    reading = read("Turkey closed the border between Syria and Iraq on Friday.")
    assert all(e.target is None or e.target.code not in {"SYR", "IRQ"} for e in events_on(reading, "closed")), coded(reading)


def test_the_doers_own_country_among_the_parties_gives_way_to_the_other(read):
    # (a thing only wanted, "Beijing wants closer cooperation", is a wish held: no event since round 29)
    reading = read("Beijing called for closer cooperation between China and Russia.")
    wants = events_on(reading, "called")
    assert wants, coded(reading)
    assert {e.target.code for e in wants if e.target} == {"RUS"}


def test_one_chamber_acting_on_another_keeps_the_other_as_target(read):
    reading = read("The Senate on Monday rejected the House's offer to hold talks on the spending bill.")
    rejected = events_on(reading, "rejected")
    assert rejected and rejected[0].target is not None and rejected[0].target.name == "House", coded(reading)


def test_two_chambers_or_outlets_are_two_actors_but_a_government_body_under_two_names_is_one():
    from newsevents.events.participants import self_loop
    from newsevents.model import Actor

    senate, house = Actor("Senate", "organisation", "USA", "LEG"), Actor("House", "organisation", "USA", "LEG")
    fox, cnn = Actor("Fox News", "organisation", "USA", "MED"), Actor("CNN", "organisation", "USA", "MED")
    kremlin, moscow = Actor("Kremlin", "organisation", "RUS", "GOV"), Actor("Moscow", "organisation", "RUS", "GOV")
    assert not self_loop(senate, house) and not self_loop(fox, cnn)
    assert self_loop(kremlin, moscow) and self_loop(house, Actor("House of Representatives", "organisation", "USA", "LEG"))


def test_an_intent_told_to_an_outlet_has_no_target(read):
    reading = read('"We will impose new sanctions," Chancellor Angela Merkel told CNN in Berlin.')
    told = [e for e in reading.events if e.source is not None and e.source.name.endswith("Merkel")]
    assert all(e.target is None or e.target.role != "MED" for e in told), coded(reading)


def test_two_bodies_of_the_doers_own_country_both_stay_targets(read):
    reading = read("Senator Lindsey Graham blasted the Justice Department and the FBI for the delays.")
    targets = {e.target.code for e in events_on(reading, "blasted") if e.target}
    assert {"USAGOV", "USACOP"} <= targets, coded(reading)
