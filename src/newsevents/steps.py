"""The reading steps: each stage after nlp as a named callable over an `Analysis`.

`default_steps()` is today's order; `Pipeline(steps=[...])` takes any list, so a step is added or
replaced without touching the pipeline, e.g. another event coder in place of `CodeEvents`: a coder
writes `CodedEvent`s (trigger, code, source, target) and `EventContext` gives every coder's events
their modality, date, place and topics. A step that needs sentences parsed names their lemmas in
`parse_words`; the sentence selector parses those (and every sentence with `--parse-all`).

Steps are also known by name: today's under their own names, and any a package registers in the
`newsevents.steps` entry-point group (`registered_steps()`), so `Pipeline(steps=["actors", …,
"my_coder", …])` works once that package is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points

from newsevents.actors.coding import ActorCoder
from newsevents.actors.places import PlaceFinder, shared_gazetteer
from newsevents.attribution import NOMINAL_CLAIM_CUES, SPEECH_CUES, AttributionFinder, link_events
from newsevents.events.context import EventContext
from newsevents.events.extract import EventExtractor
from newsevents.events.lexicon import NOUNS, VERBS, WEAK_DICTIONARY_VERBS
from newsevents.events.stored import StoredModalities
from newsevents.events.verbs import cameo_verbs
from newsevents.lang.en.actors import ACTOR_VERBS
from newsevents.model import Analysis, Step
from newsevents.petrarch.dictionaries import Dictionaries
from newsevents.tone import document_tone, sentence_tone


class CodeActors:
    name = "actors"
    parse_words = ACTOR_VERBS

    def __init__(self, coder: ActorCoder) -> None:
        self.coder = coder

    def __call__(self, analysis: Analysis) -> None:
        analysis.mentions = self.coder(analysis.parsed)


class FindPlaces:
    name = "places"

    def __init__(self, finder: PlaceFinder) -> None:
        self.finder = finder

    def __call__(self, analysis: Analysis) -> None:
        analysis.places = self.finder(analysis.parsed, analysis.mentions)


class CodeEvents:
    """The built-in coder (our lexicon, or a PETRARCH verb dictionary): it reads its own frames and
    so fills modality, date, place and topics itself."""

    name = "events"

    def __init__(self, extractor: EventExtractor) -> None:
        self.extractor = extractor
        self.parse_words = event_words()

    def __call__(self, analysis: Analysis) -> None:
        analysis.events.extend(self.extractor(analysis.parsed, analysis.mentions, analysis.places))


class FindAttributions:
    name = "attributions"
    parse_words = frozenset(SPEECH_CUES | NOMINAL_CLAIM_CUES | {"according", "call", "cite"})

    def __init__(self, finder: AttributionFinder) -> None:
        self.finder = finder

    def __call__(self, analysis: Analysis) -> None:
        analysis.attributions = self.finder(analysis.parsed, analysis.mentions)


class LinkAttributions:
    """Each event takes the innermost claim holding its trigger (see `attribution.linking`)."""

    name = "attribution_link"

    def __call__(self, analysis: Analysis) -> None:
        link_events(analysis.events, analysis.attributions)


class Tone:
    name = "tone"

    def __call__(self, analysis: Analysis) -> None:
        analysis.parsed.document.tone = document_tone(analysis.parsed.document.body)
        for event in analysis.events:
            event.tone = sentence_tone(event.sentence)


# A step factory makes a step for a run from that run's PETRARCH dictionaries (most ignore them).
StepFactory = Callable[[Dictionaries], Step]
ENTRY_POINT_GROUP = "newsevents.steps"
# Today's steps by name, in their default order.
BUILT_IN_STEPS: dict[str, StepFactory] = {
    "actors": lambda d: CodeActors(ActorCoder(dictionary=d.actors, agents=d.agents)),
    "places": lambda d: FindPlaces(PlaceFinder(shared_gazetteer())),
    "events": lambda d: CodeEvents(EventExtractor(verbs=d.verbs, discards=d.discards)),
    "event_context": lambda d: EventContext(),
    "stored_modalities": lambda d: StoredModalities(),  # after every coder's modality, before linking
    "attributions": lambda d: FindAttributions(AttributionFinder()),
    "attribution_link": lambda d: LinkAttributions(),
    "tone": lambda d: Tone(),
}


def default_steps(dictionaries: Dictionaries | None = None) -> list[Step]:
    """Today's steps, in order; `dictionaries` are the PETRARCH files a run loads (`--actors`, …)."""
    dictionaries = dictionaries or Dictionaries()
    return [make(dictionaries) for make in BUILT_IN_STEPS.values()]


def registered_steps() -> dict[str, StepFactory]:
    """Every step known by name: the built-in ones and those installed packages register as
    entry points in `newsevents.steps` (`name = "package.module:factory"`). A registered name
    that is already taken is an error rather than a silent replacement."""
    known = dict(BUILT_IN_STEPS)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in known:
            raise ValueError(f"step '{entry.name}' is registered twice (again by {entry.value}); "
                             "give the entry point another name")
        known[entry.name] = entry.load()
    return known


def resolve_steps(steps: Iterable[Step | str], dictionaries: Dictionaries | None = None) -> list[Step]:
    """Steps given as objects or by registered name, made for a run with these dictionaries."""
    dictionaries = dictionaries or Dictionaries()
    chosen = list(steps)
    known = registered_steps() if any(isinstance(step, str) for step in chosen) else {}
    resolved = []
    for step in chosen:
        if isinstance(step, str):
            if step not in known:
                raise ValueError(f"no step named '{step}'; known: {', '.join(sorted(known))}")
            step = known[step](dictionaries)
        resolved.append(step)
    return resolved


def event_words() -> frozenset[str]:
    """The built-in coder's trigger lemmas: our lexicon's verbs and nouns, the CAMEO dictionary's."""
    return frozenset(set(VERBS) | set(NOUNS) | cameo_verbs().coding_verbs(WEAK_DICTIONARY_VERBS))


def default_words() -> set[str]:
    """What the default steps need parsed, without building them."""
    return set(CodeActors.parse_words | event_words() | FindAttributions.parse_words)


def parse_words(steps: list[Step]) -> set[str]:
    """The lemmas whose sentences the steps need parsed."""
    return {word for step in steps for word in getattr(step, "parse_words", ())}
