"""Photo captions and picture galleries scraped into a story's text: what a picture shows, told
as if it were the story's report. Two readings, both counted on the judged draws of seeds 12-61
(round 38, the raw article text as the draw reads it):

- A gallery writes its label and title before every picture's caption ("Photos: Floods in Kerala A
  family wades …  Photos: Floods in Kerala Rescuers carry …"); the parser glues the title to the
  caption's first sentence, so "<city> attacks A wounded man is evacuated" reads as the city
  attacking, and a title that names an act ("<leader> visits <country>") is coded again with every
  picture. The title is a label, no report of the sentence it stands in: its words are cut off and
  the rest of the caption is read as it is. Judged: 4 events made from a gallery title, all wrong
  (the city as a 190 attacker), none right.
- A caption tells the scene in the present tense, with the picture's day and year ("X speaks …
  in London, Britain, January 16, 2019", an embedded post "… @AP reports … February 19, 2020")
  or with where its people stand in the picture ("A woman, third right, is assisted …", "From
  left, A, B and C sign …"): such a sentence codes nothing. Judged: dated 2 wrong, 0 right;
  placed 2 wrong, 0 right ("X, left, and Y were the two gunmen", past, is kept: judged right).

A caption closed or opened by a wire's or a paper's credit ("FILE PHOTO: … REUTERS/Jane Doe", "…
(AP Photo/Jane Doe)", "… Photo: Jane Doe for The Wall Street Journal", "… Photograph: Jane
Doe/Reuters") never reaches this step: the clean stage drops it (`clean/furniture.py`, round 49;
its events still made on seeds 12-84 were 2, both judged wrong, and its person was what the next
paragraph's "he said" resolved to). Left alone, counted: a caption closed by a credit in square
brackets ("[Name/Reuters]") or after a bar ("| AP Photo") was judged right too often to drop on the
credit alone (4 right, none wrong among the events still made on seeds 12-84: headline-like
captions such as "X meets Y at the summit"); CNN's gallery captions carry background sentences judged right
about as often as wrong ("Israel and Hamas agreed to an open-ended ceasefire"); a link's label
("Related Coverage …", "SEE ALSO: …") was 1 wrong to 1 right among the events still made.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from newsevents.lang.en.events import CAPTION_MARKS, MONTH

GALLERY_LABEL = re.compile(r"(?:\b(?:" + "|".join(sorted(map(re.escape, CAPTION_MARKS["gallery_labels"]))) + r"):\s+)+")
MIN_LABELS = 2  # one label may be a lone credit ("Photo: Jane Doe"); a gallery repeats its label
MAX_TITLE_WORDS = 12  # a title, not a caption that happens to open two pictures alike
DAY_WITH_YEAR = re.compile(MONTH + r"\s+\d{1,2},\s+(?:19|20)\d\d\b", re.IGNORECASE)  # "January 16, 2019", "Jan. 16, 2019"
YEAR_AFTER_COMMA = re.compile(r",\s+(?:19|20)\d\d\b")  # the end of DAY_WITH_YEAR, found fast (most sentences have none)
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
NAMING_WORDS = frozenset({"the"})  # "the Sept. 11, 2001, attacks": a date naming an event, not the picture's day
POSSESSIVE_ENDINGS = ("'s", "’s")
SET_OFF = frozenset({",", "(", ")"})


def caption_spans(sentence: Span, body: str, offset: int) -> list[tuple[int, int]]:
    """Token ranges (first, last, as doc indices) of the sentence that are a picture's furniture,
    not the story's report: the whole sentence where it is a photo's caption, a gallery's title
    where one is glued to a caption. `offset`: where the sentence's parsed text lies in `body`."""
    if photo_caption(sentence):
        return [(sentence.start, sentence.end - 1)]
    return gallery_title_spans(sentence, body, offset)


def photo_caption(sentence: Span) -> bool:
    """A picture's caption: the scene it shows told in the present tense, with the picture's day
    and year ("Jane Doe speaks to reporters in Lima, Peru, March 3, 2021": news text tells the act
    of the day in the past and without its year) or with where its people stand in the picture
    ("A nurse, second left, is helped …", "From left, A, B and C sign …"). What a picture shows is
    a moment (someone speaks, walks to a car, is greeted), not the report; "Jane Doe, left, and John
    Roe were the two gunmen" (past) is left to the coder."""
    if not _present(sentence.root):
        return False
    return _picture_day(sentence.text) or _placed_in_picture(sentence)


