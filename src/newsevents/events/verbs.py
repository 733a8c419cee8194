"""PETRARCH's CAMEO verb dictionary, compiled into packaged data and looked up over spaCy's parse.

`data/cameo_verbs.tsv` is made from `CAMEO.2.0.txt` (openeventdata/petrarch2, MIT) by
`python -m newsevents.events.verbs CAMEO.2.0.txt > src/newsevents/events/data/cameo_verbs.tsv`.
It keeps, per verb block, the verb words (a phrase such as "break down" with its verb word
marked) and the patterns that follow the verb ("- * DIPLOMATIC RELATIONS [050]"): the words to
find after the verb, in order, a synset written as its members joined by "|". Patterns with
words before the verb, and the pattern slots for actors, are left out: sources and targets
come from the parse. A pattern coded "---" says the verb with those words is no event
("cut production"). Each pattern also records the verbs of its block it was written for, which
the file's comment after it names ("- * MILITANT [082]  # DISARM"; none listed when the comment
names no verb of the block, or all of them). PETRARCH2 (PETRreader.read_verb_dictionary) files a
block's patterns under the block and applies them to every verb of it, and so does the coder
("severed diplomatic relations" takes CUT's pattern, "captured three villages" SEIZE's): measured
by `bench/pattern_accuracy.py --by reach` (round 15), patterns reaching a verb they were not
written for gave the right code 23 times in 37 on the even gold halves and judged real-news
draws (own verb: 55 in 72). Keeping each to its own verb would take those 23 with the 14 wrong
(plover even strict F1 0.711 to 0.700), and keeping to their verbs only the patterns that move a
verb to another CAMEO root 5 right for 3 wrong ("took over an area" 192, "rewarded Russia with
an invitation" 036). A pattern wrong on a synonym is dropped as data (`weak_dictionary_patterns.txt`).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from newsevents.lang.en.events import FUNCTION_WORDS, WEAK_DICTIONARY_PATTERNS
from newsevents.petrarch.dictionaries import (
    VerbBlock,
    parse_pattern,
    read_verbs,
    valid_code,
    words_of,
)

NO_EVENT = "---"
# Clauses of their own under a verb: their words are not the verb's objects.
OWN_CLAUSES = {"ccomp", "advcl", "conj", "relcl", "parataxis", "acl", "csubj", "mark", "nsubj", "nsubjpass"}
MAX_ALTERNATIVES = 60
# Patterns of prepositions alone ("- * WITH [130]") were written for PETRARCH's Treebank phrases;
# over a dependency parse they match nearly every verb phrase, so they are left out
# (FUNCTION_WORDS, English, from lang/en/events.py).
PATTERN_WINDOW = 8  # a pattern's words lie in the verb's phrase, not deep in its modifiers  # synset members kept per pattern element (the big ones are lists of countries)


@dataclass(frozen=True)
class Pattern:
    words: tuple[tuple[str, ...], ...]  # each element: alternatives (a member may be "a_b")
    code: str
    # The block's verbs (Entry.phrase) CAMEO.2.0 wrote it for (empty: none named). Only a record:
    # like PETRARCH2, the coder applies it to every verb of the block (see the module's note).
    verbs: frozenset[str] = frozenset()
    # Per element, the first words of its alternatives: a pattern with an element none of whose
    # first words is in the context cannot match, and is passed over without being tried.
    openings: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        openings = tuple(frozenset(a.split("_")[0] for a in alternatives) for alternatives in self.words)
        object.__setattr__(self, "openings", openings)


@dataclass
class Block:
    name: str
    code: str
    patterns: list[Pattern] = field(default_factory=list)
    # The patterns (by position) whose first element may open with a word, and those with no
    # element: built on first use (again if patterns were added since), see `candidates`.
    _opening_index: tuple[int, dict[str, list[int]], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def candidates(self, present: set[str]) -> list[Pattern]:
        """The block's patterns, in order, less those whose first element opens with no word of
        `present` (they cannot match): the same patterns the plain test passes, without trying
        every pattern of a big block ("say", "make") for each verb."""
        index = self._opening_index
        if index is None or index[0] != len(self.patterns):
            by_word: dict[str, list[int]] = {}
            unopened: list[int] = []
            for position, pattern in enumerate(self.patterns):
                if not pattern.openings:
                    unopened.append(position)
                for word in pattern.openings[0] if pattern.openings else ():
                    by_word.setdefault(word, []).append(position)
            index = self._opening_index = (len(self.patterns), by_word, unopened)
        _, by_word, unopened = index
        positions = set(unopened)
        for word in present:
            positions.update(by_word.get(word, ()))
        return [self.patterns[position] for position in sorted(positions)]


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    verb_index: int
    code: str  # its own, else its block's
    block: str

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Match:
    """What codes a verb: a pattern of its entry's block, or (pattern None) the entry's default."""

    code: str
    entry: Entry
    pattern: Pattern | None


@dataclass
class CameoVerbs:
    blocks: dict[str, Block] = field(default_factory=dict)
    by_verb: dict[str, list[Entry]] = field(default_factory=dict)

    def lookup(self, verb: Token) -> tuple[str | None, bool]:
        """(code, specific) for a verb token: the most specific pattern matching the words after
        it (specific=True; the code may be '---', no event), else the entry's default code."""
        found = self.match(verb)
        if found is None:
            return None, False
        return found.code, found.pattern is not None

    def match(self, verb: Token) -> Match | None:
        """What in the dictionary codes a verb token: the most specific pattern of its entries'
        blocks matching the words after it, else its first (longest) entry's default."""
        entries = self._entries(verb)
        if not entries:
            return None
        if not any(self.blocks[entry.block].patterns for entry in entries):
            return Match(entries[0].code, entries[0], None)  # no pattern to try: the words after it are not read
        context = _context(verb)
        present = set().union(*context)
        best: Match | None = None
        for entry in entries:
            # only patterns whose first element opens with a word here (most fail on it)
            for pattern in self.blocks[entry.block].candidates(present):
                if best is not None and best.pattern is not None and len(pattern.words) <= len(best.pattern.words):
                    continue
                if all(not opening.isdisjoint(present) for opening in pattern.openings) and _matches(pattern.words, context):
                    best = Match(pattern.code, entry, pattern)
        return best or Match(entries[0].code, entries[0], None)

    def _entries(self, verb: Token) -> list[Entry]:
        entries = self.by_verb.get(verb.lemma_.lower())
        if not entries:
            return []  # the cheap test first: a verb the dictionary lacks needs no particles read
        found = []
        doc = verb.doc
        shifted = _shifted_particles(verb)
        for entry in entries:
            if entry.verb_index == 0 and len(entry.words) == 2 and entry.words[1] in shifted:
                found.append(entry)  # "kicked the ambassador out": the particle after the object
                continue
            start = verb.i - entry.verb_index
            if start < 0 or start + len(entry.words) > len(doc):
                continue
            ok = all(i == entry.verb_index or doc[start + i].lower_ == word
                     for i, word in enumerate(entry.words))
            if ok:
                found.append(entry)
        return sorted(found, key=lambda e: -len(e.words))  # "call off" before "call"

    def block_verbs(self, blocks: frozenset[str]) -> frozenset[str]:
        """The verb lemmas entered in these blocks with the block's own code ("OVERSEE_MANAGE" 060:
        manage, oversee, handle, …; not "order", entered there with 100)."""
        return frozenset(word for word, entries in self.by_verb.items()
                         if any(e.block in blocks and e.code == self.blocks[e.block].code for e in entries))

    def verbs_coded_in(self, roots: frozenset[str]) -> frozenset[str]:
        """The verb lemmas whose every entry codes, by default, an event of these CAMEO roots
        ("offer" 030, "encourage" 051)."""
        return frozenset(word for word, entries in self.by_verb.items()
                         if entries and all(e.code != NO_EVENT and e.code[:2] in roots for e in entries))

    def coding_verbs(self, weak: frozenset[str] = frozenset()) -> set[str]:
        """Verb lemmas that can code an event: by default (unless `weak`) or with a pattern."""
        found = set()
        for word, entries in self.by_verb.items():
            for entry in entries:
                if (entry.code != NO_EVENT and word not in weak) or any(
                        p.code != NO_EVENT for p in self.blocks[entry.block].patterns):
                    found.add(word)
        return found


