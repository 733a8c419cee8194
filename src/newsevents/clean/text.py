"""Main-content selection for text scraped from a page with its boilerplate left in.

The input is a whole page flattened to text, one block per line: menus, teasers, bylines, the
article, captions, related links, comments and footers all mixed. Three steps find the article.

1. Classify. Every line is judged on its own features: length (CJK characters counted in pairs),
   sentence-final punctuation, stop-word share (a few dozen function words for each of nine
   languages), list bullets, title case (menu items and headline links), call-to-action and
   consent wording, dates, times and bylines, digits-only table cells, teasers cut off with an
   ellipsis or glued to their headline, lines repeated on the page, and lines the outlet's
   earlier pages showed to be boilerplate (`boilerplate=`). Hard-wrapped paragraphs are judged
   whole. A line comes out GOOD (prose, scored by length), BAD (boilerplate), TEASER, INLINE
   (furniture set inside articles: caption credits, advert slots, "Read more" links) or
   undecided (NEAR_GOOD, SHORT, CELL).
2. Smooth by context, as jusText does. A short run of undecided lines between two paragraphs
   is body (a subheading, a one-line paragraph, a table's terse cells); undecided lines beside
   boilerplate lean to boilerplate; a paragraph with no prose on either side (a teaser summary
   under its headline, a lone comment under its author line) counts for half.
3. Select. The body is the highest-scoring run of lines (maximum subarray), plus further runs
   of prose that start within a few lines of it (an article interrupted by an embedded box); the
   gaps are left out, and inside the runs BAD and INLINE lines are dropped. A headline-like line
   at the top of the run is left to the title, which is the nearest headline-like line above.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from newsevents.clean.furniture import LINK_LABEL, furniture_at_any_length, link_line

# ---- line features --------------------------------------------------------------------------

WHITESPACE = re.compile(r"\s+")
SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$")
# A teaser or a comment preview cut off mid-sentence.
TRUNCATED = re.compile(r"(\.\.\.|…)\s*(\)|\])?$|\[\s*(\.\.\.|…)\s*\]$")
# A teaser whose headline and summary were flattened together: "...Steakhouse" + "A party of six".
GLUED_TEASER = re.compile(r"[a-z]{2}[?!.’'\"”]?(?=[A-Z][a-z]*\s+[a-z0-9])")
BULLET = re.compile(r"^\s*([•·▪●◦‣∙*\-–—>»]|\d+[.)])\s+")
# A list marker proper; dashes also open dialogue and quotes in many languages.
LIST_BULLET = re.compile(r"^\s*[•·▪●◦‣∙*]\s")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_PUNCTUATION = re.compile(r"[、。，！？]")
EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
DIGITS = re.compile(r"\d")
ALNUM = re.compile(r"[^\W_]")
URL = re.compile(r"(https?://|www\.)\S+$")

# The furniture patterns below are matched against lowercased lines (faster than IGNORECASE).

# Links and furniture that ask the reader to do something, or label a page part.
CALL_TO_ACTION = re.compile(
    r"\b(subscribe|sign up|sign in|newsletters?|log ?in|all rights reserved|follow us|"
    r"share this (article|story|page)|about the (writer|author)|leave a (comment|reply)|"
    r"(add|post|view|show) (a )?comments?|comments are closed|\d+ comments?|permalink|"
    r"download (our|the) app|terms of (use|service)|privacy policy|recommended for you|"
    r"related (stories|articles|posts|content|topics)|ad-free|delivered to your (door|inbox)|"
    r"skip to (main )?content|back to top|you might also like|\d+ votes?|filed under|tags?:|"
    r"your email address will not be published|required fields are marked|save my name|"
    r"notify me of|cancel reply|post comment|must be logged in|community (standards|guidelines)|"
    # paywalls
    r"to continue reading|(for|to) subscribers( only)?|subscribers? only|already a (subscriber|member)|"
    r"(unlock|get) (full|unlimited) access|this (article|story|content) is (for|available to|reserved for))\b|"
    r"^(share (this|on|via)|more (on this|from)|most (popular|read|viewed)|trending|posted (in|on|by))\b|"
    r"©|\bcopyright (\d|©)|^copyright\b|人気記事|新着記事"
)
# Furniture embedded in the article itself: captions' credits, advert slots (links to other stories,
# captions and editor's notes are `furniture`'s, shared with the HTML cleaner). Always dropped, but
# cheap, so that the article's parts on either side still join up.
INLINE_FURNITURE = re.compile(
    r"^(advertisement|advert|ad|anzeige|publicidade|publicidad|pubblicità|реклама|sponsored|"
    r"video|photos?|image|gallery|credit|source)\W*$|"
    r"^file (pics?|pictures?|photos?|images?)\b|\b(pic|picture|photo|image) (by|credit|courtesy)\b|\bphotos?\s*/|"
    r"\b((image|media) (copyright|caption|credit)|getty images|click here|(continue|keep) reading)\b"
)
# Cookie and consent notices read like prose, at any length.
CONSENT = re.compile(
    r"\b(cookies?|consent|gdpr|opt[- ]out|browsing experience|privacy (policy|settings|overview)|"
    r"personali[sz]ed (ads|content|advertising)|third[- ]part(y|ies)|personal data|data protection)\b"
)
# A whole line that only labels the block after it.
SECTION_LABEL = re.compile(
    r"^(related|more|share|tags|topics|print|email|menu|search|home|close|next|previous|prev|"
    r"top|updated|published|by|comments?|reply|name|e-?mail|website)\W*$"
)
# Dates, times and bylines: page metadata, never body text.
METADATA = re.compile(
    r"^(by|von|por|par|di|oleh|автор)\s+\S+(\s+\S+){0,4}$|"
    r"^(updated|published|posted|last (updated|modified)|created)\b|"
    r"^(editors?|edited by|writer|reporter|author|source|photo|photographer|credit|translator|responsible editor)\s*:|"
    r"\b\d{1,2}:\d{2}\s*(am|pm|gmt|utc|[ap]\.m\.)?\b.{0,20}$|"
    r"\b(\d+\s+(minutes?|hours?|days?|weeks?|months?)\s+ago)\b|"
    r"^\W*(https?://|www\.)\S+$"
)

# Lines that are only a date (with perhaps a weekday, a time or an author's name beside it).
MONTH = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"(januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|"
    r"outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre)"
)
# A date stamp leading a line: an optional label, the date, then a separator or the text itself.
LEADING_STAMP = re.compile(
    rf"^\s*(?:(?:date|dated|published|posted|updated)\s*:?\s*)?(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}\s+(?:{MONTH})\s+\d{{4}}|(?:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"(?:\s*[|:–—-]\s*|\s+(?=(?-i:[A-Z\"“])))(?=\S)",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?$")
DATE = re.compile(
    rf"\b(\d{{1,2}}\.?\s+({MONTH})\s+\d{{4}}|({MONTH})\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b"
)
STOP_WORDS = frozenset(
    # English
    "the a an of to in and or for on with at by from as is are was were be been has have had "
    "that this which who will would it its their his her he she they we you not but said says "
    "there than can could also into about after over more when what i our "
    # German
    "der die das und zu den von mit ist im dem nicht ein eine einen auch sich auf für es sie "
    "als werden wird aus er hat dass wie bei sind war noch nach nur oder aber wenn ich wir "
    # French
    "le la les de des du et en un une est que qui dans pour pas sur au aux avec il elle ce sont "
    "par plus ne se son sa ses mais ou été cette nous vous leur "
    # Spanish and Portuguese
    "el los las del y una por con para lo como su sus más o os do da dos das em um não no na "
    "ao seu sua foi é pelo pela mas também ser ha fue esta este está muito já entre sobre "
    # Italian
    "il lo gli di della delle dei che è non si al alla sono anche ma nel nella per con come più "
    # Dutch
    "het een van op te dat niet met voor zijn er ook maar naar bij "
    # Indonesian and Malay
    "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah atau karena "
    "kita kami saya mereka bisa sudah telah oleh sebagai bahwa jika saat lebih hanya sangat "
    # Russian
    "и в не на что с по как к из за то это он она они его но от для же о был была были а "
    "так уже у только все её бы при или"
    .split()
)

# ---- classification ----------------------------------------------------------------------

# Line classes. GOOD: prose. BAD: boilerplate, dropped everywhere. TEASER: a cut-off or glued
# summary, boilerplate for context but kept inside the body (an article's paragraph may end in an
# ellipsis too). NEAR_GOOD, SHORT and CELL (digits only) are undecided and settled by context.
# INLINE: furniture set inside articles, undecided for context and dropped everywhere.
GOOD, NEAR_GOOD, SHORT, CELL, BAD, TEASER, INLINE = (
    "good", "near-good", "short", "cell", "bad", "teaser", "inline"
)
DECIDED = (GOOD, BAD, TEASER)

# A paragraph has at least this many words, ends a sentence and has enough stop words.
GOOD_MIN_WORDS = 10
MIN_STOP_SHARE = 0.12
# A GOOD line scores its words / 10, up to this many words: one long paragraph should not
# outweigh the rest of the page.
GOOD_WORDS_CAP = 80
# Lines longer than this that read like prose but are not quite paragraphs are near-good.
SHORT_MAX_WORDS = 7
CJK_CHARS_PER_WORD = 2.0
# Call-to-action wording in a line this long is part of a sentence, not a link.
CALL_TO_ACTION_MAX_WORDS = 25
# Consent wording this often in one line makes it a cookie notice, however long.
MIN_CONSENT_TERMS = 2
# A date and at most this many other words (weekday, place, author) is a dateline.
MAX_WORDS_BESIDE_DATE = 4
MAX_DATE_WORDS = 5
# Both halves of a hard-wrapped paragraph have at least this many words.
MIN_WRAPPED_WORDS = 3
# Consecutive repeated lines that make a copied block of prose.
MIN_REPEATED_BLOCK = 3

CALL_TO_ACTION_SCORE = -3.0
KNOWN_BOILERPLATE_SCORE = -3.0
METADATA_SCORE = -2.0
REPEATED_SCORE = -2.0
TRUNCATED_SCORE = -1.0
SHORT_SCORE = -1.0
INLINE_SCORE = -1.0
NEAR_GOOD_SCORE = 0.3

# ---- context ---------------------------------------------------------------------------------

# Undecided lines between two paragraphs are body when there are at most this many of them, or
# when they are as terse as a table's cells (this many words a line or fewer).
MAX_INNER_RUN = 2
TABLE_WORDS_PER_CELL = 2.5
INNER_SHORT_SCORE = 0.0
# A near-good line between prose and boilerplate leans to prose, between boilerplate to it.
NEAR_GOOD_MIXED_SCORE = 0.1
NEAR_GOOD_AMONG_BAD_SCORE = -0.5
# A good line with no prose beside it (a teaser summary, a lone comment) counts for this share.
ISOLATED_GOOD_FACTOR = 0.5

# ---- selection -------------------------------------------------------------------------------

# A repeated line that no paragraph around it vouches for (score still at or below this) is
# dropped even inside the body.
DROP_INSIDE_BELOW = -2.0
# A line this short without a sentence end at the top of the body is the headline.
MAX_HEADLINE_WORDS = 12
# Another run of prose joins the body across at most this many lines of boilerplate...
MAX_GAP_LINES = 8
# ...when it holds at least this much prose score (about three paragraphs).
MIN_PART_SCORE = 8.0


@dataclass
class TextExtraction:
    title: str | None
    paragraphs: list[str]
    published: date | None = None  # a date stamp leading the body ("date 2019-08-05 …"), taken out of it


@dataclass(frozen=True)
class Scored:
    """One line's class and score after classification."""

    kind: str
    score: float