def _picture_day(text: str) -> bool:
    """A day with its year that dates the scene ("in Lima, March 3, 2021", "on Jan. 2, 2020"), not
    one that names a known event as a noun's modifier ("the Sept. 11, 2001, attacks", "the Nov. 3,
    2020, election")."""
    if YEAR_AFTER_COMMA.search(text) is None:
        return False  # the cheap test first: the months' long pattern tried at every word is slow
    return any(not _names_an_event(text[:found.start()]) for found in DAY_WITH_YEAR.finditer(text))


def _names_an_event(before: str) -> bool:
    """The words before a date make it a noun's modifier: "the" or a possessive ("Iran's Feb.
    11, 1979, revolution")."""
    last = before.split()[-1:]
    return bool(last) and (last[0].lower() in NAMING_WORDS or last[0].endswith(POSSESSIVE_ENDINGS))


def _present(verb: Token) -> bool:
    """"speaks", "visit", "is helped", "are greeted": a present simple, active or passive (not the
    perfect "has visited", which news text tells its acts in)."""
    if verb.tag_ in PRESENT_TAGS:
        return verb.pos_ in {"VERB", "AUX"}
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in verb.children)


def _placed_in_picture(sentence: Span) -> bool:
    """", left,", ", third right,", "(centre)", "From left,": a place in a picture set off by commas
    or brackets."""
    positions, ordinals = CAPTION_MARKS["picture_positions"], CAPTION_MARKS["position_ordinals"]
    for token in sentence:
        if token.lower_ not in positions or token.i + 1 >= len(token.doc) or token.nbor(1).text not in SET_OFF:
            continue
        before = token.nbor(-1) if token.i > sentence.start else None
        if before is not None and before.lower_ in ordinals and before.i > sentence.start:
            before = before.nbor(-1)
        if before is not None and before.text in SET_OFF:
            return True
        if before is not None and before.i == sentence.start and before.lower_ in CAPTION_MARKS["position_openers"]:
            return True
    return False


def gallery_title_spans(sentence: Span, body: str, offset: int) -> list[tuple[int, int]]:
    """Token ranges (first, last) of the sentence that are a gallery's repeated title, for a
    sentence at `offset` in `body` (its paragraph's place in the body; the parsed text may be a part
    of the paragraph). Empty for a sentence in no gallery."""
    start = offset + sentence.start_char
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line = body[line_start:len(body) if line_end < 0 else line_end]
    if line.count(":") < MIN_LABELS:
        return []  # the cheap test first: no gallery labels its pictures without a colon
    spans = []
    for title_start, title_end in _title_spans(line):
        first_char, last_char = line_start + title_start - offset, line_start + title_end - offset
        if last_char <= sentence.start_char or first_char >= sentence.end_char:
            continue
        covered = [t.i for t in sentence if t.idx < last_char and first_char < t.idx + len(t)]
        if covered:
            spans.append((covered[0], covered[-1]))
    return spans


@lru_cache(maxsize=16)  # a pure reading of one paragraph, asked again by each of its sentences
def _title_spans(line: str) -> tuple[tuple[int, int], ...]:
    """Where a gallery's title stands in the paragraph `line`: after each run of labels
    ("Photos: Photos: "), the words every labelled caption opens with; and the title again where
    the caption repeats it ("Obama visits Israel Obama visits Israel – Peres welcomes …")."""
    labels = list(GALLERY_LABEL.finditer(line))
    if len(labels) < MIN_LABELS:
        return ()
    openings = [line[m.end():m.end() + 400].split() for m in labels]
    common: list[str] = []
    for words in zip(*openings, strict=False):
        if len(set(words)) > 1:
            break
        common.append(words[0])
    if not common or len(common) > MAX_TITLE_WORDS:
        return ()
    title = re.compile(r"\s+".join(map(re.escape, common)) + r"(?=\s|$)")
    return tuple(m.span() for m in title.finditer(line))
