"""Round 54, the lead's mend: a question in a bulleted list is no happened event even where the
bullet makes the parse hang "Whether" on the subject rather than on the verb."""

from helpers import coded, codes

BULLETED_QUESTION = ("Senators listed the questions the attorney general would not answer.\n\n"
                     "► Whether Trump had expressed frustration at Attorney General Jeff Sessions for recusing himself; and")


def test_a_bulleted_whether_question_is_no_happened_event(read):
    assert not [e for e in read(BULLETED_QUESTION, clean=False).events if e.modality == "happened" and e.root == "11"]


def test_a_fronted_condition_of_another_verb_leaves_the_main_clause(read):
    # "Whether" opens "succeed", a verb on the way up: the main clause is told as happened
    reading = read("Whether or not the talks succeed, Russian forces attacked the port of Odesa on Monday.", clean=False)
    assert ("190", "RUSMIL", None) in coded(reading, happened_only=True)


# The review's mends (each failed before its mend).

def test_a_refusal_held_until_a_condition_stays_a_refusal(read):
    # "did not want to … until": a stance, not an act that came about later
    reading = read("The rebels said they did not want to meet the government until the army withdrew.", clean=False)
    assert not [e for e in reading.events if e.root == "03" and e.modality == "happened"]


def test_a_month_with_its_part_named_is_no_person(read):
    reading = read("British Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin. "
                   "Merkel and Macron agreed on late May as the date for the summit.", clean=False)
    assert not [e for e in reading.events if "agreed" in e.trigger and e.target is not None and e.target.code == "GBRGOV"]


def test_words_in_the_subject_are_not_what_is_assured(read):
    assert "051" not in codes(read("The secretary general of NATO reassured Ukraine on Tuesday.", clean=False))


def test_an_assurance_of_people_only_comforts_them(read):
    assert "051" not in codes(read("Biden reassured the leaders of the Baltic states on Monday.", clean=False))


def test_an_assurance_about_a_commitment_endorses(read):
    assert "051" in codes(read("Macron reassured Merkel about France's commitment to the alliance.", clean=False))


def test_someone_encountered_is_met(read):
    assert "040" in codes(read("Erdogan encountered Assad at the funeral in Tehran.", clean=False))