def _shifted_particles(verb: Token) -> set[str]:
    """The particles of a phrasal verb that stand after its object ("kicked the ambassador out",
    "called the ceasefire off", "pulled its troops out of Syria"): English lets a particle follow
    the object, so the dictionary's "kick out" is the verb with that particle wherever it stands.
    A particle is what the parse marks one, or a bare adverb opening "of" ("out of the country")."""
    return {c.lower_ for c in verb.children if c.i > verb.i + 1 and (
        c.dep_ == "prt" or (c.dep_ in {"prep", "advmod"} and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)))}


def _context(verb: Token) -> list[set[str]]:
    """The words of the verb's own phrase after it (objects, particles, prepositional phrases,
    the verb of a control complement), each as its lower-case form and lemma. What the complement's
    verb acts on is its own: "managed to win the highest office in the land" holds no "land" of
    "manage", "tried to force us to accept gun control" no "gun" of "force".

    Only the words in the pattern window are read, each by its path up to the verb (not the verb's
    whole subtree, the sentence for a main verb), in the order `verb.subtree` lists them."""
    if _describes_a_noun(verb):
        return []  # the verb's own clause describes a noun: none of its words are read
    doc = verb.doc
    placed = []
    for token in doc[verb.i + 1 : min(len(doc), verb.i + PATTERN_WINDOW + 1)]:
        if not token.is_punct:
            place = _place_in_phrase(verb, token)
            if place is not None:
                placed.append((place, token))
    placed.sort(key=lambda found: found[0])
    return [{t.lower_, t.lemma_.lower()} for _, t in placed]


