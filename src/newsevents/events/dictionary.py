"""Events from a PETRARCH verb dictionary, matched over spaCy's parse instead of a Treebank tree.

A verb word of a `--- VERB [code] ---` block gives the block's code; its patterns
(`- * WITH + [043]`, `- % HAVE * [191]`) are matched against the words around the verb: words
before `*` to its left, words after it to its right (a `_` join means adjacent, a space lets
other words come between); `+`, `$`, `%` and `^` take a noun phrase as target, source,
compound or nothing. The most specific matching pattern wins. Sources and targets not fixed by
a pattern come from the dependency parse: subject (through control and coordination), passive
agent, object, then the first actor to the right of the verb outside other coded clauses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsevents.grammar import RELATIVE_SUBJECTS, own_subject
from newsevents.model import Actor, Mention
from newsevents.petrarch.dictionaries import (
    Discards,
    PatternElement,
    VerbBlock,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
    valid_code,
)
from newsevents.petrarch.matching import combine_codes, dictionary_actor, norm

NULL_CODE = "---"
OWNER_PREPOSITIONS = {"of", "in", "from"}  # "officials in Arnor", "the government of Gondor"
SUBJECT_CLIMB = {"xcomp", "ccomp", "pcomp", "prep", "advcl", "conj", "acomp", "dep", "oprd", "aux"}
SLOTS = {"target", "source", "compound", "skip"}


@dataclass
class CodedEvent:
    verb: Token
    source: Actor | None
    target: Actor | None
    code: str


@dataclass
class _Match:
    code: str
    reciprocal: str | None
    target: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    compound_before: tuple[int, int] | None = None
    compound_after: tuple[int, int] | None = None


@dataclass
class _Sentence:
    """One sentence's tokens as the matcher sees them."""

    span: Span
    mention_at: Callable[[Token], Mention | None]
    words: list[str] = field(default_factory=list)
    phrases: dict[int, tuple[int, int]] = field(default_factory=dict)  # token → its noun phrase

    def __post_init__(self) -> None:
        doc = self.span.doc
        self.words = [norm(t.text) for t in doc]
        for chunk in self.span.noun_chunks:
            for i in range(chunk.start, chunk.end):
                self.phrases[i] = (chunk.start, chunk.end)
        for token in self.span:
            mention = self.mention_at(token)
            if mention is None:
                continue
            start = end = token.i
            while start - 1 >= self.span.start and self.mention_at(doc[start - 1]) is mention:
                start -= 1
            while end + 1 < self.span.end and self.mention_at(doc[end + 1]) is mention:
                end += 1
            known = self.phrases.get(token.i, (start, end + 1))
            self.phrases[token.i] = (min(start, known[0]), max(end + 1, known[1]))
        for token in self.span:
            if token.i not in self.phrases and token.pos_ in {"NOUN", "PROPN", "PRON"}:
                self.phrases[token.i] = (token.i, token.i + 1)

    def last_token(self, mention: Mention) -> int:
        return max((t.i for t in self.span if self.mention_at(t) is mention), default=-1)

    def first_token(self, mention: Mention) -> int:
        return next((t.i for t in self.span if self.mention_at(t) is mention), -1)

    def has_actor(self, start: int, end: int) -> bool:
        return any(self.mention_at(self.span.doc[i]) is not None for i in range(start, end))


