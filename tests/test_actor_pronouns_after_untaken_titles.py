"""Round 48: a "he" or "she" after a subject that names one person by a title no person actor
stands for ("the congresswoman" the coder took for no one) is that person, whom we cannot code:
not someone of another role named before (no doer beats the wrong one); one who holds such a title
still may be. Sentences written for these tests."""

from __future__ import annotations

from helpers import pronoun_actor

FEUD = ("But Marks defended the call and said his words were what Gen. Hale had told the retired general "
        "when his own son was killed, and he condemned Lopez for talking about it to reporters.\n\n"
        "Marks said he was shocked that Lopez would do that.\n\n"
        "In response, Lopez said Marks was only trying to keep his job.\n\n"
        "Even after the office of Lopez said it would not comment further, the congresswoman went on a "
        "morning show to accuse Marks of lying about her.\n\n"
        "“That is simply untrue,” she said Friday, referring to his account of the ceremony.")


def test_she_after_an_untaken_congresswoman_is_not_a_general_named_before(read_all):
    reading = read_all(FEUD)
    she = pronoun_actor(reading, "she")
    assert she is None or "general" not in she.name, she
    assert all(e.source is None or "general" not in e.source.name for e in reading.events), \
        [(e.trigger, e.source and e.source.name) for e in reading.events]


def test_she_after_the_congresswoman_is_the_representative_named_before(read_all):
    reading = read_all("The retired general Mark Dole criticized Representative Ann Pruitt on Thursday.\n\n"
                       "Later the congresswoman went on television to answer him. "
                       "“That is false,” she said, accusing the general of lying.")
    she = pronoun_actor(reading, "she")
    assert she is not None and she.name == "Ann Pruitt", she