def normalise_line(line: str) -> str:
    """The comparable form of a line: lowercase, single spaces, digits as 0, no edge punctuation."""
    line = WHITESPACE.sub(" ", line).strip().lower()
    return EDGE_PUNCTUATION.sub("", DIGITS.sub("0", line))


def split_lines(text: str) -> list[str]:
    """Non-empty lines with whitespace collapsed; a line of only symbols or zero-width spaces
    carries no text and is left out."""
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in lines if ALNUM.search(line)]


def candidate_lines(text: str) -> list[str]:
    """The normalised non-empty lines of a text: what a site's boilerplate memory counts."""
    normalised = (normalise_line(line) for line in split_lines(text))
    return [line for line in normalised if line]


def word_count(line: str) -> float:
    """Words, with CJK characters counted in pairs since those scripts put no spaces between words."""
    return len(line.split()) + len(CJK.findall(line)) / CJK_CHARS_PER_WORD


def stop_share(lower: str) -> float:
    """The share of a line's words that are function words: high in prose, low in names,
    headlines and menus."""
    words = WORD.findall(lower)
    return sum(word in STOP_WORDS for word in words) / len(words) if words else 0.0


def is_title_case(line: str) -> bool:
    """Every word capitalised, as in menu items and headline links; sentences are not."""
    words = [word for word in WORD.findall(line) if len(word) > 3]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def is_date_line(lower: str, words: float) -> bool:
    """A date with at most a few words around it (weekday, place, author): page metadata."""
    if words > MAX_WORDS_BESIDE_DATE + MAX_DATE_WORDS or not DIGITS.search(lower):
        return False
    return DATE.search(lower) is not None and len(DATE.sub(" ", lower).split()) <= MAX_WORDS_BESIDE_DATE