class VerbCoder:
    """Code the events of one sentence with a verb dictionary (and optional discards)."""

    def __init__(self, verbs: VerbDictionary, discards: Discards | None = None, require_dyad: bool = True) -> None:
        self.verbs = verbs
        self.discards = discards
        self.require_dyad = require_dyad

    # --- discards -------------------------------------------------------------------------
    def discarded(self, text: str, story: bool) -> bool:
        if self.discards is None:
            return False
        words = f" {' '.join(norm(text).replace(',', ' ').replace('.', ' ').split())} "
        phrases = self.discards.story if story else self.discards.sentence
        return any(f" {' '.join(p)} " in words for p in phrases)

    # --- the sentence ---------------------------------------------------------------------
    def __call__(self, span: Span, mention_at: Callable[[Token], Mention | None]) -> list[CodedEvent]:
        if self.discarded(span.text, story=False):
            return []
        sentence = _Sentence(span, mention_at)
        found = [hit for hit in (self._verb_at(token, sentence) for token in span) if hit is not None]
        found.sort(key=lambda hit: -len(list(hit[0].ancestors)))  # inner clauses first
        coded: list[Token] = []
        events: list[CodedEvent] = []
        seen: set[tuple[str, str, str]] = set()
        for verb, extent, match in found:
            if match.code == NULL_CODE or not valid_code(match.code):
                continue
            produced = self._events(verb, extent, match, sentence, coded)
            if produced:
                coded.append(verb)
            for event in produced:
                key = (_code(event.source), _code(event.target), event.code)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        return events

    # --- verbs and patterns ---------------------------------------------------------------
    def _verb_at(self, token: Token, sentence: _Sentence) -> tuple[Token, tuple[int, int], _Match] | None:
        if not token.tag_.startswith("VB"):
            return None
        words = sentence.words
        best: list[tuple[VerbEntry, VerbBlock, tuple[int, int]]] = []
        for entry, block in self.verbs.candidates(words[token.i]):
            start = token.i - entry.verb_index
            end = start + len(entry.words)
            if start < sentence.span.start or end > sentence.span.end:
                continue
            if tuple(words[start:end]) != entry.words[: entry.verb_index] + (words[token.i],) + entry.words[entry.verb_index + 1 :]:
                continue
            if best and len(entry.words) < len(best[0][0].words):
                continue
            if best and len(entry.words) > len(best[0][0].words):
                best = []
            best.append((entry, block, (start, end)))
        if not best:
            return None
        extent = best[0][2]
        patterns = [p for _, block, _ in best for p in block.patterns]
        match = self._best_pattern(patterns, extent, token, sentence)
        if match is None:
            entry, block, _ = best[0]
            code = entry.code or block.code
            reciprocal = entry.reciprocal if entry.code else block.reciprocal
            if code is None or (not valid_code(code) and code != NULL_CODE):
                return None
            match = _Match(code, reciprocal)
        return token, extent, match

    def _best_pattern(self, patterns: list[VerbPattern], extent: tuple[int, int], verb: Token, sentence: _Sentence) -> _Match | None:
        best: tuple[int, int, _Match] | None = None
        for order, pattern in enumerate(patterns):
            if pattern.code != NULL_CODE and not valid_code(pattern.code):
                continue  # '+++', '###', 'xxy': codes the file marks as errors
            binding = self._match(pattern, extent, verb, sentence)
            if binding is None:
                continue
            rank = (pattern.specificity, -order)
            if best is None or rank > best[:2]:
                best = (*rank, binding)
        return best[2] if best else None

    def _match(self, pattern: VerbPattern, extent: tuple[int, int], verb: Token, sentence: _Sentence) -> _Match | None:
        match = _Match(pattern.code, pattern.reciprocal)
        verb_element = PatternElement("verb", joined=pattern.verb_joined)
        limit = max(verb.right_edge.i + 1, extent[1])
        after = _match_after(pattern.after, 0, extent[1], min(limit, sentence.span.end), sentence, self.verbs, {})
        if after is None:
            return None
        before = _match_before(list(reversed(pattern.before)), 0, extent[0], sentence.span.start, sentence,
                               self.verbs, verb_element, dict(after))
        if before is None:
            return None
        for (kind, side), value in before.items():
            if kind == "target":
                match.target = value
            elif kind == "source":
                match.source = value
            elif kind == "compound":
                if side == "before":
                    match.compound_before = value
                else:
                    match.compound_after = value
        return match

    # --- sources and targets --------------------------------------------------------------
    def _events(self, verb: Token, extent: tuple[int, int], match: _Match, sentence: _Sentence, coded: list[Token]) -> list[CodedEvent]:
        doc = sentence.span.doc
        if match.source is not None:
            sources = self.np_actors(doc[match.source[1] - 1], sentence)
        elif match.compound_before is not None:
            sources = self.np_actors(doc[match.compound_before[1] - 1], sentence)
        else:
            sources = self._subject_actors(verb, sentence, avoid=match.target)
        if match.target is not None:
            targets = self.np_actors(_phrase_root(doc[match.target[0]: match.target[1]]), sentence)
        elif match.compound_after is not None:
            targets = self.np_actors(_phrase_root(doc[match.compound_after[0]: match.compound_after[1]]), sentence)
        else:
            targets = self._object_actors(verb, extent, sentence, coded, sources)
        pairs: list[tuple[Actor | None, Actor | None]] = []
        mutual = match.compound_before is not None or (not targets and len(sources) > 1 and match.reciprocal)
        if mutual and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            either_sources: list[Actor | None] = [*sources] or [None]
            either_targets: list[Actor | None] = [*targets] or [None]
            pairs = [(s, t) for s in either_sources for t in either_targets]
        events: list[CodedEvent] = []
        for source, target in pairs:
            if self.require_dyad and (source is None or target is None):
                continue
            if source is None and target is None:
                continue
            if source is not None and target is not None and source.code == target.code:
                continue
            events.append(CodedEvent(verb, source, target, match.code))
            if match.reciprocal and valid_code(match.reciprocal) and not mutual and source is not None and target is not None:
                events.append(CodedEvent(verb, target, source, match.reciprocal))
        return events

    def _subject_actors(self, verb: Token, sentence: _Sentence, avoid: tuple[int, int] | None = None) -> list[Actor]:
        """The verb's subject, or its passive agent, or — through control, coordination and
        complements — the subject of the clause above it. A subject that a pattern took as the
        target, or a pronoun that names no actor ("Ethiopia indicated it would act"), passes
        the question to the clause above."""
        token: Token | None = verb
        for _ in range(6):
            if token is None:
                break
            children = list(token.children)
            agent = next((c for c in children if c.dep_ == "agent"), None)
            if agent is not None:
                objects = [g for g in agent.children if g.dep_ == "pobj"]
                if objects:
                    return self.np_actors(objects[0], sentence)
            subject = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
            for auxiliary in (c for c in children if subject is None and c.dep_ in {"aux", "auxpass"}):
                # "The Philippines was heavily criticized": the parse hangs the subject on "was"
                subject = own_subject(auxiliary)
            if subject is None and token.pos_ == "VERB":
                # "Ethiopia act on …" parsed as a compound: a name just before the verb is its subject
                subject = next((c for c in children if c.i < token.i and c.dep_ in {"compound", "nmod", "npadvmod", "dep"}
                                and sentence.mention_at(c) is not None), None)
            if subject is not None:
                if subject.lower_ in RELATIVE_SUBJECTS and token.dep_ == "relcl":
                    return self.np_actors(token.head, sentence)
                taken = avoid is not None and avoid[0] <= subject.i < avoid[1]
                found = [] if taken else self.np_actors(subject, sentence)
                if found or not (taken or subject.pos_ == "PRON"):
                    return found
            if token.dep_ == "relcl" or token.dep_ == "acl":
                return self.np_actors(token.head, sentence)
            if token.dep_ not in SUBJECT_CLIMB or token.head.i == token.i:
                break
            token = token.head
        return []

    def _object_actors(self, verb: Token, extent: tuple[int, int], sentence: _Sentence, coded: list[Token], sources: list[Actor]) -> list[Actor]:
        children = list(verb.children)
        if any(c.dep_ == "agent" for c in children):  # "Eriador was opposed by Osgiliath"
            for child in children:
                if child.dep_ == "nsubjpass":
                    found = self.np_actors(child, sentence)
                    if found:
                        return found
        for child in verb.children:
            if child.dep_ in {"dobj", "dative"}:
                found = self.np_actors(child, sentence)
                if found:
                    return found
        blocked: set[int] = set()
        for other in coded:
            if other is not verb:
                blocked.update(t.i for t in other.subtree)
        for child in verb.children:
            own_clause = any(g.dep_ in {"mark", "nsubj", "nsubjpass", "advmod"} and g.i < child.i for g in child.children)
            if child.dep_ in {"conj", "parataxis"} or (child.dep_ == "advcl" and child.i > verb.i and own_clause):
                blocked.update(t.i for t in child.subtree)
            if child.dep_ in {"nsubj", "nsubjpass", "agent"}:
                blocked.update(t.i for t in child.subtree)
        source_codes = {a.code for a in sources}
        for token in verb.subtree:
            if token.i < extent[1] or token.i in blocked:
                continue
            if sentence.mention_at(token) is None:
                continue
            found = [a for a in self.np_actors(_phrase_root(token.doc[token.i: token.i + 1]), sentence)]
            found = [a for a in found if a.code not in source_codes] or found
            if found:
                return found
        return []

    # --- noun phrases ---------------------------------------------------------------------
    def np_actors(self, token: Token, sentence: _Sentence) -> list[Actor]:
        """The actors a noun phrase names: its own and its coordinated, apposed and modifying
        names ("Gondor and Arnor", "Ithilen's militia"); agent nouns take the country that owns
        them ("officials in Arnor and Gondor", "the government of Gondor") or that of a name
        coordinated with them ("Danish media and government"), else none ('---GOV')."""
        token = _noun_phrase_head(token)
        members = _members(token)
        direct: list[Mention] = []
        for member in members:
            mention = sentence.mention_at(member)
            if mention is not None and mention not in direct:
                direct.append(mention)
        owners: list[tuple[int, Actor, str]] = []  # (where the owning phrase starts, actor, preposition)
        for member in members:
            for child in member.children:
                if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
                    for obj in (g for g in child.children if g.dep_ == "pobj"):
                        for owner in self.np_actors(obj, sentence):
                            owners.append((child.i, owner, child.lower_))
        # "Ithilen's minister Calimehtar": a name right after another is the same actor
        direct = [m for k, m in enumerate(direct) if k == 0 or sentence.first_token(m) != sentence.last_token(direct[k - 1]) + 1]
        agents = [m for m in direct if _is_agent(m.actor)]
        names: list[Mention | _Owned] = [m for m in direct if not _is_agent(m.actor)]
        if agents and owners:
            # a name coordinated after the owner's preposition is an owner the parse misplaced
            first_owner = min(i for i, _, _ in owners)
            misplaced = [m for m in names if isinstance(m, Mention) and sentence.first_token(m) > first_owner]
            owners.extend((first_owner, m.actor, "") for m in misplaced)
            names = [m for m in names if m not in misplaced]
        for member in members:  # "Ithilen's sheep and goats of Gondor"
            if member.dep_ == "conj" and member.pos_ in {"NOUN", "PROPN"} and sentence.mention_at(member) is None:
                owned = [a for i, a, word in owners if word == "of" and any(c.i == i for c in member.children)]
                names.extend(_Owned(a) for a in owned if not _is_agent(a))
        codes = [m.actor.code for m in names]
        result: list[Actor] = [m.actor for m in names if not any(c != m.actor.code and c.startswith(m.actor.code) for c in codes)]
        if not direct and token.pos_ in {"NOUN", "PROPN"}:  # "the population of Gondor"
            result = [actor for _, actor, word in owners if word == "of" and not _is_agent(actor)]
        for mention in agents:
            agent = mention.actor
            bases = [a.code for _, a, _ in owners if not _is_agent(a)] or ([names[0].actor.code[:3]] if names else [])
            if not bases:
                result.append(dictionary_actor(NULL_CODE + agent.code, agent.name))
            for base in bases:
                result.append(dictionary_actor(combine_codes(base, agent.role) if agent.role else base, agent.name))
        unique: dict[str, Actor] = {}
        for actor in result:
            for code in actor.code.split("/"):
                unique.setdefault(code, actor if "/" not in actor.code else dictionary_actor(code, actor.name))
        return list(unique.values())


