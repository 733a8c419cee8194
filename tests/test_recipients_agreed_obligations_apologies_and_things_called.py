"""Recipients named in the sentence but left null (issue 12, round 35): the party an agreed
obligation is asked of ("agreed that Iran must halt …"), the one an apology is owed to ("apologized
for detaining Chinese fishermen"), and the owner of a thing a naming verb judges when the parser
hangs that thing on the predicate ('called Macron's remarks "shameful"'). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word, target", [
    ('"President Macron and Chancellor Merkel agreed Iran must halt its enrichment," the statement said.', "agreed", "IRN"),
    ("Washington and Seoul agreed North Korea must return to talks.", "agreed", "PRK"),
])
def test_an_agreed_obligation_is_asked_of_its_subject(read, text, word, target):
    made = events_on(read(text), word)
    assert made and all(e.cameo.startswith("10") for e in made), made
    assert all(e.target is not None and e.target.code.startswith(target) for e in made), made


@pytest.mark.parametrize("text, target", [
    ("Japan will not apologize for detaining a Chinese fishing crew, the prime minister said.", "CHN"),
    ("The Japanese government apologized on Friday for detaining Chinese fishermen near the islands.", "CHN"),
    ("Indonesia apologized for shooting down a Malaysian drone.", "MYS"),
])
def test_an_apology_is_owed_to_whom_its_act_was_aimed_at(read, text, target):
    made = [e for e in read(text).events if e.cameo == "055"]
    assert made, text
    assert all(e.target is not None and e.target.code.startswith(target) for e in made), made
    # what is sent, remarks about someone or plain people name no one wronged
    for other in ("The administration apologized for not sending a higher-level delegation to the rally in Paris.",
                  "The mayor apologized for her remarks about the flood victims.",
                  "The British councillor apologized for upsetting people."):
        assert all(e.target is None for e in read(other).events if e.cameo == "055"), other


@pytest.mark.parametrize("text, target", [
    ('Turkish Foreign Minister Mevlut Cavusoglu called Macron\'s remarks "shameful" and "absurd."', "FRAGOV"),
    ('Turkish Foreign Minister Mevlut Cavusoglu called President Macron\'s remarks "shameful" and "absurd."', "FRAGOV"),
])
def test_a_thing_called_names_its_owner(read, text, target):
    made = [e for e in events_on(read(text), "called") if e.cameo.startswith("11")]
    assert made and all(e.target is not None and e.target.code == target for e in made), made
    # a thing with no owner named still gives no one
    plain = events_on(read('The Turkish foreign minister called the plan "dangerous" on Monday.'), "called")
    assert all(e.target is None for e in plain), plain
