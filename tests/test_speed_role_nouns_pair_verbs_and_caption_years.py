"""Readings made cheaper in round 45 (issue 12's speed floor) give what they gave before.

A noun that is no role word is not read for its owner; a verb with no listed object is not read
for a condition before its "of"; a verb the CAMEO dictionary lacks is not read for particles, and
one whose entries have no patterns not for the words after it; a caption's date is looked for
only in a sentence with a year after a comma; a paragraph's tokens are made once for its photo
credits, name runs and "as" phrases; a lower-case trigger is not read for the title it may stand
in; a title is split once per name; a sentence with no reporter is not read for citing, nor one
with no cue for the cue's own words. Each is checked against what it skips, on sentences written
for these tests.
"""

from __future__ import annotations

import pytest

import newsevents.actors.coding as coding
import newsevents.events.captions as captions
import newsevents.events.extract as extract
import newsevents.events.verbs as verbs
from newsevents.events.senses import in_a_title
from newsevents.facts.agents import split_title


class _Skipped:
    """Stands for a reading that must not be made: calling it, or reading its words, fails."""

    def __init__(self, text: str = "") -> None:
        self.text = text

    def __call__(self, *args, **kwargs):
        raise AssertionError("read though the cheap test said no")

    def __iter__(self):
        raise AssertionError("read though the cheap test said no")

    def finditer(self, *args):
        raise AssertionError("read though the cheap test said no")


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def test_a_noun_that_is_no_role_is_not_read_for_its_owner(read, monkeypatch):
    text = "The storm damaged the roof of the old bridge in Durres, and the river flooded the road on Monday."
    before = read(text).mentions
    monkeypatch.setattr(coding, "_owner", _Skipped())
    assert read(text).mentions == before


def test_a_role_noun_is_still_read_for_its_owner(read, monkeypatch):
    asked = []
    owner = coding._owner
    monkeypatch.setattr(coding, "_owner", lambda *args: asked.append(args[0].text) or owner(*args))
    read("A spokesman for the Albanian army said the bridge in Durres was closed.")
    assert "spokesman" in asked


def test_a_verb_with_no_listed_object_is_not_read_for_a_condition(parse, monkeypatch):
    doc = parse("The ministry published a report of the inquiry on Friday.")
    monkeypatch.setattr(extract, "_has_condition", _Skipped())
    assert extract._paired_after_of(doc[2]) is None


def test_a_warning_of_a_listed_object_still_threatens(parse):
    doc = parse("The minister warned Belgrade of serious consequences.")
    assert doc[2].lemma_ == "warn" and extract._paired_after_of(doc[2]) == "130"


def test_a_verb_the_dictionary_lacks_is_not_read_for_particles(parse, monkeypatch):
    doc = parse("The engineers recalibrated the old turbines out of caution.")
    monkeypatch.setattr(verbs, "_shifted_particles", _Skipped())
    assert verbs.cameo_verbs().match(doc[2]) is None


def test_a_verb_whose_entries_have_no_pattern_is_not_read_for_the_words_after_it(parse, monkeypatch):
    from spacy.tokens import Doc

    dictionary = verbs.cameo_verbs()
    word = next(w for w, entries in sorted(dictionary.by_verb.items())
                if entries and all(len(e.words) == 1 for e in entries)
                and not any(dictionary.blocks[e.block].patterns for e in entries))
    doc = Doc(parse.vocab, words=["They", word, "it"], lemmas=["they", word, "it"])
    monkeypatch.setattr(verbs, "_context", _Skipped())
    found = dictionary.match(doc[1])
    assert found is not None and found.pattern is None and found.code == dictionary.by_verb[word][0].code


def test_a_sentence_with_no_year_after_a_comma_is_not_searched_for_a_picture_day(monkeypatch):
    dated = "The mayor speaks to reporters in Durres, Albania, March 3, 2021."
    assert captions._picture_day(dated)
    assert not captions._picture_day("Protesters marched on the Sept. 11, 2001, anniversary.")  # a named day, as before
    monkeypatch.setattr(captions, "DAY_WITH_YEAR", _Skipped())
    assert not captions._picture_day("The mayor speaks to reporters in Durres on Friday, officials said.")
    assert not captions._picture_day("In 2021 the mayor spoke on March 3 in Durres.")


def test_photo_credits_are_read_from_the_tokens_the_paragraph_made_once(parse):
    doc = parse("The mayor of Vlora opened the port on Friday.")
    assert coding._credit_tokens(_Skipped(doc.text), list(doc)) == set()  # type: ignore[arg-type]


def test_photo_credits_are_found_as_before(parse):
    doc = parse("Jane Roe / AP The mayor of Vlora opened the port on Friday.")
    assert coding._credit_tokens(doc, list(doc)) >= {0, 1, 2, 3}


class _LowerTrigger:
    text = "bombed"
    i = 4

    @property
    def sent(self):
        raise AssertionError("the sentence was read for a lower-case trigger")


def test_a_lower_case_trigger_is_not_read_for_a_title():
    assert not in_a_title(_LowerTrigger())  # type: ignore[arg-type]


def test_a_title_is_split_once_per_name():
    first = split_title("Gen. Ilir Dema")
    assert first[2] == "Ilir Dema" and split_title("Gen. Ilir Dema") is first


def test_a_sentence_with_no_reporter_is_not_read_for_citing():
    from newsevents.attribution.finder import _cite

    _cite([], _Skipped("The port reopened on Friday, citing calmer seas."))  # type: ignore[arg-type]


def test_citing_still_names_the_source_behind_a_reporter(read):
    reading = read("The agency said the port would reopen, citing anonymous harbour officials.")
    assert any(a.citing and "officials" in a.citing for a in reading.attributions)


def test_a_sentence_with_no_cue_is_not_read_for_cue_phrases(parse, monkeypatch):
    import newsevents.attribution.finder as finder
    from newsevents.grammar import MentionIndex

    doc = parse("The port of Vlora reopened on Friday after the storm.")
    monkeypatch.setattr(finder, "cue_phrases", _Skipped())
    assert list(finder.AttributionFinder()._cues(doc[:], MentionIndex([]), None)) == []  # type: ignore[arg-type]


def test_cue_phrases_are_still_left_out_of_a_claim(read):
    reading = read("The port will reopen on Friday, according to the harbour master.")
    assert [a.claim for a in reading.attributions if a.kind == "according_to"] == ["The port will reopen on Friday"]