COORDINATION_DEPS = {"conj", "appos", "compound", "amod", "nmod", "poss", "det", "cc", "punct", "nummod", "case"}


def _noun_phrase_head(token: Token) -> Token:
    """From a word inside a noun phrase up to the phrase's head ("Fornost" in "Fornost and Gondor")."""
    for _ in range(6):
        if token.dep_ in {"compound", "amod", "nmod", "poss", "conj"} and token.head.i != token.i:
            token = token.head
        else:
            break
    return token


def _members(head: Token) -> list[Token]:
    """The words of a noun phrase reached through coordination and modifiers, not through
    prepositions or clauses."""
    members, stack = [], [head]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ in COORDINATION_DEPS)
    return sorted(members, key=lambda t: t.i)


@dataclass
class _Owned:
    """An owner standing in for a mention ("goats of Gondor" names Gondor)."""

    actor: Actor


def _is_agent(actor: Actor) -> bool:
    """An agent noun with no country of its own ("officials"): see `DictionaryActors`."""
    return actor.country is None


def _code(actor: Actor | None) -> str:
    return actor.code if actor is not None else NULL_CODE


def _phrase_root(span: Span) -> Token:
    return span.root




# --- matching pattern elements against words --------------------------------------------------
def _member_end(member: tuple[PatternElement, ...], start: int, limit: int, sentence: _Sentence, verbs: VerbDictionary, depth: int = 0) -> int | None:
    """Where a synset member (a short phrase, its words adjacent) ends when it starts at `start`."""
    position = start
    for element in member:
        if position >= limit:
            return None
        if element.kind == "word":
            if sentence.words[position] != element.value:
                return None
            position += 1
        elif element.kind == "synset" and depth < 3:
            ends = [e for m in verbs.synsets.get(element.value, []) if (e := _member_end(m, position, limit, sentence, verbs, depth + 1)) is not None]
            if not ends:
                return None
            position = max(ends)
        else:
            return None
    return position