def is_metadata(line: str, lower: str, words: float) -> bool:
    """A byline, dateline, timestamp or bare link; a sentence that mentions a time is none."""
    if is_date_line(lower, words):
        return True
    return words < GOOD_MIN_WORDS * 2 and not SENTENCE_END.search(line) and METADATA.search(lower) is not None


def is_glued_teaser(line: str) -> bool:
    """A title-case headline run straight into its summary, as teaser lists flatten."""
    match = GLUED_TEASER.search(line)
    if not match:
        return False
    headline = line[: match.end()]
    return len(headline.split()) >= 3 and is_title_case(headline)


def repeated_lines(lines: list[str]) -> list[bool]:
    """Which lines repeat another line of the page. A page that carries its article twice (a
    hidden print or app copy) repeats whole blocks of prose; the first copy of such a block is
    not counted as repeated, so the article survives while a promo shown twice does not."""
    counts = Counter(lines)
    repeated = [counts[line] > 1 for line in lines]
    block = [0] * len(lines)  # length of the run of consecutive repeated lines each one is in
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not repeated[i]:
            block[start:i] = [i - start] * (i - start)
            start = i + 1
    seen: set[str] = set()
    flags = []
    for line, again, run in zip(lines, repeated, block):
        first_copy = line not in seen and run >= MIN_REPEATED_BLOCK and word_count(line) >= GOOD_MIN_WORDS
        flags.append(again and not first_copy)
        seen.add(line)
    return flags


