"""The attribution stage: who says so. Quotes, "X said that …", "according to X", "citing Y".

Each attribution is a claim span with its speaker; when one source reports another ("Peskov told
journalists …, RIA Novosti reports") the outer speaker becomes the inner one's `reported_by`.
Events then take the innermost attribution whose claim covers them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsevents.grammar import MentionIndex, subjects
from newsevents.model import Actor, Attribution, AttributionKind, Event, Mention
from newsevents.nlp import ParsedDocument

SPEECH_CUES = frozenset(
    "say tell report add state announce claim maintain deny describe write insist confirm note "
    "explain allege acknowledge admit argue warn stress reiterate quote suggest believe".split()
)
# Verbs whose object is the claim: "denied reports of troop deployments".
NOMINAL_CLAIM_CUES = frozenset("deny confirm announce report acknowledge admit allege".split())
QUOTE = re.compile(r"[\"“]([^\"“”]{2,}?)[\"”]")


class AttributionFinder:
    def __call__(self, parsed: ParsedDocument, mentions: list[Mention]) -> list[Attribution]:
        index = MentionIndex(mentions)
        found: list[Attribution] = []
        for paragraph in parsed.paragraphs:
            index.offset = paragraph.offset
            for sentence in paragraph.doc.sents:
                found.extend(self._sentence(sentence, index))
        return found

    def _sentence(self, sentence: Span, index: MentionIndex) -> list[Attribution]:
        found = list(self._cues(sentence, index))
        self._trim_before_parentheticals(found, sentence, index.offset)
        cues = [attribution for attribution, _ in found]
        self._chain(cues)
        quotes = list(self._quotes(sentence, index, cues))
        return cues + quotes

    # --- cues: speech verbs and "according to" --------------------------------------------
    def _cues(self, sentence: Span, index: MentionIndex) -> Iterator[tuple[Attribution, Token]]:
        """Each attribution with the token that cues it ("according", "said", "reports")."""
        offset = index.offset
        for token in sentence:
            if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
                to = next(c for c in token.children if c.lower_ == "to")
                speaker, speaker_text = self._speaker_in(to, index)
                cue_phrase = set(token.subtree)
                claim_tokens = [t for t in token.head.subtree if t not in cue_phrase]
                if not claim_tokens:  # "according to X" parsed as the sentence's root: no claim
                    continue
                yield self._make(claim_tokens, "according_to", speaker, speaker_text, token, offset, sentence), token
            elif token.pos_ == "VERB" and token.lemma_ in SPEECH_CUES:
                said_by = [t for t in subjects(token, index) if t.i < token.i or t.dep_ == "nsubj"][:1]
                if not said_by:
                    continue
                mention = index.at(said_by[0])
                speaker = mention.actor if mention else None
                speaker_text = mention.text if mention else " ".join(t.text for t in said_by[0].subtree)
                claim_tokens = self._claim_of(token, said_by[0], sentence)
                if claim_tokens:
                    attribution = self._make(claim_tokens, "reported", speaker, speaker_text, token, offset, sentence)
                    attribution.citing = self._citing(sentence)
                    yield attribution, token

    @staticmethod
    def _claim_of(verb: Token, subject: Token, sentence: Span) -> list[Token]:
        """The clause said: the verb's complement ("said that …", "denied reports of …"), or
        for a parenthetical "…, X reports." the rest of the sentence."""
        for child in verb.children:
            if child.dep_ in {"ccomp", "xcomp"} or (child.dep_ == "prep" and child.lower_ == "as"):
                return list(child.subtree)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_ in NOMINAL_CLAIM_CUES and objects:
            return list(objects[0].subtree)
        trailing = all(t.is_punct for t in sentence[verb.i - sentence.start + 1 :])
        if verb.dep_ not in {"ROOT", "parataxis"} and not trailing:
            return []
        own = set(verb.subtree) if verb.dep_ != "ROOT" else {verb, *subject.subtree} | {
            t for t in verb.children if t.dep_ in {"punct", "advmod", "aux", "neg", "dobj", "dative"}}
        rest = [t for t in sentence if t not in own and not t.is_punct]
        return rest if len(rest) >= 3 else []

    @staticmethod
    def _speaker_in(scope: Token, index: MentionIndex) -> tuple[Actor | None, str]:
        for token in scope.subtree:
            mention = index.at(token)
            if mention is not None:
                return mention.actor, mention.text
        return None, " ".join(t.text for t in scope.subtree if t is not scope)

    @staticmethod
    def _citing(sentence: Span) -> str | None:
        for token in sentence:
            if token.lemma_ == "cite" and token.tag_ == "VBG":
                objects = [c for c in token.children if c.dep_ == "dobj"]
                if objects:
                    return sentence.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1].text
        return None

    @staticmethod
    def _make(tokens: list[Token], kind: AttributionKind, speaker: Actor | None, speaker_text: str,
              cue: Token, offset: int, sentence: Span) -> Attribution:
        tokens = [t for t in tokens if not (t.is_punct and t.text in {",", "—", "-"})] or tokens
        start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
        doc = sentence.doc
        return Attribution(offset + start, offset + end, doc.text[start:end], kind, speaker, speaker_text, cue=cue.text)

    @staticmethod
    def _trim_before_parentheticals(found: list[tuple[Attribution, Token]], sentence: Span, offset: int) -> None:
        """"… that the visit was useful, news agency TASS reports.": the trailing cue is no part
        of the claims before it, and its own claim is everything before its comma."""
        for cue, token in found:
            comma = _parenthetical_comma(sentence, token)
            if comma is None:
                continue
            cut = offset + comma.idx
            for other, _ in found:
                if other is not cue and other.start < cut < other.end:
                    other.end = cut
                    other.claim = other.claim[: cut - other.start].rstrip(' ,"”')
            cue.start = offset + sentence.start_char
            cue.end = cut
            cue.claim = sentence.doc.text[sentence.start_char : comma.idx]

    @staticmethod
    def _chain(cues: list[Attribution]) -> None:
        """An attribution inside another's claim was reported by the outer speaker."""
        for inner in cues:
            outers = [o for o in cues if o is not inner and o.start <= inner.start and inner.end <= o.end
                      and (o.end - o.start) > (inner.end - inner.start) and o.speaker is not inner.speaker]
            if outers:
                outer = min(outers, key=lambda o: o.end - o.start)
                inner.reported_by = outer.speaker

    # --- quotes ---------------------------------------------------------------------------
    def _quotes(self, sentence: Span, index: MentionIndex, cues: list[Attribution]) -> Iterator[Attribution]:
        base = index.offset + sentence.start_char
        for match in QUOTE.finditer(sentence.text):
            start, end = base + match.start(1), base + match.end(1)
            covering = [c for c in cues if c.start <= start < c.end]  # a quote may run past the clause
            if not covering:
                continue
            cue = min(covering, key=lambda c: c.end - c.start)
            yield Attribution(start, end, match.group(1), "quote", cue.speaker, cue.speaker_text,
                              reported_by=cue.reported_by, citing=cue.citing, cue=cue.cue)


def _parenthetical_comma(sentence: Span, cue: Token) -> Token | None:
    """The comma opening a sentence-final "…, X reports." clause that holds the cue verb."""
    doc = sentence.doc
    if cue.lemma_ not in SPEECH_CUES or not all(t.is_punct for t in doc[cue.i + 1 : sentence.end]):
        return None
    for i in range(cue.i - 1, sentence.start, -1):
        if doc[i].text == ",":
            return doc[i] if i - sentence.start >= 3 else None
        if doc[i].pos_ == "VERB":
            return None
    return None


def link_events(events: list[Event], attributions: list[Attribution]) -> None:
    """Each event takes the innermost attribution covering its trigger's sentence span."""
    for event in events:
        anchor = event.trigger_start
        covering = [a for a in attributions if a.start <= anchor < a.end and a.kind != "quote"]
        covering = covering or [a for a in attributions if a.start <= anchor < a.end]
        if covering:
            event.attribution = min(covering, key=lambda a: a.end - a.start)