def _member_start(member: tuple[PatternElement, ...], end: int, floor: int, sentence: _Sentence, verbs: VerbDictionary) -> int | None:
    """Where a synset member starts when it ends (exclusive) at `end`."""
    for start in range(end - 1, floor - 1, -1):
        if _member_end(member, start, end, sentence, verbs) == end:
            return start
    return None


def _match_after(elements, k: int, position: int, limit: int, sentence: _Sentence, verbs: VerbDictionary, binding: dict) -> dict | None:
    if k == len(elements):
        return binding
    element = elements[k]
    starts: Iterable[int] = [position] if element.joined else range(position, limit)
    for start in starts:
        if start >= limit:
            break
        for end, bound in _element_at(element, start, limit, sentence, verbs):
            new = dict(binding)
            if bound is not None:
                new[(element.kind, "after")] = bound
            result = _match_after(elements, k + 1, end, limit, sentence, verbs, new)
            if result is not None:
                return result
    return None


def _element_at(element: PatternElement, start: int, limit: int, sentence: _Sentence, verbs: VerbDictionary) -> Iterator[tuple[int, tuple[int, int] | None]]:
    if element.kind == "word":
        if sentence.words[start] == element.value:
            yield start + 1, None
    elif element.kind == "synset":
        for member in verbs.synsets.get(element.value, []):
            end = _member_end(member, start, limit, sentence, verbs)
            if end is not None:
                yield end, None
    elif element.kind in SLOTS:
        phrase = sentence.phrases.get(start)
        if phrase and phrase[0] <= start and phrase[1] <= limit:
            if element.kind == "skip" or sentence.has_actor(*phrase):
                yield phrase[1], phrase


