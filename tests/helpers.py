"""What a reading found, in the plain shapes tests assert on: its events as tuples, their CAMEO
codes, the actor a mention names. Plain functions, imported with `from helpers import coded`:
they need no setup or teardown, so they are not fixtures (the `read` fixture makes the reading)."""

from __future__ import annotations

from typing import Literal

from newsevents.lang.en.grammar import ANTECEDENT_PRONOUNS, DOUBLE_QUOTES
from newsevents.model import Actor, Event, Reading

EventField = Literal["cameo", "source", "target", "modality", "trigger"]
WHO_DID_WHAT_TO_WHOM: tuple[EventField, ...] = ("cameo", "source", "target")


def _value(event: Event, field: EventField) -> str | None:
    """One field of an event; a source or target is its actor code, None where there is none."""
    if field == "source":
        return event.source.code if event.source else None
    if field == "target":
        return event.target.code if event.target else None
    return getattr(event, field)


def coded(reading: Reading, fields: tuple[EventField, ...] = WHO_DID_WHAT_TO_WHOM, *,
          happened_only: bool = False) -> list[tuple[str | None, ...]]:
    """The reading's events, in order, each as a tuple of `fields`: by default
    (CAMEO code, source actor code, target actor code). With `happened_only`, only the events
    whose modality is "happened" (not denied, alleged, planned, hypothetical...)."""
    return [tuple(_value(event, field) for field in fields)
            for event in reading.events if not happened_only or event.modality == "happened"]


def codes(reading: Reading, *, happened_only: bool = False) -> list[str]:
    """The CAMEO codes of the reading's events, in order (happened ones only if asked)."""
    return [event.cameo for event in reading.events if not happened_only or event.modality == "happened"]


def events_on(reading: Reading, word: str, *, any_case: bool = False) -> list[Event]:
    """The events whose trigger is `word`; of a split trigger ("asked … to"), its last part.
    With `any_case`, the trigger is lowercased first (`word` given in lower case)."""
    def last_part(event: Event) -> str:
        part = event.trigger.split(" … ")[-1]
        return part.lower() if any_case else part

    return [event for event in reading.events if last_part(event) == word]


def actor_of(reading: Reading, text: str) -> Actor:
    """The actor of the first mention whose text is exactly `text`."""
    return next(mention.actor for mention in reading.mentions if mention.text == text)


def actor_ending(reading: Reading, text: str) -> Actor:
    """The actor of the first mention whose text ends with `text` ("Iran-backed militias" for
    "backed militias"): for phrases whose first words the recogniser may or may not include."""
    return next(mention.actor for mention in reading.mentions if mention.text.endswith(text))


def modalities_on(reading: Reading, word: str) -> set[str]:
    """The modalities of the events whose trigger is `word` ("happened", "planned", ...)."""
    return {event.modality for event in events_on(reading, word)}


def pronoun_actor(reading: Reading, text: str, nth: int = 0) -> Actor | None:
    """The actor the nth pronoun mention with this text stands for, or None when it was left unresolved."""
    found = [m.actor for m in reading.mentions if m.text == text and m.label == "pronoun"]
    return found[nth] if len(found) > nth else None


def hand_parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str],
                named: dict[int, tuple[str | None, str | None]], lemmas: dict[str, str]):
    """A sentence parsed by hand (so a test pins what a rule reads on a structure, whatever a parser
    upgrade does to the words) and its events context; `named` maps a word's index to the (country,
    role) of the actor it names; `lemmas` gives the lemmas a blank pipeline cannot."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.events.participants import Context
    from newsevents.grammar import MentionIndex
    from newsevents.model import Mention

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=[lemmas.get(w.lower(), w.lower()) for w in words])
    mentions = [Mention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, Actor(doc[i].text, "country", country, role))
                for i, (country, role) in named.items()]
    return doc, Context(None, MentionIndex(mentions), {})  # type: ignore[arg-type]


def source_codes(doc, i: int, context) -> list[str]:
    """The actor codes `participants.sources_of` gives word `i` of a hand-parsed sentence."""
    from newsevents.events.sources import sources_of

    return [a.code for a in sources_of(doc[i], None, context)]


# A plain news story for the cleaning tests: page furniture is put between its paragraphs, and
# the cleaned body must come back as these paragraphs exactly.
STORY_HEADLINE = "Port workers end strike after pay deal with shipping firms"
STORY_BODY = [
    "Dock workers at the country's largest container port returned to work on Thursday after their "
    "union accepted a pay offer from the shipping companies, ending a strike that lasted nine days.",
    "The union said its members had voted by a wide margin to accept the deal, which raises wages by "
    "six percent this year and adds a bonus for night shifts that the companies had at first refused.",
    "Shipping lines said it would take about a week to clear the backlog of vessels waiting offshore, "
    "and that some cargo had already been sent to smaller ports along the coast.",
]


def story_with(line: str) -> str:
    """The story's text, headline first, with `line` after its second paragraph."""
    return "\n".join([STORY_HEADLINE, *STORY_BODY[:2], line, *STORY_BODY[2:]])


def reference_chunks(select, text: str) -> list[tuple[int, int]]:
    """The sentence selector's chunks the plain way, a Token per word through `doc.sents`: what
    the selector's shortcuts (rounds 37 and 40) must still give."""
    doc = select.sentencizer(select.tokenizer(text))
    bounds = [[sentence.start, sentence.end] for sentence in doc.sents]
    for this, following in zip(bounds, bounds[1:]):
        last = doc[this[1] - 1]
        if last.text in DOUBLE_QUOTES and this[1] - this[0] > 1 and doc[this[1] - 2].whitespace_:
            this[1] -= 1
            following[0] -= 1
    chosen = [any(t.lower_ in select.forms or t.text in DOUBLE_QUOTES for t in doc[a:b]) for a, b in bounds]
    for i in range(1, len(bounds)):
        if chosen[i] and any(t.lower_ in ANTECEDENT_PRONOUNS for t in doc[bounds[i][0]:bounds[i][1]]):
            chosen[i - 1] = True
    chunks: list[tuple[int, int]] = []
    previous = False
    for (first, end), selected in zip(bounds, chosen):
        tokens = doc[first:end]
        if selected and previous:
            chunks[-1] = (chunks[-1][0], tokens.end_char)
        elif selected:
            chunks.append((tokens.start_char, tokens.end_char))
        previous = selected
    return chunks