def classify(line: str, repeated: bool, known: bool) -> Scored:
    """Class and score of a line on its own: positive for prose, negative for boilerplate."""
    if known:
        return Scored(BAD, KNOWN_BOILERPLATE_SCORE)  # and always dropped, see keep()
    if not WORD.search(line):
        # Digits and symbols only: a table cell inside the article, a counter outside it.
        return Scored(CELL, SHORT_SCORE)
    words, lower = word_count(line), line.lower()
    if (
        SECTION_LABEL.match(lower)
        or (words < CALL_TO_ACTION_MAX_WORDS and CALL_TO_ACTION.search(lower))
        or len(CONSENT.findall(lower)) >= MIN_CONSENT_TERMS
    ):
        return Scored(BAD, CALL_TO_ACTION_SCORE)
    if (words < CALL_TO_ACTION_MAX_WORDS and (INLINE_FURNITURE.search(lower) or link_line(line, lower))) \
            or furniture_at_any_length(line, lower):
        return Scored(INLINE, INLINE_SCORE)
    if is_metadata(line, lower, words):
        return Scored(BAD, METADATA_SCORE)
    if repeated:
        # Short, not bad: a question asked of every interviewee or a table's column heading
        # repeats inside an article too, so context decides.
        return Scored(SHORT, REPEATED_SCORE)
    if TRUNCATED.search(line) or is_glued_teaser(line):
        return Scored(TEASER, TRUNCATED_SCORE)
    ends = bool(SENTENCE_END.search(line))
    # CJK has no stop words to count; its sentences have commas and full stops, its headlines not.
    if CJK.search(line):
        prose_words = ends or CJK_PUNCTUATION.search(line) is not None
    else:
        prose_words = stop_share(lower) >= MIN_STOP_SHARE
    # A list item is prose only beside prose: lists of links and perks are bulleted too.
    if words >= GOOD_MIN_WORDS and ends and prose_words and not LIST_BULLET.match(line):
        return Scored(GOOD, min(words, GOOD_WORDS_CAP) / 10)
    if words > SHORT_MAX_WORDS and (ends or prose_words) and not is_title_case(line):
        return Scored(NEAR_GOOD, NEAR_GOOD_SCORE)
    return Scored(SHORT, SHORT_SCORE)


