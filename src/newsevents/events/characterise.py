"""Characterisations: "called the declaration 'unlawful'", "branded the report a disgrace",
"described him as a great friend".

CAMEO codes naming something by its worth as an opinion of the namer about its owner: a hostile
name is criticism (111), a warm one praise (051). The sense of the name comes from the VADER word
valences (MIT, shipped inside the `vaderSentiment` package, read here without its social-media
rules) with our own table of political words on top (`lang/en/data/characterisation_valence.txt`:
"unlawful", "baseless"); a name with no clear sign ("called him Mr. President") is no event of this kind, and the
verb keeps whatever other sense it has ("called Putin on Tuesday"). A name that only describes is
no opinion either, whatever its words' valences: a rank on a numbered scale ("labeled the situation
a 'Grade 3' emergency": an agency's classification), a choice between two sides ("described it
as a choice between a hopeful future or a darker one": the sides are the options, not the name's
worth).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsevents.grammar import objects_of, own_subject, to_infinitive
from newsevents.lang.en.events import (
    CHARACTERISATION_VALENCE,
    CLAIM_NOUNS,
    NAMING_VERBS,
    SCALE_WORDS,
)
from newsevents.lang.en.events import NAME_NEGATORS as NEGATORS
from newsevents.lang.en.grammar import QUOTE_MARKS

CRITICISM = "111"
PRAISE = "051"
DENIAL = "016"
# A name counts as hostile or warm when its words' valences add up to at least this either way
# (VADER runs −4..4 per word: "absurd" −1.4, "disgrace" −2.1, "friend" 2.2).
CLEAR_SIGN = 1.0


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    valences = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            valences[parts[0]] = float(parts[1])
    return valences | CHARACTERISATION_VALENCE


def _name_of(verb: Token) -> Token | None:
    """The name given: an object predicate ("called X absurd") or "as" ("described X as reckless")."""
    for child in verb.children:
        if child.dep_ in {"oprd", "attr"} and child.pos_ in {"NOUN", "ADJ"}:
            return child
        if child.dep_ in {"oprd", "attr"} and child.lower_ == "one":  # "called him one of his closest advisers"
            return next(iter(objects_of(child, {"of"})), None)
        if child.dep_ == "prep" and child.lower_ == "as":  # "as reckless" may hang as an adjective of "as"
            return next((g for g in child.children if g.dep_ in {"pobj", "amod", "acomp"} and g.pos_ in {"NOUN", "ADJ"}), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2 and objects[1].pos_ in {"NOUN", "ADJ"}:
        return objects[1]  # "calling Smith a reckless old man": the name parsed as a second object
    # 'called Lavrov, "a corrupt liar"': a quoted name set off by a comma is parsed as the named
    # one's appositive; an unquoted one ("called Lavrov, a veteran diplomat, on Tuesday") describes
    named = (c for c in verb.children if c.dep_ in {"dobj", "oprd"})
    return next((a for n in named for a in n.children
                 if a.dep_ == "appos" and a.pos_ in {"NOUN", "ADJ"} and _quoted(a)), None)


def _quoted(phrase: Token) -> bool:
    """Does a quotation mark open just before this phrase?"""
    start = phrase.left_edge.i
    return start > 0 and phrase.doc[start - 1].text in QUOTE_MARKS


def gives_a_name(verb: Token) -> bool:
    """Whether a naming verb gives something a name here ("calls Xi president"), whatever its sign."""
    return verb.lemma_.lower() in NAMING_VERBS and _name_of(verb) is not None


def characterisation(verb: Token) -> str | None:
    """111 (or 016 for a claim called false) or 051 for a verb that names something by a hostile or
    warm name, else None."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    name = _name_of(verb)
    if name is None or any(c.dep_ == "neg" for c in [*verb.children, *name.head.children]):
        return None  # "described it not as a failure"
    if any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} for c in verb.children):
        return None  # "to deter what it describes as an increased emphasis": the writer's distance, no one's opinion
    if graded(name):
        return None  # "labeled the situation a 'Grade 3' emergency": a classification, no praise or criticism
    valences = _valences()
    words = _valued_words(name)
    for conjunct in name.conjuncts:  # "a trusted partner and the closest of allies"
        words.extend(t for t in _valued_words(conjunct) if t not in words)
    for appositive in (c for c in name.children if c.dep_ == "appos"):
        words.extend(t for t in _valued_words(appositive) if t not in words)
    if any(t.lower_ in NEGATORS for t in words):
        return None  # "called it not unreasonable": leave turned-over names alone
    total = sum(valences.get(t.lower_, valences.get(t.lemma_.lower(), 0.0)) for t in words)
    total += sum(valences.get(f"{c.lower_} {t.lemma_.lower()}", 0.0)  # "a witch hunt": the compound as one name
                 for t in words for c in t.children if c.dep_ == "compound")
    if total <= -CLEAR_SIGN:
        named = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return DENIAL if named is not None and named.lemma_.lower() in CLAIM_NOUNS else CRITICISM
    if total >= CLEAR_SIGN:
        return PRAISE
    return None


def graded(name: Token) -> bool:
    """A name with a rank on a numbered scale ("a 'Grade 3' emergency", "a Category 4 hurricane",
    "a Level 4 alert"): a scale word with its number before the name's noun."""
    return any(c.dep_ in {"nmod", "compound", "amod"} and c.lemma_.lower() in SCALE_WORDS
               and any(g.dep_ == "nummod" and g.like_num for g in c.children)
               for c in name.children)


def _valued_words(name: Token) -> list[Token]:
    """The words of a name that give it a worth: not those inside a compound, which say what kind
    of thing it is ("the largest crude oil plant": "crude" describes the oil, not the plant), nor
    those of the sides a name lies between ("a choice between a hopeful future or a darker one":
    the options, not the worth of the choice), nor those of what it is for."""
    inside = {t.i for c in name.subtree if c.dep_ == "compound" for t in c.subtree}
    inside |= {t.i for c in name.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree}
    inside |= {t.i for c in name.children if _purpose(c) for t in c.subtree}
    return [t for t in name.subtree if not t.is_punct and t.i not in inside]


def _purpose(clause: Token) -> bool:
    """A "to" clause on a name says what the thing is for, not its worth: "a stopgap bill to help
    the economy recover"."""
    return clause.dep_ in {"relcl", "acl"} and to_infinitive(clause)


DISAPPROVED_PREPOSITIONS = frozenset({"at", "over", "about", "with"})


def disapproved(feeling: Token) -> Token | None:
    """Who a hostile feeling is held against, as a word to read an actor from: the one named after
    "at"/"over" ("outrage at Israel"), the doer of an act named there ("anger at the killing of two
    soldiers by Syrian militants": the militants, not the soldiers; "at the Israeli strike": Israel),
    or the subject of a clause ("anger that the Pentagon was planning a raid")."""
    for child in [*feeling.children, *feeling.head.children]:  # "at" may hang on the verb
        if child.dep_ == "prep" and child.lower_ in DISAPPROVED_PREPOSITIONS:
            thing = next((g for g in child.children if g.dep_ == "pobj"), None)
            if thing is None:
                continue
            agent = next(iter(objects_of(thing, {"by"})), None)
            owner = next((c for c in thing.children if c.dep_ in {"poss", "amod", "compound"}
                          and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}), None)
            return agent or owner or thing
        if child.dep_ in {"acl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return own_subject(child)
    return None
