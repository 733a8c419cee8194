"""The shared context steps: any coder's events get their modality, date, place, topics and CAMEO
scores here, from the clause around their trigger, the same way the built-in dictionary coder's do.

A coder (trigger, code, source, target) writes `CodedEvent`s into the analysis; `EventContext`
turns each into an `Event`. The built-in lexicon coder reads its own frames ("vowed to retaliate")
and fills these itself."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.cameo import lookup
from newsevents.events.extract import EventExtractor
from newsevents.events.participants import Context
from newsevents.grammar import MentionIndex
from newsevents.model import Analysis, Event


class EventContext:
    """Turn the analysis' `coded` events into full events (a step: `Pipeline(steps=[...])`)."""

    name = "event_context"

    def __init__(self) -> None:
        self.reader = EventExtractor(require_dyad=False)  # only its clause readers are used

    def __call__(self, analysis: Analysis) -> None:
        if not analysis.coded:
            return
        context = Context(analysis.parsed, MentionIndex(analysis.mentions), analysis.places)
        document = analysis.parsed.document
        for coded in analysis.coded:
            found = _token_at(analysis, coded.trigger_start)
            if found is None:
                continue  # not a token start: the coder's span does not fit the parse
            offset, trigger = found
            context.index.offset = offset
            modality, day, precision, place, topics = self.reader.context(trigger, coded.cameo, context)
            entry = lookup(coded.cameo)
            sentence = trigger.sent
            analysis.events.append(Event(
                document_id=document.id, sentence=sentence.text, start=offset + sentence.start_char,
                end=offset + sentence.end_char, trigger=document.body[coded.trigger_start:coded.trigger_end],
                trigger_start=coded.trigger_start, trigger_end=coded.trigger_end,
                source=coded.source, target=coded.target, cameo=coded.cameo, root=entry.root,
                quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover,
                modality=modality, date=day, date_precision=precision, place=place, topics=topics,
            ))
        analysis.coded.clear()


def _token_at(analysis: Analysis, start: int) -> tuple[int, Token] | None:
    """The parsed token starting at body offset `start`, with its paragraph's offset."""
    for paragraph in analysis.parsed.paragraphs:
        if paragraph.offset <= start < paragraph.offset + len(paragraph.doc.text):
            for token in paragraph.doc:
                if paragraph.offset + token.idx == start:
                    return paragraph.offset, token
    return None