def wrapped_blocks(lines: list[str], known: list[bool]) -> list[tuple[int, int]]:
    """Spans [start, end) of lines that are one paragraph hard-wrapped (a line without a sentence
    end followed by one starting in lowercase), so that they are judged as the paragraph."""
    spans, start = [], 0
    for i in range(1, len(lines) + 1):
        joined = (
            i < len(lines)
            and not known[i]
            and not known[i - 1]
            and lines[i][0].islower()
            and not SENTENCE_END.search(lines[i - 1])
            and min(len(lines[i - 1].split()), len(lines[i].split())) >= MIN_WRAPPED_WORDS
            and not URL.match(lines[i])
        )
        if not joined:
            spans.append((start, i))
            start = i
    return spans


def classify_lines(lines: list[str], boilerplate: Collection[str]) -> list[Scored]:
    """Every line's class, judging hard-wrapped paragraphs whole and sharing their score by words."""
    known = [bool(boilerplate) and normalise_line(line) in boilerplate for line in lines]
    repeated = repeated_lines(lines)
    scored: list[Scored] = []
    for start, end in wrapped_blocks(lines, known):
        if end - start == 1:
            scored.append(classify(lines[start], repeated[start], known[start]))
            continue
        block = classify(" ".join(lines[start:end]), all(repeated[start:end]), False)
        words = [word_count(line) for line in lines[start:end]]
        scored.extend(Scored(block.kind, block.score * count / sum(words)) for count in words)
    return scored


# ---- context ---------------------------------------------------------------------------------


def undecided_runs(scored: list[Scored]) -> list[tuple[int, int]]:
    """Maximal spans [start, end) of lines that are neither good nor bad."""
    runs, start = [], None
    for i, line in enumerate([*scored, Scored(BAD, 0.0)]):
        if line.kind in DECIDED:
            if start is not None:
                runs.append((start, i))
            start = None
        elif start is None:
            start = i
    return runs


def kind_at(scored: list[Scored], index: int) -> str:
    """The class of a line, BAD beyond the page's edges."""
    return scored[index].kind if 0 <= index < len(scored) else BAD