def _place_in_phrase(verb: Token, token: Token) -> list[tuple[int, int]] | None:
    """Where a word stands in the verb's subtree, as a key ordering it as `verb.subtree` does (at
    each step down: left children, the word, right children); None when it is not in the subtree,
    or lies in a clause of its own, in a clause describing a noun, or in what a control
    complement's verb acts on (the complement keeps its auxiliaries and particles)."""
    steps = []  # from the token up: (0 left of its head or 2 right of it, its index)
    node = token
    while True:
        head = node.head
        if head.i == node.i or _describes_a_noun(node):
            return None  # the root reached without the verb, or a noun's own clause
        steps.append((0 if node.i < head.i else 2, node.i))
        if head.i == verb.i:
            break
        node = head
    if node.dep_ in OWN_CLAUSES:
        return None
    if node.dep_ == "xcomp" and node.pos_ in {"VERB", "AUX"} and not (
            len(steps) == 1 or (len(steps) == 2 and token.dep_ in {"aux", "prt", "neg"})):
        return None
    steps.reverse()
    steps.append((1, 0))
    return steps


def _describes_a_noun(token: Token) -> bool:
    """A relative clause or a participle on a noun of the verb's phrase ("attacked by militiamen
    armed with machetes", "shot down a helicopter carrying monitors"): the noun's own clause, whose
    words are not the verb's (in the active, "militiamen armed with machetes attacked" puts them
    before the verb, where no pattern looks). A to-infinitive ("a plan to strike") stays."""
    return token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"})


def _matches(words: tuple[tuple[str, ...], ...], context: list[set[str]]) -> bool:
    position = 0
    for alternatives in words:
        found = False
        while position < len(context):
            hit = _element_at(alternatives, context, position)
            if hit is not None:
                position = hit
                found = True
                break
            position += 1
        if not found:
            return False
    return True


def _element_at(alternatives: tuple[str, ...], context: list[set[str]], position: int) -> int | None:
    for alternative in alternatives:
        parts = alternative.split("_")
        if all(position + k < len(context) and part in context[position + k] for k, part in enumerate(parts)):
            return position + len(parts)
    return None


@cache
def cameo_verbs() -> CameoVerbs:
    """The packaged dictionary, read once per process."""
    text = resources.files("newsevents.events").joinpath("data/cameo_verbs.tsv").read_text(encoding="utf-8")
    return without_patterns(read_compiled(text), WEAK_DICTIONARY_PATTERNS)


def without_patterns(verbs: CameoVerbs, weak: frozenset[tuple[str, str, str]]) -> CameoVerbs:
    """The dictionary less the patterns measured as untrustworthy: (block, word, code) drops each
    pattern of that block with that code one of whose elements offers that word
    (`lang/en/data/weak_dictionary_patterns.txt`)."""
    for block, word, code in weak:
        if block in verbs.blocks:
            patterns = verbs.blocks[block].patterns
            patterns[:] = [p for p in patterns if not (p.code == code and any(word in element for element in p.words))]
    return verbs


def read_compiled(text: str) -> CameoVerbs:
    verbs = CameoVerbs()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, block, rest, code, *written_for = line.split("\t")
        if kind == "block":
            verbs.blocks[block] = Block(block, code)
        elif kind == "verb":
            words, _, index = rest.partition("@")
            entry = Entry(tuple(words.split()), int(index or 0), code, block)
            verbs.by_verb.setdefault(entry.words[entry.verb_index], []).append(entry)
        elif kind == "pattern":
            only = frozenset(v for v in written_for[0].split("|") if v) if written_for else frozenset()
            verbs.blocks[block].patterns.append(Pattern(tuple(tuple(e.split("|")) for e in rest.split()), code, only))
    return verbs


