"""The two shared parse readings round 47 made one: `grammar.quantified` (a noun of amount hands
over to what it is of) and `grammar.verb_listed` (a verb alone or with its particle in a word
list). Parses given by hand, so the helpers are tested apart from the model's choices. Sentences
written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.grammar import quantified, verb_listed

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _parse(words: list[str], heads: list[int], deps: list[str], lemmas: list[str] | None = None) -> Doc:
    """A parse given by hand, with an English vocabulary, which gives words their lower case
    (spaCy imported here, after newsevents has chosen its parser modules)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    return Doc(English().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_noun_of_amount_hands_over_to_its_of_phrase_as_often_as_there_is_one():
    doc = _parse(["They", "staged", "a", "series", "of", "waves", "of", "arrests"],
                 [1, 1, 3, 1, 3, 4, 5, 6],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
                 ["they", "stage", "a", "series", "of", "wave", "of", "arrest"])
    assert quantified(doc[3]).text == "arrests"


def test_a_noun_of_amount_without_an_of_phrase_or_another_noun_is_itself():
    doc = _parse(["Police", "made", "a", "wave", "of", "arrests", "in", "a", "round"],
                 [1, 1, 3, 1, 3, 4, 1, 8, 6],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj"],
                 ["police", "make", "a", "wave", "of", "arrest", "in", "a", "round"])
    assert quantified(doc[8]).text == "round"  # listed, but no "of" phrase
    assert quantified(doc[5]).text == "arrests"  # no noun of amount
    assert quantified(doc[3], {"team"}).text == "wave"  # another list: "wave" is none of it


def test_a_verb_is_listed_alone_by_lemma_or_form_or_with_its_particle():
    doc = _parse(["The", "union", "called", "off", "the", "strike", "and", "foiled", "a", "plan"],
                 [1, 2, 2, 2, 5, 2, 2, 2, 9, 7],
                 ["det", "nsubj", "ROOT", "prt", "det", "dobj", "cc", "conj", "det", "dobj"],
                 ["the", "union", "call", "off", "the", "strike", "and", "foil", "a", "plan"])
    assert verb_listed(doc[2], {"call_off"})
    assert not verb_listed(doc[2], {"call_up"})
    assert verb_listed(doc[7], {"foil"}) and verb_listed(doc[7], {"foiled"})
    assert not verb_listed(doc[7], {"foil_off"})  # a particle of another verb is not this one's
