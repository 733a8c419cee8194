"""One rule for "I promise you, <what is so>" (senses.assurance,
which unreported's copy gave way to), the verb of threatening a thing may do read from data, and
grammar.listed standing for the "lemma or written form in a table" tests of three more rules.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on

from newsevents.nlp import load_pipeline


def _word(text: str, word: str):
    doc = load_pipeline()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", [
    "“I promise you, we talk to our allies in Berlin every single week,” the chancellor said.",
    "“I guarantee you, the Iranians are feeling these sanctions,” the senator said on Fox News.",
])
def test_an_assurance_is_no_intent(read, text):
    found = [(e.cameo, e.trigger) for e in read(text).events]
    assert not [c for c, _ in found if c.startswith("03")], found


@pytest.mark.parametrize("text, word", [
    ("“I promise you, we talk to our allies in Berlin every single week,” the chancellor said.", "promise"),
    ("“I swear, we never spied on France,” the minister told reporters.", "swear"),
])
def test_assurance_finds_the_speaker_vouching(text, word):
    from newsevents.events.senses import assurance

    assert assurance(_word(text, word))


@pytest.mark.parametrize("text, word", [
    # a promise of what will be done, to the listener or not, is a promise (the careful rule kept)
    ("“I promise you that we will send more air defence systems to Kyiv,” the president told reporters.", "promise"),
    ("“We promise you that we will lift the blockade of Gaza,” the Egyptian envoy told Hamas leaders.", "promise"),
    ("“I promise to visit Warsaw before the summer,” the French president said.", "promise"),
    ("“We promised you a new trade deal with Japan,” the prime minister told voters.", "promised"),
])
def test_assurance_leaves_a_promise_of_what_will_be_done(text, word):
    from newsevents.events.senses import assurance

    assert not assurance(_word(text, word))


def test_unreported_keeps_no_copy_of_the_assurance_rule():
    """One rule serves both: the event filter holds no second "promise to the listener" test."""
    import newsevents.events.unreported as unreported

    assert not hasattr(unreported, "promise_to_listener")


def test_threatening_verbs_are_data(monkeypatch):
    """"threatened the security of the region" is a risk because "threaten" is in the data table;
    with the table emptied the rule no longer knows the verb."""
    from newsevents.events.unreported import threatened_outcome
    from newsevents.lang.en.events import UNREPORTED

    word = _word("The militia threatened the security of the whole region.", "threatened")
    assert "threaten" in UNREPORTED["threatening_verbs"]
    assert threatened_outcome(word, "130")
    monkeypatch.setitem(UNREPORTED, "threatening_verbs", frozenset())
    assert not threatened_outcome(word, "130")


def test_a_thing_threatening_an_outcome_is_no_threat(read):
    assert not [e for e in events_on(read("The border dispute threatens to derail the talks between Delhi and Beijing."),
                                     "threatens") if e.cameo.startswith("13")]


@pytest.mark.parametrize("text, noun, table", [
    # listed: the written form ("scrapped") or the lemma ("reporter" of "reporters") in the table
    ("The scrapped plan to sanction Venezuela was never sent to Congress.", "plan", "FAILURE_WORDS"),
    ("The minister told reporters that the talks with Ankara had failed.", "reporters", "AUDIENCE_NOUNS"),
])
def test_tables_read_by_lemma_or_form(text, noun, table):
    from newsevents.grammar import listed
    from newsevents.lang.en import events as en

    token = _word(text, noun)
    word = next((c for c in token.children if c.dep_ == "amod"), token)
    assert listed(word, getattr(en, table)), (word.text, word.lemma_)


def test_audience_is_no_recipient():
    from newsevents.events.targets import is_audience

    word = _word("The minister told reporters that the talks with Ankara had failed.", "reporters")
    assert is_audience(word, word.head)
    other = _word("The minister told Turkey that the talks had failed.", "Turkey")
    assert not is_audience(other, other.head)


@pytest.mark.parametrize("text, clause, credit", [
    # the credit parsed as an aside of the clause it credits
    ("India will host the summit, officials said, and Pakistan has been invited.", "host", "said"),
    # a verb of saying with a clause of its own says something else: no credit of the first clause
    ("Japan will send more food aid to Liberia and said it would help Ghana too.", "send", None),
])
def test_one_credit_after_a_clause(text, clause, credit):
    """modality.credit_after is the one test of "…, the ministry said" for account_of and extract._credited."""
    from newsevents.events.extract import _credited
    from newsevents.events.modality import account_of, credit_after

    word = _word(text, clause)
    found = credit_after(word)
    assert (found.text if found is not None else None) == credit
    assert _credited(word) == (credit is not None)
    if credit is not None:
        assert account_of(word) == found


def test_account_of_a_clause_under_a_verb_of_saying():
    from newsevents.events.modality import account_of

    word = _word("Syrian rebels planned to bomb the consulate in Gaziantep, Turkish prosecutors said.", "planned")
    found = account_of(word)
    assert found is not None and found.text == "said"