def inner_run(lines: list[str], start: int, end: int) -> bool:
    """Whether undecided lines between two paragraphs belong to the article: a subheading or
    two, or a table's terse cells; a longer run of headlines is a block of its own."""
    words = sum(word_count(line) for line in lines[start:end])
    return end - start <= MAX_INNER_RUN or words <= TABLE_WORDS_PER_CELL * (end - start)


def smooth(scored: list[Scored], lines: list[str]) -> list[float]:
    """Scores after context, as jusText does: undecided lines take their side from the nearest
    decided lines around them, and a paragraph with no prose beside it counts for less."""
    scores = [line.score for line in scored]
    has_prose_beside = [GOOD in (kind_at(scored, i - 1), kind_at(scored, i + 1)) for i in range(len(scored))]
    for start, end in undecided_runs(scored):
        prev, next_ = kind_at(scored, start - 1), kind_at(scored, end)
        if prev == next_ == GOOD:
            has_prose_beside[start - 1] = has_prose_beside[end] = True
            if inner_run(lines, start, end):
                scores[start:end] = [max(score, INNER_SHORT_SCORE) for score in scores[start:end]]
            continue
        for i in range(start, end):
            if scored[i].kind == NEAR_GOOD:
                scores[i] = NEAR_GOOD_MIXED_SCORE if GOOD in (prev, next_) else NEAR_GOOD_AMONG_BAD_SCORE
    for i, line in enumerate(scored):
        if line.kind == GOOD and not has_prose_beside[i]:
            scores[i] = line.score * ISOLATED_GOOD_FACTOR
    return scores


# ---- selection -------------------------------------------------------------------------------


def best_run(scores: list[float]) -> tuple[int, int, float]:
    """[start, end) and total of the contiguous run with the largest total score (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, run_start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, run_start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (run_start, i + 1)
    return best_span[0], best_span[1], best


def best_prefix(scores: list[float], start: int, step: int) -> tuple[int, float]:
    """From start walking by step: the stopping point with the largest running total."""
    best, best_stop, total, i = float("-inf"), start, 0.0, start
    while 0 <= i < len(scores):
        total += scores[i]
        if total > best:
            best, best_stop = total, i
        i += step
    return best_stop, best


def next_part(scores: list[float], edge: int, step: int) -> tuple[int, int] | None:
    """The run of prose that starts within a short gap beyond edge (walking by step) and holds
    enough score to be more of the article, as [start, end); None if there is none."""
    for gap in range(MAX_GAP_LINES + 1):
        i = edge + gap * step
        if not 0 <= i < len(scores):
            return None
        if scores[i] > 0:
            stop, total = best_prefix(scores, i, step)
            if total < MIN_PART_SCORE:
                return None
            return (i, stop + 1) if step > 0 else (stop, i + 1)
    return None


def is_headline(line: str, scored: Scored) -> bool:
    """A short line that is no sentence: at the top of the body, it is the article's title."""
    return scored.kind != GOOD and len(line.split()) <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(line)


