"""The writer's prescriptions: what a columnist or the writer says someone should or must do ("the
FBI should continue its investigations", "the administration must use its influence to press
Cairo", "parliament must still approve the deployment"). Told in the writer's own words (outside
quotation marks, told by no speaker), such a clause is an opinion or a rule, and no one in the
story demands anything: CAMEO codes no event, and storing one (as a demand by the one who "should"
act) stores a wrong one (missing beats wrong). The final filter of `events/extract.py` drops them.

A speaker's "should" or "must" ("Casey said the U.S. should launch strikes", "'we must destroy
them,' Cameron said") is that speaker's appeal or demand, and is left to the coder; so is a past
judged ("should have armed the rebels": the modality reads it).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import grammar
from newsevents.events.lexicon import SPEECH_LEMMAS
from newsevents.events.modality import in_writers_words
from newsevents.lang.en.events import ADVICE_AUX, OBLIGATION_AUX
from newsevents.lang.en.grammar import DOUBLE_QUOTES


def writers_prescription(trigger: Token, clause: Token | None) -> bool:
    """Whether the event's clause (or its trigger), or the verb it is the infinitive, conjunct or
    purpose of ("must use its influence to press"), is under a modal of obligation or advice in the
    writer's own words, with no quotation around it in its paragraph. An event noun with a named
    doer of its own ("should act to stop the regime's attacks"; not "should continue their
    investigations") is that doer's act, told as done; a past judged ("should have armed the
    rebels") is the modality's; so is a "has to" (a truce's "forces have to withdraw their weapons"
    tells its terms, asked of them)."""
    if trigger.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children):
        return False
    clause = clause or trigger
    for verb in [clause, *clause.ancestors]:
        auxiliaries = grammar.auxiliary_words(verb)
        if auxiliaries & (OBLIGATION_AUX | ADVICE_AUX):
            return "have" not in auxiliaries and in_writers_words(verb, reports_count=True) \
                and grammar.quote_of(verb) is None and not _closes_a_quote(verb) and not _under_saying(verb)
        if not (verb.dep_ in {"xcomp", "conj"} or grammar.purpose_infinitive(verb)):
            return False
    return False


def _under_saying(verb: Token) -> bool:
    """A verb of saying anywhere above `verb` ("the minister said Washington can join talks, but
    must lift sanctions", parsed as a conjunct of "said"): the report goes on, the speaker's words."""
    return any(a.lemma_ in SPEECH_LEMMAS for a in verb.ancestors)


def _closes_a_quote(verb: Token) -> bool:
    """No quotation mark before `verb` in its paragraph and an odd count after it: the quotation
    began in an earlier paragraph ("… and the police must apologize," said a marcher), the speaker's."""
    paragraph = verb.doc
    before = sum(t.text in DOUBLE_QUOTES for t in paragraph[:verb.i])
    after = sum(t.text in DOUBLE_QUOTES for t in paragraph[verb.i + 1:])
    return before == 0 and after % 2 == 1
