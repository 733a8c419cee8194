"""Event extraction on tricky grammar: control, passive, negation, denial, future, coordination,
nominal events, reported speech, dates."""

from __future__ import annotations

from datetime import date

from newsevents.events.dates import resolve_date


def events_of(reading, root=None):
    return [e for e in reading.events if root is None or e.root == root]


def one(reading, root):
    found = events_of(reading, root)
    assert found, [(e.cameo, e.trigger, e.source and e.source.name) for e in reading.events]
    return found[0]


def test_control_verb_gives_a_planned_meeting_with_its_topic(read):
    reading = read("Israeli prime minister Binyamin Netanyahu is due to meet Russian president Vladimir Putin to discuss Syria.")
    event = one(reading, "04")
    assert (event.source.code, event.target.code, event.modality) == ("ISRGOV", "RUSGOV", "planned")
    assert "Syria" in event.topics


def test_negated_meeting(read):
    reading = read("German chancellor Olaf Brandt did not meet Chinese president Li Wei during the summit in Paris last year.")
    assert one(reading, "04").modality == "negated"


def test_passive_voice_takes_the_agent_as_source(read):
    reading = read("Opposition leader Nino Beridze was arrested by Georgian police in Tbilisi late on Saturday evening.")
    event = one(reading, "17")
    assert event.source.code == "GEOCOP"
    assert event.target.name == "Nino Beridze"


def test_future_visit_to_a_city_targets_its_country_with_the_place(read):
    reading = read("Japanese foreign minister Kenji Arai will visit Beijing next week for talks on trade and fisheries.")
    event = one(reading, "04")
    assert (event.source.code, event.target.code, event.modality) == ("JPNGOV", "CHN", "planned")
    assert event.place.name == "Beijing"


def test_coordinated_subjects_each_get_an_event(read):
    reading = read("French president Marc Leroy and German chancellor Olaf Brandt condemned the attack on the embassy in Kyiv.")
    sources = {e.source.name for e in events_of(reading, "11")}
    assert sources == {"Marc Leroy", "Olaf Brandt"}


def test_denial_is_coded_with_denied_modality(read):
    reading = read("The Kremlin has repeatedly denied reports that Russian troops were deployed to the region.")
    denial = one(reading, "01")
    assert denial.source.code == "RUSGOV" and denial.modality == "denied"


def test_nominal_event_with_possessor_as_source(read):
    reading = read("This is Netanyahu's first visit to Moscow since 2013, officials in Jerusalem said on Monday.")
    event = one(reading, "04")
    assert event.source.name == "Netanyahu" and event.target.code == "RUS"
    assert event.date is None or event.date.year != 2013  # "since 2013" does not date the visit


def test_sanctions_with_a_light_verb(read):
    reading = read("The European Union imposed sanctions on Belarus on Monday over the forced landing of a passenger jet.")
    event = one(reading, "16")
    assert event.source.name == "European Union" and event.target.code == "BLR"
    assert (event.quad_class, event.goldstein) == (4, -8.0)


def test_reported_speech_keeps_the_event_with_its_attribution(read):
    reading = read("Police arrested 40 protesters outside parliament, according to the BBC.")
    event = one(reading, "17")
    assert event.attribution is not None and event.attribution.speaker.name == "BBC"


def test_event_date_resolves_against_the_publication_date_by_tense(read):
    text = "Russian president Vladimir Putin will meet Turkish president Kemal Arslan in Sochi on Monday."
    published = date(2015, 9, 17)  # a Thursday
    event = one(read(text, published=published), "04")
    assert (event.date, event.date_precision) == (date(2015, 9, 21), "day")


def test_resolve_date_keeps_precision_and_never_guesses():
    assert resolve_date("in 2013", None, future=False) == (date(2013, 1, 1), "year")
    assert resolve_date("in March 2014", None, future=False) == (date(2014, 3, 1), "month")
    assert resolve_date("on 12 March 2014", None, future=False) == (date(2014, 3, 12), "day")
    assert resolve_date("on Monday", None, future=True) == (None, None)
    assert resolve_date("on Monday", date(2015, 9, 17), future=False) == (date(2015, 9, 14), "day")
    assert resolve_date("yesterday", date(2015, 9, 17), future=False) == (date(2015, 9, 16), "day")


def test_every_event_points_into_the_body(read):
    reading = read("Protesters rallied in Tbilisi on Saturday. Police detained 46 people, the interior ministry said.")
    for event in reading.events:
        assert reading.document.body[event.start : event.end] == event.sentence
        assert reading.document.body[event.trigger_start : event.trigger_end] in event.trigger
