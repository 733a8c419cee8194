"""A name that only describes is no praise or criticism, whatever its words' valences: a rank on
a numbered scale (an agency's classification), a prospect (a likelihood, not a merit), a choice
between two sides (the sides are options, not the name's worth), a kind ("an active defense"). A
hostile name of two words ("a witch hunt") is criticism, as are other hostile and warm names.
Sentences from the judged precision draws' articles."""

from helpers import codes


def test_a_graded_emergency_is_a_classification_not_praise(read):
    found = codes(read('The World Health Organization has labeled the situation a "Grade 3" emergency, which is its '
                       'highest alert level \u2014 reserved for an event "with substantial public health consequences that '
                       'requires a substantial international response."'))
    assert not any(code in {"051", "111"} for code in found), found


def test_an_immediate_prospect_is_no_praise(read):
    found = codes(read("On Thursday, Russia's Foreign Ministry called it \u201can immediate prospect\u201d that Kim Jong Un "
                       "may now also visit Moscow."))
    assert "051" not in found, found


def test_a_choice_between_two_futures_is_no_criticism(read):
    found = codes(read("U.N. Ambassador Nikki Haley also described the plan as a \u201cchoice between a hopeful future that sheds the tired, old and "
                       "unrealistic demands of the past, or a darker future that sticks with the proven failed talking points.\u201d"))
    assert not any(code in {"051", "111"} for code in found), found


def test_a_hostile_name_is_still_criticism(read):
    found = codes(read("Former GOP presidential candidate and Arkansas Gov. Mike Huckabee called the administration\u2019s "
                       "move \u201ca big mistake.\u201d"))
    assert "111" in found, found


def test_a_warm_name_is_still_praise(read):
    found = codes(read("President Donald Trump called Federal Reserve Chairman Jerome Powell a \u201cvery good man.\u201d"))
    assert "051" in found, found


def test_a_witch_hunt_is_criticism_not_an_inquiry(read):
    found = codes(read("Trump has called the inquiry a partisan \u201cwitch hunt,\u201d and released a summary transcript of his "
                       "July 25 phone call with Ukraine President Volodymyr Zelenskiy in a bid at damage control."))
    assert "111" in found, found
    assert "090" not in found, found


def test_an_active_defense_is_a_kind_not_praise(read):
    found = codes(read('The NSA calls the effort an "active defense" and has used the technology to monitor units of '
                       "China's Army."))
    assert "051" not in found, found
    assert "090" in found, found