# --- compiling CAMEO.2.0.txt -------------------------------------------------------------------
HEADER = """# CAMEO verb dictionary for newsevents, compiled by `python -m newsevents.events.verbs` from
# CAMEO.2.0.txt of PETRARCH2 (github.com/openeventdata/petrarch2, commit 676801cd9cb2,
# petrarch2/data/dictionaries/CAMEO.2.0.txt, last update 30 April 2015).
# Licence: MIT. Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted, free
# of charge, to any person obtaining a copy of this software and associated documentation files
# (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions: The above copyright notice and this permission notice shall be included
# in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
# Columns (tab-separated): kind (block|verb|pattern), block, words, code[, verbs].
#   verb: the verb's words, '@' the index of the verb word; code: its own, else the block's.
#   pattern: words to find after the verb, in order; 'a|b' alternatives, 'a_b' adjacent words;
#   verbs: the block's verbs it was written for ('a|b', as the file's comment after the pattern
#   names them; none when it names none of them, or all). A record: the pattern is applied to
#   every verb of its block, as PETRARCH2 applies it.
#   code '---': no event. Left out: patterns with words before the verb, and patterns of
#   prepositions alone.
"""


def compile_dictionary(path: str | Path) -> str:
    dictionary = read_verbs(path)
    comments = _pattern_comments(path)
    if [len(c) for c in comments] != [len(b.patterns) for b in dictionary.blocks]:
        raise ValueError(f"{path}: the pattern comments read do not line up with the patterns")

    def alternatives(element, depth: int = 0) -> list[str] | None:
        if element.kind == "word":
            return [element.value]
        if element.kind == "synset" and depth < 2:
            members = []
            for member in dictionary.synsets.get(element.value, []):
                if all(e.kind == "word" for e in member):
                    members.append("_".join(e.value for e in member))
            return members[:MAX_ALTERNATIVES] or None
        return None

    def usable(code: str | None) -> str | None:
        return code if code == NO_EVENT or valid_code(code) else None

    lines = [HEADER.rstrip("\n")]
    for block, block_comments in zip(dictionary.blocks, comments, strict=True):
        name = block.name.replace("\t", " ")
        lines.append(f"block\t{name}\t\t{usable(block.code) or NO_EVENT}")
        for entry in block.entries:
            code = usable(entry.code) or usable(block.code) or NO_EVENT
            lines.append(f"verb\t{name}\t{' '.join(entry.words)}@{entry.verb_index}\t{code}")
        for pattern, comment in zip(block.patterns, block_comments, strict=True):
            pattern_code = usable(pattern.code)
            if pattern_code is None or pattern.before:
                continue
            words: list[str] = []
            for element in pattern.after:
                if element.kind in {"target", "source", "compound", "skip"}:
                    continue
                members = alternatives(element)
                if members is None:
                    words = []
                    break
                words.append("|".join(m.lower() for m in members))
            if words and not all(set(w.split("|")) <= FUNCTION_WORDS for w in words):
                only = _written_for(comment, block)
                lines.append(f"pattern\t{name}\t{' '.join(words)}\t{pattern_code}" + (f"\t{'|'.join(only)}" if only else ""))
    return "\n".join(lines) + "\n"


def _pattern_comments(path: str | Path) -> list[list[str]]:
    """Per verb block of the file, the comment after each of its patterns ("DISARM", "WIPE_OUT ,
    WIPED_OUT", ""), read line by line as `read_verbs` reads the blocks and patterns."""
    blocks: list[list[str]] = []
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        text, _, comment = raw.partition("#")
        stripped = text.strip()
        if re.match(r"^---\s*([^\[]+)", stripped):
            blocks.append([])
        elif blocks and stripped.startswith("-") and parse_pattern(stripped) is not None:
            blocks[-1].append(comment.strip())
    return blocks


def _written_for(comment: str, block: VerbBlock) -> list[str]:
    """The block's verbs a pattern's comment names, a form of the verb word standing for its entry
    ("WIPED_OUT" is "wipe out"); none when it names none of them or every one."""
    named = [words_of(name) for name in comment.split(",")]
    found = {" ".join(entry.words) for entry in block.entries
             if any(len(words) == len(entry.words) and all(
                 word == own or (i == entry.verb_index and word in entry.forms)
                 for i, (word, own) in enumerate(zip(words, entry.words, strict=True))) for words in named)}
    return [] if found >= {" ".join(entry.words) for entry in block.entries} else sorted(found)


if __name__ == "__main__":
    sys.stdout.write(compile_dictionary(sys.argv[1]))
