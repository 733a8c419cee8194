"""Readers for the PETRARCH/TABARI dictionary formats: actors, agents, verbs and discards.

Names are upper-case words joined by `_` or spaces; `#` and `<!-- -->` are comments. Actors carry
CAMEO codes with date ranges (`[ISRGOV >090401]`, `[HOB < 950601]`, `[X 19950601-19990815]`),
agents a role code with `~` marking where the country goes (`[~GOV]` after it, `[NGO~]` before it),
verbs `--- MEET [031:031] ---` blocks of verb words and patterns (`- * WITH + [043]`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

Words = tuple[str, ...]


# --- shared helpers -------------------------------------------------------------------------
def _lines(source: str | Path | Iterable[str]) -> Iterator[str]:
    """Lines without comments (`#`, `<!-- ... -->`, possibly spanning lines); blank lines kept as ''."""
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and Path(source).is_file()):
        text = Path(source).read_text(encoding="utf-8", errors="replace")
    elif isinstance(source, str):
        text = source
    else:
        text = "\n".join(source)
    in_comment = False
    for raw in text.splitlines():
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line.split("-->", 1)[1]
            else:
                continue
        while True:  # inline and opening XML-style comments ("<!--", also "<! --")
            match = re.search(r"<!\s*--", line)
            if not match:
                break
            rest = line[match.end():]
            if "-->" in rest:
                line = line[: match.start()] + rest.split("-->", 1)[1]
            else:
                line = line[: match.start()]
                in_comment = True
                break
        line = line.split("#", 1)[0]
        yield line.rstrip()


def words_of(phrase: str) -> Words:
    """'PRIME_MINISTER ' → ('prime', 'minister'): lower-case words, `_` and spaces alike."""
    return tuple(w for w in re.split(r"[_\s]+", phrase.strip().lower()) if w)


def parse_day(text: str) -> date:
    """yymmdd or yyyymmdd (two-digit years up to 30 are 20xx, as in the Phoenix files)."""
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"not a yymmdd or yyyymmdd date: {text!r}")


# --- actors ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DatedCode:
    """An actor code valid from `start` (inclusive) until `end` (inclusive); None: open."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass
class ActorEntry:
    """One actor: its names (the first is the canonical one) and its codes over time."""

    names: list[Words]
    codes: list[DatedCode] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.names[0]).title() if self.names else ""

    def code_on(self, day: date | None) -> str | None:
        """The code valid on `day`: the first dated code that covers it (file order), else the
        undated default; with no day, the default or else the latest dated code."""
        if day is not None:
            for code in self.codes:
                if code.dated and code.valid_on(day):
                    return code.code
        for code in self.codes:
            if not code.dated:
                return code.code
        if day is None and self.codes:
            return max(self.codes, key=lambda c: c.start or date.min).code
        return None


_CODE = re.compile(r"\[([^\]]*)\]")


def parse_dated_code(body: str) -> DatedCode | None:
    """'HOBGOV 19950601 - 19990815', 'HOB < 950601', 'HOBREB > 990816', 'ZBW' → DatedCode."""
    body = body.strip()
    match = re.match(r"^([^\s<>\d]\S*)?\s*(.*)$", body)
    if not match or not match.group(1):
        return None  # "[950601-990815]": a range without a code is an error in the file
    code, rest = match.group(1).upper(), match.group(2).strip()
    if not rest:
        return DatedCode(code)
    try:
        if rest.startswith("<"):
            return DatedCode(code, None, _day_before(parse_day(rest[1:])))
        if rest.startswith(">"):
            return DatedCode(code, parse_day(rest[1:]), None)
        start, end = (part.strip() for part in rest.split("-", 1))
        return DatedCode(code, parse_day(start), parse_day(end))
    except ValueError:
        return None


def _day_before(day: date) -> date:
    return date.fromordinal(day.toordinal() - 1)


@dataclass
class ActorDictionary:
    entries: list[ActorEntry] = field(default_factory=list)
    _index: dict[Words, ActorEntry] = field(default_factory=dict, repr=False)

    def add(self, entry: ActorEntry) -> None:
        self.entries.append(entry)
        for name in entry.names:
            self._index.setdefault(name, entry)

    def lookup(self, name: str | Words) -> ActorEntry | None:
        return self._index.get(words_of(name) if isinstance(name, str) else name)

    def names(self) -> Iterator[tuple[Words, ActorEntry]]:
        return iter(self._index.items())

    def __len__(self) -> int:
        return len(self.entries)


