"""Round 54, the lead's mend: a question in a bulleted list is no happened event even where the
bullet makes the parse hang "Whether" on the subject rather than on the verb."""

from helpers import coded

BULLETED_QUESTION = ("Senators listed the questions the attorney general would not answer.\n\n"
                     "► Whether Trump had expressed frustration at Attorney General Jeff Sessions for recusing himself; and")


def test_a_bulleted_whether_question_is_no_happened_event(read):
    assert not [e for e in read(BULLETED_QUESTION, clean=False).events if e.modality == "happened" and e.root == "11"]


def test_a_fronted_condition_of_another_verb_leaves_the_main_clause(read):
    # "Whether" opens "succeed", a verb on the way up: the main clause is told as happened
    reading = read("Whether or not the talks succeed, Russian forces attacked the port of Odesa on Monday.", clean=False)
    assert ("190", "RUSMIL", None) in coded(reading, happened_only=True)
