"""Actor identity: a party whose name holds an outlet's ("Golden Dawn" is not the paper Dawn), even
opening a sentence; an anonymous source whose own words give its body ("a French police source" is
French police, "a source close to the government" is nobody's); lawmakers who rebel in a vote are
lawmakers, not armed rebels; "the North" in a Korea story is North Korea, and uncoded where another
divided country is named. Sentences written for these tests."""

from __future__ import annotations


def _codes(reading, text: str) -> list[str]:
    return [m.actor.code for m in reading.mentions if m.text == text]


def test_a_party_named_like_an_outlet_stays_the_party_when_it_opens_a_sentence(read):
    reading = read("Italy's Golden Dawn, a far-right party, entered the regional assembly. "
                   "Golden Dawn leaders attacked the government over the budget.")
    assert "PAKMED" not in [m.actor.code for m in reading.mentions]
    assert all(code.startswith("ITA") for code in _codes(reading, "Golden Dawn")), _codes(reading, "Golden Dawn")


def test_an_anonymous_source_takes_the_body_its_own_words_name(read):
    reading = read("Officers were ordered to stay armed off duty, a French police source told reporters. "
                   "The source said two men were arrested near Lyon.")
    assert _codes(reading, "a French police source") == ["FRACOP"]
    assert _codes(reading, "The source") == ["FRACOP"]


def test_a_source_close_to_a_body_is_not_that_body(read):
    reading = read("A source close to the government said the army shelled the town.")
    assert _codes(reading, "A source") == [""]


def test_rebels_after_rebel_lawmakers_are_lawmakers(read):
    reading = read("Dozens of Tory rebel MPs voted against the government on Tuesday night.\n\n"
                   "Rebels accused Mr Johnson of giving an unconvincing account of the talks.")
    assert _codes(reading, "Rebels") == ["GBRLEG"]


def test_rebels_after_an_armed_group_stay_rebels(read):
    reading = read("Houthi fighters shelled the port city on Monday.\n\n"
                   "The rebels said they had taken the airport.")
    assert all(code.endswith("REB") for code in _codes(reading, "The rebels")), _codes(reading, "The rebels")


def test_the_north_in_a_korea_story_is_north_korea(read):
    reading = read("South Korea and the United States held talks in Seoul on Monday. "
                   "Beijing urged the North to give up its missile program.")
    assert _codes(reading, "the North") == ["PRK"]


def test_the_north_is_left_alone_without_korea_or_with_another_divided_country(read):
    plain = read("Britain's economy grew in the second quarter. Investment in the North lagged behind London.")
    assert _codes(plain, "the North") == []
    mixed = read("South Korea sent aid to Sudan on Monday. Officials said the North rejected the offer.")
    assert _codes(mixed, "the North") == []


def test_a_known_name_the_recogniser_cut_at_a_hyphen_is_whole(read):
    reading = read('"My government will work closely with Washington," President Moon Jae-in told reporters on Friday.')
    assert _codes(reading, "Moon Jae-in") == ["KORGOV"]
    assert all(m.actor.code == "KORGOV" for m in reading.mentions if m.text.endswith("government")), reading.mentions