def read_actors(source: str | Path | Iterable[str]) -> ActorDictionary:
    """Read a PETRARCH actor dictionary (`NAME [CODE]`, `+SYNONYM`, indented `[CODE dates]`)."""
    dictionary = ActorDictionary()
    entry: ActorEntry | None = None

    def close() -> None:
        nonlocal entry
        if entry is not None and entry.names:
            dictionary.add(entry)
        entry = None

    for line in _lines(source):
        stripped = line.strip()
        if not stripped:
            continue
        codes = [c for c in (parse_dated_code(body) for body in _CODE.findall(stripped)) if c]
        name_part = _CODE.split(stripped)[0].strip() if "[" in stripped else stripped
        if line[0].isspace() and not name_part:  # an indented code line of the current entry
            if entry is not None:
                entry.codes.extend(codes)
            continue
        if stripped.startswith("+"):  # a synonym of the current entry
            if entry is not None and words_of(name_part[1:]):
                entry.names.append(words_of(name_part[1:]))
                entry.codes.extend(codes)
            continue
        if stripped.startswith("["):  # codes written flush left after the name
            if entry is not None:
                entry.codes.extend(codes)
            continue
        close()
        if words_of(name_part):
            entry = ActorEntry([words_of(name_part)], codes)
    close()
    return dictionary


# --- agents ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgentEntry:
    """An agent noun: its forms (singular and plurals) and its role code. `prefix` agents go
    before the country code (`[NGO~]`: MSF Arnor → NGOARN), others after (`[~GOV]` → ARNGOV)."""

    forms: tuple[Words, ...]
    code: str
    prefix: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.forms[0])


def plural_of(word: str) -> str:
    """PETRARCH's regular plural of a noun's last word."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


@dataclass
class AgentDictionary:
    entries: list[AgentEntry] = field(default_factory=list)
    _index: dict[Words, AgentEntry] = field(default_factory=dict, repr=False)

    def add(self, entry: AgentEntry) -> None:
        self.entries.append(entry)
        for form in entry.forms:
            self._index.setdefault(form, entry)

    def lookup(self, name: str | Words) -> AgentEntry | None:
        return self._index.get(words_of(name) if isinstance(name, str) else name)

    def names(self) -> Iterator[tuple[Words, AgentEntry]]:
        return iter(self._index.items())

    def __len__(self) -> int:
        return len(self.entries)


def read_agents(source: str | Path | Iterable[str]) -> AgentDictionary:
    """Read a PETRARCH agent dictionary: `NOUN_ {PLURALS} [~CODE]`, `!SET! = A, B` substitutions
    (`CONGRESS!PERSON!`), `{}` for no generated plural."""
    dictionary = AgentDictionary()
    substitutions: dict[str, list[str]] = {}
    for line in _lines(source):
        stripped = line.strip()
        if not stripped:
            continue
        definition = re.match(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", stripped, re.IGNORECASE)
        if definition:
            substitutions[definition.group(1).upper()] = [w.strip() for w in definition.group(2).split(",") if w.strip()]
            continue
        code_match = _CODE.search(stripped)
        if not code_match:
            continue
        raw_code = code_match.group(1).replace(" ", "").upper()
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.strip("~")
        if not code:
            continue
        head = stripped[: code_match.start()]
        plural_match = re.search(r"\{([^}]*)\}", head)
        name = re.sub(r"\{[^}]*\}", "", head).strip()
        explicit = plural_match.group(1).split() if plural_match else None
        for variant in _substitute(name, substitutions):
            singular = words_of(variant)
            if not singular:
                continue
            forms = [singular]
            if explicit is None:
                forms.append(singular[:-1] + (plural_of(singular[-1]),))
            else:
                forms.extend(words_of(p) for p in explicit if words_of(p))
            dictionary.add(AgentEntry(tuple(dict.fromkeys(forms)), code, prefix))
    return dictionary


def _substitute(name: str, substitutions: dict[str, list[str]]) -> list[str]:
    match = re.search(r"![A-Z0-9_]+!", name, re.IGNORECASE)
    if not match:
        return [name]
    options = substitutions.get(match.group(0).upper(), [])
    return [v for option in options for v in _substitute(name[: match.start()] + option + name[match.end():], substitutions)]


# --- verbs ----------------------------------------------------------------------------------
ElementKind = Literal["word", "verb", "target", "source", "skip", "compound", "synset"]


@dataclass(frozen=True)
class PatternElement:
    """One element of a verb pattern. `joined`: written with `_` to the element before it, so
    the two must be adjacent in the text (a space lets other words come between)."""

    kind: ElementKind
    value: str = ""
    joined: bool = False


@dataclass(frozen=True)
class VerbPattern:
    """`- SUGGESTED + * DEMAND_&GENINT_CONVENTIONS [161]`: elements before and after the verb."""

    before: tuple[PatternElement, ...]
    after: tuple[PatternElement, ...]
    code: str
    reciprocal: str | None = None  # `[032:033]`: the target's event back to the source
    line: int = 0
    verb_joined: bool = False  # "FAILED_TO_*": the verb right after the word before it

    @property
    def specificity(self) -> int:
        return sum(1 for e in (*self.before, *self.after) if e.kind not in {"verb"})


@dataclass(frozen=True)
class VerbEntry:
    """A verb word or phrase of a block: its forms and where the verb sits in the phrase."""

    words: Words  # e.g. ('wire', 'tap'), ('break', 'down')
    verb_index: int  # which word is the verb
    forms: frozenset[str]  # inflected forms of the verb word
    code: str | None  # its own code, else the block's
    reciprocal: str | None
    block: str


@dataclass
class VerbBlock:
    name: str
    code: str | None
    reciprocal: str | None
    entries: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    blocks: list[VerbBlock] = field(default_factory=list)
    synsets: dict[str, list[tuple[PatternElement, ...]]] = field(default_factory=dict)
    _forms: dict[str, list[tuple[VerbEntry, VerbBlock]]] = field(default_factory=dict, repr=False)

    def index(self) -> None:
        self._forms.clear()
        for block in self.blocks:
            for entry in block.entries:
                for form in entry.forms:
                    self._forms.setdefault(form, []).append((entry, block))

    def candidates(self, word: str) -> list[tuple[VerbEntry, VerbBlock]]:
        """The verb entries (with their blocks) that the inflected `word` can be."""
        return self._forms.get(word.lower(), [])

    def forms(self) -> set[str]:
        """Every inflected verb word the dictionary codes (for choosing sentences worth parsing)."""
        return set(self._forms)

    @property
    def patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)

    @property
    def verbs(self) -> int:
        return sum(len(b.entries) for b in self.blocks)

    def __len__(self) -> int:
        return len(self.blocks)


def valid_code(code: str | None) -> bool:
    """An event code: digits with an optional letter ('064', '1711', '174K'); '---' and the
    test files' '+++', '###', 'xxy', '025?' are not."""
    return bool(code) and bool(re.fullmatch(r"\d{2,4}[A-Za-z]?", code or ""))