def _match_before(elements_reversed, k: int, end: int, floor: int, sentence: _Sentence, verbs: VerbDictionary, verb: PatternElement, binding: dict) -> dict | None:
    if k == len(elements_reversed):
        return binding
    element = elements_reversed[k]
    right = verb if k == 0 else elements_reversed[k - 1]
    ends = [end] if right.joined else range(end, floor, -1)
    for finish in ends:
        if finish <= floor:
            break
        for start, bound in _element_ending(element, finish, floor, sentence, verbs):
            new = dict(binding)
            if bound is not None:
                new[(element.kind, "before")] = bound
            result = _match_before(elements_reversed, k + 1, start, floor, sentence, verbs, verb, new)
            if result is not None:
                return result
    return None


def _element_ending(element: PatternElement, end: int, floor: int, sentence: _Sentence, verbs: VerbDictionary) -> Iterator[tuple[int, tuple[int, int] | None]]:
    if element.kind == "word":
        if sentence.words[end - 1] == element.value:
            yield end - 1, None
    elif element.kind == "synset":
        for member in verbs.synsets.get(element.value, []):
            start = _member_start(member, end, floor, sentence, verbs)
            if start is not None:
                yield start, None
    elif element.kind in SLOTS:
        phrase = sentence.phrases.get(end - 1)
        if phrase and phrase[1] >= end:
            phrase = (max(phrase[0], floor), end)
            if element.kind == "skip" or sentence.has_actor(*phrase):
                yield phrase[0], phrase
