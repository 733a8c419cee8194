"""Who does an event (round 38, events/sources.py), on sentences written for these tests after the
judged sources of draws 48-61: a participle of saying or judging after a claim's own clause is the
act of the one who answers the claim, not of the claim's subject ("criticized the claim that X
misled voters, blaming …"); a verb of harming with no object, subject or auxiliary of its own,
hung on another verb, is a passive whose victims are no doers ("Kenyans shot while queuing and
beaten while walking home"); and a subject pronoun never stands for one its own clause acts on
("Singling out X by name, he accused …", "After meeting X, he criticized …")."""

from __future__ import annotations

from helpers import coded


def _sources(reading) -> set[str | None]:
    return {event.source.code if event.source else None for event in reading.events}


def test_a_judging_participle_after_a_claims_clause_is_not_the_claims_subjects(read_every):
    reading = read_every("Senator Collins criticized the claim that Biden misled voters, blaming the row on a "
                         "misunderstanding about tariffs.")
    assert "USAGOV" not in _sources(reading), coded(reading)
    assert "USALEG" in _sources(reading), coded(reading)


def test_a_participle_of_harm_joined_to_another_names_victims_not_doers(read_every):
    reading = read_every("The minister listed recent incidents: Kenyans shot while queuing for water and beaten "
                         "while walking home.")
    assert "KEN" not in _sources(reading), coded(reading)


def test_those_kidnapped_on_their_way_are_not_the_kidnappers(read_every):
    reading = read_every("The envoy described the violence in the region: Nigerians stabbed while waiting for buses, "
                         "beaten while praying or kidnapped on their way to school.")
    assert "NGA" not in _sources(reading), coded(reading)


def test_one_singled_out_in_an_opening_participle_is_not_the_accuser(read_every):
    reading = read_every("Bolsonaro spoke to the General Assembly on Tuesday. Singling out Venezuelan President "
                         "Nicolas Maduro by name, he accused Venezuela's leader of starving his own people.")
    assert "VENGOV" not in _sources(reading), coded(reading)


def test_one_named_in_an_opening_participle_the_parse_took_for_a_subject(read_every):
    reading = read_every("Macron addressed the summit. Naming Russian President Vladimir Putin directly, he accused "
                         "Moscow of destabilising the region.")
    assert "RUSGOV" not in _sources(reading), coded(reading)
    # an owner named in such a phrase may be the speaker herself
    reading = read_every("Merkel flew to Munich. Speaking at Merkel's party congress, she accused Moscow of "
                         "destabilising the region.")
    assert "DEUGOV" in _sources(reading), coded(reading)
    # and so may one named as what the speaker is
    reading = read_every("Biden flew to Warsaw. Speaking as President Joe Biden of the United States, he accused Moscow "
                         "of destabilising the region.")
    assert "USAGOV" in {e.source.code for e in reading.events if e.trigger == "accused" and e.source}, coded(reading)


def test_one_met_before_is_not_the_one_who_speaks_after(read_every):
    reading = read_every("Putin arrived in Minsk on Friday. After meeting Lukashenko, he criticized NATO for its exercises.")
    assert "BLRGOV" not in _sources(reading), coded(reading)

