"""Round 35 (speed35): the attribute ruler reads the rules spaCy's Matcher used to run for it
(aux verbs are AUX, a subject "it" is Case=Nom, "gon na", space tokens...) from the token array
it already reads, each filed under the words or labels its first token may have, and sets each
rule's token without making a Span per match. These tests hold it to spaCy's own AttributeRuler
with the same rules: the same matches, in the same order, and the same attributes set."""

from __future__ import annotations

import pytest

# Written for these tests: colloquial quotes, pronouns as subjects and objects, "there is",
# auxiliaries, "but" as an adverb, and runs of spaces, tabs and line breaks.
TEXTS = [
    "\"We're gonna hold the vote, y'all, and there ain't nothin' they can do,\" the mayor of Dunmore told reporters.",
    "Let's be clear: it was the council that did it, and I told you so, the senator said.  She had warned them.",
    "C'mon, the coach said, we gotta win this one; you know it and I know it.",
    "There are three bridges left, but the army has not said whether it will rebuild them.\t\tOfficials did not comment.",
    "The minister, who has served since 2019, does not expect talks to resume. There is but one road open.",
    "He asked me whether you had seen it.\n\nNobody did, and nothin' was done about it.",
    "What the unions want is a raise; that is what they were promised, and that they will get.",
]


def _before_the_ruler(nlp, texts):
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]]):
        return list(nlp.pipe(texts))


def _reference(ruler, vocab):
    """spaCy's own ruler with the same rules, every one run by its Matcher."""
    from spacy.pipeline import AttributeRuler

    reference = AttributeRuler(vocab)
    reference.add_patterns(ruler.patterns)
    return reference


def _attributes(doc):
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    return doc.to_array([POS, TAG, MORPH, LEMMA, DEP]).tolist(), [str(token.morph) for token in doc]


def test_no_rule_of_the_model_is_left_to_the_matcher_and_the_matches_are_spacys(pipeline):
    nlp = pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert len(ruler.matcher) == 0  # all 23 read from the token array
    reference = _reference(ruler, nlp.vocab)
    assert len(reference.matcher) == len(ruler.attrs)
    spans = set()
    for doc in _before_the_ruler(nlp, TEXTS):
        matches = ruler.match(doc)
        assert matches == reference.match(doc)
        spans |= {end - start for _, _, start, end in matches}
    assert spans == {1, 2}  # two-token rules ("gon na", "there are") among them


def test_the_ruler_sets_the_attributes_spacys_ruler_sets(pipeline):
    nlp = pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert any(ruler.token_rules) and ruler.unindexed_rules  # the rules it reads itself
    reference = _reference(ruler, nlp.vocab)
    for doc in _before_the_ruler(nlp, TEXTS):
        ours, theirs = doc.copy(), doc.copy()
        ruler(ours)
        reference(theirs)
        assert _attributes(ours) == _attributes(theirs)


def test_patterns_are_read_as_the_matcher_reads_them(pipeline):
    from newsevents.nlp import _token_rule

    strings = pipeline.nlp.vocab.strings
    (only,) = _token_rule([{"TAG": {"NOT_IN": ["TO", ""]}, "IS_SPACE": False}], strings)
    assert only == ((1, "not_in", frozenset({strings["TO"], 0})), (3, "in", frozenset({0})))
    first, second = _token_rule([{"LOWER": "gon"}, {"LOWER": {"REGEX": "^na$"}}], strings)
    assert first == ((0, "in", frozenset({strings["gon"]})),)
    assert second[0][:2] == (0, "regex") and second[0][2].pattern == "^na$"
    # what the Matcher must still run: an operator, another attribute, another predicate
    for pattern in ([{"LOWER": "very", "OP": "+"}], [{"POS": "VERB"}], [{"LOWER": {"FUZZY": "vote"}}],
                    [{"LOWER": {"IN": ["a", 1]}}], [], [{}]):
        assert _token_rule(pattern, strings) is None


@pytest.mark.parametrize("memo_limit", [1, 100_000])
def test_rules_of_every_kind_beside_matcher_rules(pipeline, monkeypatch, memo_limit):
    """A ruler of made-up rules: ones the Matcher keeps (an operator), two-token ones whose second
    token takes the attributes (index 1 and -1), regular expressions, a rule filed under nothing;
    with the memo of regular-expression answers cleared at every word or kept."""
    from spacy.pipeline import AttributeRuler

    import newsevents.nlp as nlp_module
    from newsevents.nlp import WordAttributeRuler

    monkeypatch.setattr(nlp_module, "SEARCHED_LIMIT", memo_limit)
    nlp = pipeline.nlp
    rules = [
        {"patterns": [[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], "attrs": {"LEMMA": "much"}, "index": 0},
        {"patterns": [[{"LOWER": {"IN": ["did", "does"]}}, {"DEP": "neg"}]], "attrs": {"POS": "AUX"}, "index": 0},
        {"patterns": [[{"DEP": "nsubj"}, {"TAG": {"IN": ["VBD", "VBZ"]}}]], "attrs": {"LEMMA": "said"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^t?here$"}}, {"LOWER": {"NOT_IN": ["is"]}}]], "attrs": {"POS": "ADV"}, "index": 1},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP"}, "index": 0},
        {"patterns": [[{"DEP": {"NOT_IN": ["punct", ""]}, "IS_SPACE": False}]], "attrs": {"MORPH": "Foo=Bar"}, "index": 0},
    ]
    ours = WordAttributeRuler(nlp.vocab)
    ours.add_patterns(rules)
    assert len(ours.matcher) == 1  # only the operator's rule
    reference = AttributeRuler(nlp.vocab)
    reference.add_patterns(rules)
    assert ours.patterns == reference.patterns
    for doc in _before_the_ruler(nlp, TEXTS):
        assert ours.match(doc) == reference.match(doc)
        mine, theirs = doc.copy(), doc.copy()
        ours(mine)
        reference(theirs)
        assert _attributes(mine) == _attributes(theirs)
