"""Names told again (round 33, actors): a bare surname the small model leaves as no one ("Tlaib"
read as a place, "Khashoggi" as nothing) is the one person the story names in full, where it is
an actor's word (a clause's subject or object, not a speaker's, not after a place preposition);
and a title over a surname several office holders of one country bear ("President Bush", father
or son; "Ambassador Rice") gives that country. Sentences written for these tests."""

from __future__ import annotations

from newsevents.actors.people import family_country


def _events(reading, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in reading.events if e.trigger == trigger]


def test_a_title_over_a_family_of_office_holders_gives_their_country(read):
    reading = read("President Bush threatened new sanctions against Syria on Tuesday.")
    assert [(code[:2], source, target) for code, source, target in _events(reading, "threatened")] == [("13", "USAGOV", "SYR")]


def test_a_surname_one_holder_bears_alone_gives_no_country(read):
    reading = read("Ambassador Rice criticized Sudan at the Security Council on Monday.")
    assert _events(reading, "criticized") == [("111", "USAGOV", "SDN")]
    # "Johnson" is left out of the table's aliases because many bear it: no British prime minister here
    assert family_country("Johnson", "GOV") is None
    assert family_country("Bush", "GOV") == "USA"
    assert not [e for e in read("President Johnson criticized Hanoi on Monday.").events
                if e.source is not None and e.source.country == "GBR"]


def test_a_surname_told_again_as_the_object_is_the_person_named_in_full(read):
    reading = read("Rep. Rashida Tlaib had planned to visit the West Bank this week. On Thursday, Israel barred "
                   "Tlaib from entering the country.")
    assert _events(reading, "barred") == [("172", "ISR", "USALEG")]
    assert next(e for e in reading.events if e.trigger == "barred").target.name == "Rashida Tlaib"


def test_a_surname_told_again_as_a_victim_with_namesakes_kept_apart(read):
    reading = read("Bill Clinton and Hillary Clinton spoke in Iowa on Monday. Saudi journalist Jamal Khashoggi "
                   "entered the consulate on Tuesday. Turkish officials said Saudi agents killed Khashoggi inside "
                   "the building.")
    killed = [e for e in reading.events if e.trigger == "killed"]
    assert [e.target.name if e.target else None for e in killed] == ["Jamal Khashoggi"]
    # two people of one surname: a bare "Clinton" is neither, by this reading
    assert not [m for m in reading.mentions if m.label == "surname" and m.text == "Clinton"]


def test_a_retold_surname_after_a_place_preposition_or_as_a_speaker_is_not_read(read):
    reading = read("Rep. Rashida Tlaib had planned to visit the West Bank this week. On Thursday, Israel barred "
                   "Tlaib from entering the country. U.S. Energy Secretary Ernest Moniz spoke in Boston on Friday. Moniz "
                   "said the ban would hurt ties. U.S. Senator Paul Jackson met voters on Friday. Protesters "
                   "gathered in Jackson on Saturday.")
    surnames = [m.text for m in reading.mentions if m.label == "surname"]
    assert surnames == ["Tlaib"]
