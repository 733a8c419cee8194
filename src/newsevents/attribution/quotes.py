"""Direct quotes, whole or partial, with their speaker: the attribution whose claim holds the
quote, else the nearest speech verb around it ('"…," he said.', 'said X, "…"'), else the speaker
of the quote before it in the paragraph ('"…," she said. "…"'). A quote may span sentences.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsevents.attribution.sources import Sources, Speaker
from newsevents.grammar import MentionIndex, subjects
from newsevents.lang.en.attribution import SPEECH_CUES
from newsevents.model import Attribution, Paragraph

DOUBLE = re.compile(r"[\"“]([^\"“”]{2,}?)[\"”]")
# Single quotes: an opening mark that follows no letter, a closing one no letter follows, so
# that apostrophes ("Putin's", "soldiers' families") are never taken for quotes.
SINGLE = re.compile(r"(?<![\w'’])['‘](?=\w)([^'‘’\"“”\n]{2,}?)(?<=[\w.,!?])['’](?![\w'’])")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quote's words in `text`, without its marks and trailing commas."""
    spans = [(m.start(1), m.end(1)) for m in DOUBLE.finditer(text)]
    for m in SINGLE.finditer(text):
        if not any(s - 1 <= m.start() < e + 1 for s, e in spans):  # a quote inside a quote is the speaker's
            spans.append((m.start(1), m.end(1)))
    trimmed = []
    for start, end in sorted(spans):
        while end > start and text[end - 1] in " ,;:—":
            end -= 1
        while start < end and text[start] == " ":
            start += 1
        if end - start >= 2:
            trimmed.append((start, end))
    return trimmed


def find_quotes(paragraph: Paragraph, index: MentionIndex, sources: Sources, cues: list[Attribution],
                outer: dict[int, Attribution]) -> list[Attribution]:
    doc, offset = paragraph.doc, paragraph.offset
    quotes: list[Attribution] = []
    previous: Attribution | None = None
    text = doc.text  # spaCy rebuilds it on every access
    for start, end in quote_spans(text):
        a, b = offset + start, offset + end
        overlapping = [c for c in cues if c.start < b and a < c.end]
        covering = [c for c in overlapping if c.start <= a] or overlapping
        if covering:
            cue = min(covering, key=lambda c: c.end - c.start)
            quote = Attribution(a, b, text[start:end], "quote", cue.speaker, cue.speaker_text,
                                       reported_by=cue.reported_by, citing=cue.citing, cue=cue.cue,
                                       anonymous=cue.anonymous)
            if id(cue) in outer:
                outer[id(quote)] = outer[id(cue)]
        else:
            verb = _nearest_speech_verb(doc, start, end, index)
            if verb is not None:
                said_by = subjects(verb, index)[0]
                speaker = sources.speaker(said_by, index.at(said_by), offset + said_by.idx)
                cue_text = verb.text
            elif previous is not None:
                speaker = Speaker(previous.speaker, previous.speaker_text, previous.anonymous)
                cue_text = previous.cue
            else:
                continue
            quote = Attribution(a, b, text[start:end], "quote", speaker.actor, speaker.text,
                                       cue=cue_text, anonymous=speaker.anonymous)
        quotes.append(quote)
        previous = quote
    return quotes


def _nearest_speech_verb(doc, start: int, end: int, index: MentionIndex) -> Token | None:
    """A speech verb with a subject, outside the quote, in a sentence the quote touches."""
    sentences = [s for s in doc.sents if s.start_char <= end and start <= s.end_char]
    candidates = [t for s in sentences for t in s
                  if t.pos_ == "VERB" and t.lemma_ in SPEECH_CUES and not start <= t.idx < end
                  and subjects(t, index)]
    return min(candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)), default=None)


def restates_quote(cue: Attribution, quotes: list[Attribution], body: str) -> bool:
    """'"We will not negotiate," X said.': the verb's claim is only the quote; the quote stays."""
    same = [q for q in quotes if q.speaker is cue.speaker and q.speaker_text == cue.speaker_text]
    if cue.kind == "quote" or not same:
        return False
    return all(any(q.start <= p < q.end for q in same)
               for p in range(cue.start, cue.end) if body[p].isalnum())