def split_code(body: str) -> tuple[str | None, str | None]:
    """'032:033' → ('032', '033'); '031' → ('031', None); ':173' → (None, '173')."""
    body = body.strip()
    if ":" in body:
        first, second = (p.strip() for p in body.split(":", 1))
        return first or None, second or None
    return body or None, None


def verb_forms(verb: str) -> set[str]:
    """Regular forms of a verb, as PETRARCH generates them (plus doubled-consonant variants)."""
    forms = {verb}
    if re.search(r"[^aeiou]y$", verb):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        forms.add(verb + "es" if re.search(r"(s|x|z|ch|sh|o)$", verb) else verb + "s")
        if verb.endswith("e"):
            forms |= {verb + "d", verb[:-1] + "ing"}
        else:
            forms |= {verb + "ed", verb + "ing"}
            if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
                forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _verb_phrase(text: str) -> tuple[Words, int]:
    """'WIRE_+TAP' → (('wire', 'tap'), 1); 'LASH OUT' → (('lash', 'out'), 0)."""
    parts = [p for p in re.split(r"[_\s]+", text.strip()) if p]
    index = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    return tuple(p.lstrip("+").lower() for p in parts), index


def _parse_elements(text: str) -> list[PatternElement]:
    elements: list[PatternElement] = []
    for chunk in text.split():
        joined = False
        for i, piece in enumerate(chunk.split("_")):
            piece = piece.strip("(){}")
            if not piece:
                joined = True  # "IN_ *": a trailing underscore joins to what follows
                continue
            joined = joined or i > 0
            if piece == "*":
                element = PatternElement("verb", joined=joined)
            elif piece == "+":
                element = PatternElement("target", joined=joined)
            elif piece == "$":
                element = PatternElement("source", joined=joined)
            elif piece == "^":
                element = PatternElement("skip", joined=joined)
            elif piece == "%":
                element = PatternElement("compound", joined=joined)
            elif piece.startswith("&"):
                element = PatternElement("synset", piece[1:].upper(), joined)
            else:
                element = PatternElement("word", piece.lower(), joined)
            elements.append(element)
            joined = False
    return elements


