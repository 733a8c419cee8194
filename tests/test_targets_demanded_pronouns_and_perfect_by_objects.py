"""Two grammar links to a named recipient: the pronoun subject of a demand's mandative that-clause
("demanded he explain the plan": whom "he" stands for), and a "by" phrase on the object of an
active perfect verb, which the parser labels an agent ("had rejected the offer by Tokyo": Tokyo's
offer, not a passive doer). Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_a_demand_is_asked_of_the_pronoun_subject_of_its_bare_clause(read):
    found = coded(read("Senators praised Macron's speech on Tuesday but demanded he explain the pension plan."))
    assert any(code.startswith("10") and source == "FRALEG" and target == "FRAGOV" for code, source, target in found), found


def test_a_clause_stating_a_view_is_no_mandate(read):
    # without the plural-present guard "they" was asked of Germany, one of the two who insisted
    found = coded(read("Germany and France met the Syrian rebels on Monday and insisted they need more time."))
    assert [target for code, _, target in found if code.startswith("10")] == [None, None], found


def test_a_by_phrase_on_the_object_of_a_perfect_verb_names_whose_thing(read):
    found = coded(read("Iran has rejected the proposal by France to hold new talks on its missile program."))
    assert any(code.startswith("12") and source == "IRN" and target == "FRA" for code, source, target in found), found

