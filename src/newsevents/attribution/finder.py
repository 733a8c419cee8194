"""Attributions cued by words: speech verbs ("X said that …", "…, X reports"), claim nouns
("X denied reports of …") and "according to X"; citing and nesting within one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsevents.attribution.claims import claim_span, cue_phrases
from newsevents.attribution.quotes import find_quotes, restates_quote
from newsevents.attribution.sources import Sources, Speaker, build_chains
from newsevents.grammar import MentionIndex, first_conjunct, subjects
from newsevents.lang.en.attribution import (
    ANONYMITY,
    CARRIER_NOUNS,
    CITING_CUES,
    NOMINAL_CLAIM_CUES,
    SPEECH_CUES,
)
from newsevents.lang.en.events import ALLEGING_HEADS
from newsevents.lang.en.grammar import CLOSING_QUOTES, DOUBLE_QUOTES
from newsevents.model import Attribution, AttributionKind, Mention, ParsedDocument

Found = tuple[Attribution, Token]  # an attribution with the token that cues it


class AttributionFinder:
    """All attributions of a parsed document, ordered by where their claims start."""

    def __call__(self, parsed: ParsedDocument, mentions: list[Mention]) -> list[Attribution]:
        index = MentionIndex(mentions)
        sources = Sources(parsed.document, mentions)
        outer: dict[int, Attribution] = {}  # id(attribution) → the one that reports it
        found: list[Attribution] = []
        # Every cue stays alive until the chains are built: a dropped one's id() could otherwise be
        # reused by a later attribution, which would inherit its entry in `outer` (a wrong chain
        # that depended on the process's memory history).
        every_cue: list[Attribution] = []
        for paragraph in parsed.paragraphs:
            index.offset = paragraph.offset
            cues: list[Attribution] = []
            for sentence in paragraph.doc.sents:
                cues.extend(self._sentence(sentence, index, sources, outer))
            every_cue.extend(cues)
            quotes = find_quotes(paragraph, index, sources, cues, outer)
            body = parsed.document.body
            found.extend(c for c in cues if not restates_quote(c, quotes, body))
            found.extend(quotes)
        build_chains(found, outer, sources.outlet)
        return sorted(found, key=lambda a: (a.start, -a.end))

    def _sentence(self, sentence: Span, index: MentionIndex, sources: Sources,
                  outer: dict[int, Attribution]) -> list[Attribution]:
        found = list(self._cues(sentence, index, sources))
        _trim_before_parentheticals(found, sentence, index.offset)
        _cite(found, sentence)
        cues = _distinct([attribution for attribution, _ in found])
        _nest(cues, outer)
        return cues

    # --- cues -----------------------------------------------------------------------------
    def _cues(self, sentence: Span, index: MentionIndex, sources: Sources) -> Iterator[Found]:
        leave_out: set[Token] | None = None  # read at the first cue: most sentences have none
        for token in sentence:
            to = next((c for c in token.children if c.lower_ == "to"), None) if token.lower_ == "according" else None
            if to is not None:
                speaker = self._according_speaker(to, index, sources)
                clause = first_conjunct(token.head)  # "X were killed and Y injured, according to"
                scope = sentence if token.head.i == token.i else clause.subtree  # "according to X" as root
                leave_out = cue_phrases(sentence) if leave_out is None else leave_out
                made = _make(scope, leave_out, "according_to", speaker, "according to", index.offset)
            elif token.pos_ == "VERB" and (token.lemma_ in SPEECH_CUES or _accused_act(token) is not None) and not _citing(token):
                said_by = [t for t in subjects(token, index) if t.i < token.i or t.dep_ == "nsubj"][:1]
                if not said_by:
                    continue
                speaker = sources.speaker(said_by[0], index.at(said_by[0]), index.offset + said_by[0].idx)
                speaker.anonymous = speaker.anonymous or _unnamed_by_clause(token)
                claim = _claim_of(token, said_by[0], sentence)
                leave_out = cue_phrases(sentence) if leave_out is None else leave_out
                made = _make(claim, leave_out, "reported", speaker, token.text, index.offset) if claim else None
            else:
                continue
            if made is not None:
                yield made, token

    @staticmethod
    def _according_speaker(to: Token, index: MentionIndex, sources: Sources) -> Speaker:
        """"according to X"; "according to a statement from X" is X."""
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            return Speaker(None, " ".join(t.text for t in to.subtree if t is not to))
        head = objects[0]
        for _ in range(3):
            if index.at(head) is not None or head.lemma_.lower() not in CARRIER_NOUNS:
                break
            inner = [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
                     for g in c.children if g.dep_ == "pobj"]
            if not inner:
                break
            head = inner[0]
        mention = index.at(head) or next((index.at(t) for t in head.subtree if index.at(t)), None)
        return sources.speaker(head, mention, index.offset + head.idx)


def _unnamed_by_clause(verb: Token) -> bool:
    """"Officials, speaking on condition of anonymity, said …": the clause makes them anonymous."""
    return any(c.dep_ == "advcl" and not _citing(c) and ANONYMITY.search(" ".join(t.text for t in c.subtree))
               for c in verb.children)


def _citing(token: Token) -> bool:
    return token.lemma_ in CITING_CUES and token.tag_ == "VBG"


def _accused_act(verb: Token) -> Token | None:
    """"accused Pakistan of shelling the posts", "blamed the rebels for attacking": the act an
    accusing verb alleges (the preposition opening it), when it is an act (a gerund)."""
    if verb.lemma_ not in ALLEGING_HEADS:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "accused [militants of attacking]"
    return next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "with", "for"}
                 and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), None)


def _claim_of(verb: Token, subject: Token, sentence: Span) -> list[Token]:
    """The clause said: the verb's complement ("said that …", "denied reports of …", "described
    the visit as …"), or for a verb with no complement the rest of the sentence ("…, X reports.",
    '"…," he said.')."""
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp"}:
            return list(child.subtree)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    alleged = _accused_act(verb)
    if alleged is not None:  # the one accused and what of: "(accused) Pakistan of shelling the posts"
        return list({t.i: t for t in [*(t for o in objects for t in o.subtree), *alleged.subtree]}.values())
    as_phrase = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
    if as_phrase:
        described = [t for o in objects if o.tag_ not in {"WP", "WDT"} for t in o.subtree]
        return described + list(as_phrase[0].subtree)
    if verb.lemma_ in NOMINAL_CLAIM_CUES and objects:
        return list(objects[0].subtree)
    trailing = all(t.is_punct for t in sentence[verb.i - sentence.start + 1 :])
    if verb.dep_ not in {"ROOT", "parataxis"} and not trailing:
        return []
    own = set(verb.subtree) if verb.dep_ != "ROOT" else {verb, *subject.subtree} | {
        t for c in verb.children if c.dep_ in {"punct", "advmod", "aux", "neg", "dobj", "dative", "npadvmod"}
        for t in ([c] if c.dep_ == "punct" else c.subtree)}
    rest = [t for t in sentence if t not in own]
    return rest if sum(not t.is_punct for t in rest) >= 3 else []


def _make(tokens, leave_out: set[Token], kind: AttributionKind, speaker: Speaker, cue: str,
          offset: int) -> Attribution | None:
    span = claim_span(tokens, leave_out)
    if span is None:
        return None
    first, last = span
    start, end = first.idx, last.idx + len(last)
    return Attribution(offset + start, offset + end, first.doc[first.i : last.i + 1].text, kind, speaker.actor,
                              speaker.text, cue=cue, anonymous=speaker.anonymous)


def _trim_before_parentheticals(found: list[Found], sentence: Span, offset: int) -> None:
    """"… that the visit was useful, news agency TASS reports.": the trailing cue is no part of
    the claims before it, and its own claim is everything before its comma."""
    cue_words: set[Token] | None = None  # read only where a cue ends the sentence (few do)
    for cue, token in found:
        comma = _parenthetical_comma(sentence, token)
        if comma is None:
            continue
        cut = offset + comma.idx
        for other, _ in found:
            if other is not cue and other.start < cut < other.end:
                claim = other.claim[: cut - other.start].rstrip(" ,")
                if claim[-1:] in CLOSING_QUOTES and sum(map(claim.count, DOUBLE_QUOTES)) % 2:
                    claim = claim[:-1].rstrip(" ,")  # a closing mark with no opening one in the claim
                other.claim, other.end = claim, other.start + len(claim)
        # "A, according to X, the paper says": the paper says A too, not "according to X".
        if cue_words is None:
            cue_words = cue_phrases(sentence)
        span = claim_span(sentence.doc[sentence.start : comma.i], cue_words)
        if span is None:
            continue
        first, last = span
        cue.start, cue.end = offset + first.idx, offset + last.idx + len(last)
        cue.claim = sentence.doc[first.i : last.i + 1].text


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


def _cite(found: list[Found], sentence: Span) -> None:
    """"citing anonymous security sources", "quoting local officials": the source behind the
    nearest reporter in the sentence."""
    if not found:
        return  # no reporter in the sentence to cite for: its words are not read
    for token in sentence:
        if not _citing(token):
            continue
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects or not found:
            continue
        phrase = sentence.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
        attribution, _ = min(found, key=lambda f: (f[0].kind == "according_to", abs(f[1].i - token.i)))
        attribution.citing = phrase.text
        if ANONYMITY.search(phrase.text) or objects[0].lemma_.lower() in {"source", "insider"}:
            attribution.anonymous = True


def _distinct(cues: list[Attribution]) -> list[Attribution]:
    """One attribution per claim and speaker ("A, according to X, the paper says": X once)."""
    kept: list[Attribution] = []
    for cue in cues:
        if not any((k.start, k.end) == (cue.start, cue.end) and _same_speaker(k, cue) for k in kept):
            kept.append(cue)
    return kept


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    if a.speaker is not None or b.speaker is not None:
        return a.speaker is b.speaker
    return a.speaker_text.lower() == b.speaker_text.lower()


def _nest(cues: list[Attribution], outer: dict[int, Attribution]) -> None:
    """An attribution inside another's claim was reported by the outer speaker."""
    for inner in cues:
        outers = [o for o in cues if o is not inner and o.start <= inner.start and inner.end <= o.end
                  and (o.end - o.start) > (inner.end - inner.start) and o.speaker is not inner.speaker]
        if outers:
            parent = min(outers, key=lambda o: o.end - o.start)
            inner.reported_by = parent.speaker
            outer[id(inner)] = parent
