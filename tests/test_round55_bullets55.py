"""Round 55 (bullets55): a paragraph opened by a list mark ("• ", "► ", "-- ", "—") is parsed from
the first character after the mark (`nlp.list_mark_length`), so that spaCy does not take the mark
into the clause; the body and every offset stay as they are.

Every sentence here was written for these tests."""

from helpers import events_on

from newsevents.nlp import list_mark_length


def test_the_marks_and_the_spaces_after_them_are_measured():
    assert list_mark_length("• Two men were arrested in Berlin.") == 2
    assert list_mark_length("►Whether the minister knew of the plan.") == 1
    assert list_mark_length("-- They are also watching the border.") == 3
    assert list_mark_length("\u2014In Belgium, the cabinet met.") == 1


def test_a_minus_sign_a_bare_mark_and_plain_prose_are_no_list_marks():
    assert list_mark_length("-5 degrees was the lowest reading in the capital on Monday.") == 0
    assert list_mark_length("\u2022") == 0
    assert list_mark_length("Police said the two men were arrested in Berlin.") == 0


def test_a_bulleted_headline_of_an_arrest_is_read(read):
    [arrest] = events_on(read("\u2022 Kenyan police arrest British tourist after brawl in Mombasa"), "arrest")
    assert (arrest.cameo, arrest.source.code, arrest.target.code) == ("173", "KENCOP", "GBRCVL")


def test_a_bullet_glued_to_the_first_word_does_not_hide_the_place(read):
    [refusal] = events_on(read("\u2022In Ghent, Belgium, a nurse refused to treat a Muslim patient."), "refused")
    assert refusal.source.code == "BELHLH"


def test_the_bullet_is_no_part_of_the_actor_s_name(read):
    [arrest] = events_on(read("\u2022 Police arrested an Ohio man over threatening letters to the governor."), "arrested")
    assert arrest.source.name == "Police"


def test_offsets_point_into_the_body_with_its_bullet(read, read_all):
    text = "\u25ba Mark Hale, the British envoy, criticized the Russian government on Tuesday."
    for reader in (read, read_all):
        [criticism] = events_on(reader(text), "criticized")
        assert text[criticism.start:criticism.end] == criticism.sentence
        assert criticism.sentence.startswith("Mark Hale")
        assert text[criticism.trigger_start:criticism.trigger_end] == "criticized"


def test_a_dash_inside_the_paragraph_is_left_to_the_parse(read):
    text = "NAIROBI, Kenya \u2014 Kenyan police arrested a British tourist after a brawl in Mombasa."
    [arrest] = events_on(read(text), "arrested")
    assert arrest.sentence == text
    assert (arrest.source.code, arrest.target.code) == ("KENCOP", "GBRCVL")