def parse_pattern(text: str, line: int = 0) -> VerbPattern | None:
    """'- * WITH + [043]  # comment' → VerbPattern."""
    match = _CODE.search(text)
    if not match:
        return None
    code, reciprocal = split_code(match.group(1))
    elements = _parse_elements(text[: match.start()].lstrip("- \t"))
    verb_at = next((i for i, e in enumerate(elements) if e.kind == "verb"), None)
    if verb_at is None:
        return None
    return VerbPattern(tuple(elements[:verb_at]), tuple(elements[verb_at + 1 :]), code or "", reciprocal, line,
                       elements[verb_at].joined)


def _parse_synset_member(text: str) -> tuple[PatternElement, ...]:
    return tuple(_parse_elements(text))


def read_verbs(source: str | Path | Iterable[str]) -> VerbDictionary:
    """Read a PETRARCH verb dictionary: `&SYNSET` blocks of `+MEMBER` lines, then
    `--- VERB [code] ---` blocks of verb lines (`+` marks the verb in a phrase, `{...}` lists
    irregular forms, `[code]` a word's own code) and `- pattern [code]` lines."""
    dictionary = VerbDictionary()
    block: VerbBlock | None = None
    synset: str | None = None
    for number, line in enumerate(_lines(source), start=1):
        stripped = line.strip()
        if not stripped:
            synset = None
            continue
        header = re.match(r"^---\s*([^\[]+)(\[[^\]]*\])?.*$", stripped)
        if header:
            synset = None
            code, reciprocal = split_code(header.group(2)[1:-1]) if header.group(2) else (None, None)
            name = header.group(1).strip().rstrip("-").strip()
            block = VerbBlock(name, code, reciprocal)
            dictionary.blocks.append(block)
            continue
        if stripped.startswith("&"):
            synset = stripped.split()[0][1:].rstrip("_").upper()
            dictionary.synsets[synset] = []
            continue
        if synset is not None and stripped.startswith("+"):
            dictionary.synsets[synset].append(_parse_synset_member(stripped[1:]))
            continue
        if block is None:
            continue
        if stripped.startswith("-"):
            pattern = parse_pattern(stripped, number)
            if pattern is not None:
                block.patterns.append(pattern)
            continue
        _add_verb_line(block, stripped)
    dictionary.index()
    return dictionary


def _add_verb_line(block: VerbBlock, text: str) -> None:
    code = reciprocal = None
    match = _CODE.search(text)
    if match:
        code, reciprocal = split_code(match.group(1))
        text = text[: match.start()] + text[match.end():]
    irregular: list[str] = []
    braces = re.search(r"\{([^}]*)\}", text)
    if braces:
        irregular = braces.group(1).split()
        text = text[: braces.start()] + text[braces.end():]
    text = text.strip()
    if not text:
        return
    words, verb_index = _verb_phrase(text)
    if not words:
        return
    forms = verb_forms(words[verb_index])
    for form in irregular:
        form_words, form_index = _verb_phrase(form)
        if form_words:
            forms.add(form_words[min(form_index, len(form_words) - 1)] if "+" in form else form_words[min(verb_index, len(form_words) - 1)])
    block.entries.append(VerbEntry(words, verb_index, frozenset(forms), code, reciprocal, block.name))


# --- discards -------------------------------------------------------------------------------
@dataclass
class Discards:
    """Phrases whose sentence (or, with `+`, whose whole story) is not coded: sports, weather…"""

    sentence: list[Words] = field(default_factory=list)
    story: list[Words] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.sentence) + len(self.story)


def read_discards(source: str | Path | Iterable[str]) -> Discards:
    discards = Discards()
    for line in _lines(source):
        stripped = line.strip()
        if not stripped:
            continue
        story = stripped.startswith("+")
        words = words_of(stripped.lstrip("+"))
        if words:
            (discards.story if story else discards.sentence).append(words)
    return discards


@dataclass
class Dictionaries:
    """The PETRARCH-format knowledge a user loads for a run (`ingest --actors/--agents/--verbs`)."""

    actors: ActorDictionary | None = None
    agents: AgentDictionary | None = None
    verbs: VerbDictionary | None = None
    discards: Discards | None = None


def load_dictionaries(actors: Iterable[Path] = (), agents: Iterable[Path] = (), verbs: Path | None = None,
                      discards: Path | None = None) -> Dictionaries:
    """Read and merge the named files; several actor files (countries, international, militias)
    make one dictionary, the first file naming an actor winning."""
    loaded = Dictionaries()
    for path in actors:
        loaded.actors = loaded.actors or ActorDictionary()
        for entry in read_actors(path).entries:
            loaded.actors.add(entry)
    for path in agents:
        loaded.agents = loaded.agents or AgentDictionary()
        for agent in read_agents(path).entries:
            loaded.agents.add(agent)
    loaded.verbs = read_verbs(verbs) if verbs else None
    loaded.discards = read_discards(discards) if discards else None
    return loaded