def trim(lines: list[str], scored: list[Scored], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """A run without the heading-like or label lines it may start or end on: the body does not
    start on an unfinished sentence (the headline above it is the title) nor end on boilerplate."""
    while start < end and (scores[start] < 0 or is_headline(lines[start], scored[start])):
        start += 1
    while end > start and scores[end - 1] < 0:
        end -= 1
    return start, end


def select_runs(lines: list[str], scored: list[Scored], scores: list[float]) -> list[tuple[int, int]]:
    """The best run of lines, with the further parts of the article that lie a short gap away on
    either side (an article interrupted by an embedded box); the gaps themselves are left out."""
    start, end, total = best_run(scores)
    if end <= start or total <= 0:
        return []
    runs = [(start, end)]
    while (part := next_part(scores, runs[-1][1], 1)) is not None:
        runs.append(part)
    while (part := next_part(scores, runs[0][0] - 1, -1)) is not None:
        runs.insert(0, part)
    trimmed = (trim(lines, scored, scores, *run) for run in runs)
    return [(start, end) for start, end in trimmed if end > start]


def keep(scored: Scored, score: float) -> bool:
    """Whether a line inside the selected runs is body: not boilerplate on its own, and not a
    repeated line that no paragraph around it vouches for."""
    return scored.kind not in (BAD, INLINE) and score > DROP_INSIDE_BELOW


def looks_like_name(line: str) -> bool:
    """Two or three capitalised words and nothing else: a photographer's or author's name beside
    the article, not its headline ("Maria Lindqvist"). A headline says something."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(NAME_WORD.match(word) for word in words)


def looks_like_title(line: str) -> bool:
    """A headline: a few words, and no bullet, link, label, byline, date or bare name."""
    words, lower = line.split(), line.lower()
    return (
        2 <= len(words) <= 30
        and not looks_like_name(line)
        and not BULLET.match(line)
        and not CALL_TO_ACTION.search(lower)
        and not INLINE_FURNITURE.search(lower)
        and not LINK_LABEL.search(lower)
        and not METADATA.search(lower)
        and not is_date_line(lower, len(words))
    )


def extract_text(text: str, boilerplate: Collection[str] = ()) -> TextExtraction:
    """Title and body paragraphs of a page's text; `boilerplate` holds normalised lines known to be
    boilerplate for this outlet (see `normalise_line`), which never count as body."""
    lines = split_lines(text)
    known = boilerplate if isinstance(boilerplate, (set, frozenset)) else set(boilerplate)
    if known:
        # Known furniture is taken out before reading the page, so that a promo line learned from
        # earlier pages cannot split an article in two: the prose on either side joins up.
        lines = [line for line in lines if normalise_line(line) not in known]
    published = None
    first_prose = next((i for i, line in enumerate(lines) if len(line.split()) > GOOD_MIN_WORDS), None)
    if first_prose is not None:  # "date 2019-08-05 The ministry said …": a stamp, not the first words
        published, lines[first_prose] = leading_date_stamp(lines[first_prose])
    scored = classify_lines(lines, known)
    scores = smooth(scored, lines)
    runs = select_runs(lines, scored, scores)
    if not runs:
        return TextExtraction(None, [])
    body = [lines[i] for start, end in runs for i in range(start, end) if keep(scored[i], scores[i])]
    counts = Counter(lines)
    title = next(
        (lines[i] for i in range(runs[0][0] - 1, -1, -1) if looks_like_title(lines[i]) and counts[lines[i]] == 1),
        None,
    )
    return TextExtraction(title, body, published)


def boilerplate_applies(text: str, boilerplate: Collection[str]) -> bool:
    """Whether `extract_text(text, boilerplate)` can differ from `extract_text(text)`: only when a
    line it tests against `boilerplate` is in it (any line, or the first prose line as it reads it,
    a leading date stamp cut off). Cheaper than extracting again (no scoring)."""
    if not boilerplate:
        return False
    lines = split_lines(text)
    if any(normalise_line(line) in boilerplate for line in lines):
        return True
    first_prose = next((line for line in lines if len(line.split()) > GOOD_MIN_WORDS), None)
    return first_prose is not None and normalise_line(leading_date_stamp(first_prose)[1]) in boilerplate


def leading_date_stamp(line: str) -> tuple[date | None, str]:
    """A date stamp the page set before the first sentence ("date 2019-08-05 The ministry …",
    "Published: 5 August 2019 | The ministry …"): its date, and the line without it."""
    match = LEADING_STAMP.match(line)
    if not match:
        return None, line
    return parse_date(match.group("date")), line[match.end():]


def parse_date(text: str) -> date | None:
    """A written date: ISO, "5 August 2019", "August 5, 2019" or "Aug. 5 2019"; None otherwise."""
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text.replace(",", " ").replace(".", " "))
    text = " ".join(text.split())
    for form in ("%Y-%m-%d", "%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None
