"""News-page furniture that survives main-content extraction, and the merging of two passes.

Each rule names one convention of news pages that is not the story: bylines and datelines,
reading times, photo credits, "Read more" teasers, newsletter and subscription pitches, share and
follow lines, contributor and copyright lines, comment-section headers, the headline repeated, and
the link labels, captions and promo blocks of `furniture`, which scraped text shares. Rules look
at one line (a paragraph of trafilatura's text) and, but for captions, editor's notes and promo
blocks, only at short ones, so a story that talks about newsletters keeps its paragraphs. No rule
names a site.
"""

from __future__ import annotations

import re

from newsevents.clean.furniture import furniture_at_any_length, link_line

# Words in a line, as the limit under which a line can be furniture at all.
SHORT, MEDIUM, LONG = 12, 25, 60
# Under this many characters (about 150 words), and under this share of the balanced pass, the
# precise pass lost the article.
FEW_CHARS, FALLBACK_SHARE = 1000, 0.3
# A paragraph the precise pass dropped from inside the story comes back from this many words.
PROSE_WORDS = 15
# Lines of the two passes are matched on their first words (characters, for the fuller wording).
OPENING_WORDS, OPENING_CHARS = 8, 40
# The headline is repeated among the first lines of the text, before the story starts.
HEAD_LINES = 3

# Words that announce links to other stories ("Related", "DON'T MISS", "Read more").
TEASER_WORDS = (
    r"related(?:\s+(?:stories|articles|posts?|content|coverage|links|reading|topics|news))?"
    r"|read (?:more|also|next)|also read|see (?:more|also)|more (?:from|on|about) [\w'’ .-]{1,40}|more"
    r"|also|recommended(?: for you)?|most (?:read|popular|viewed)(?: [\w ]{1,30})?"
    r"|don['’]?t miss|you (?:may|might) also (?:like|enjoy)|trending(?: now)?|top stories|in case you missed it"
    r"|leia (?:mais|também)|veja (?:mais|também)|lee (?:más|también)|lire aussi|à lire aussi"
    r"|mehr zum thema|auch interessant|lesen sie auch|leggi anche"
)
# "Read more: <headline>", "[Related: <headline>]": a link to another story.
TEASER_LABEL = re.compile(rf"^\[?\s*(?:{TEASER_WORDS})\s*(?::|\||»|>|…|\.\.\.|-|–|—|\])", re.IGNORECASE)
# The same words alone on a line: the heading of a list of headlines.
TEASER_HEADING = re.compile(rf"^\[?\s*(?:{TEASER_WORDS})\s*[:|»>….\]-]*$", re.IGNORECASE)

# "By Jane Doe, Reuters": a capitalised name after the word, a few more names, no sentence.
BYLINE = re.compile(r"^(?:By|BY|Written by|Words by|Por|Par|Von)\s+[A-ZÀ-Þ][\w.'’-]*(?:[ ,&]+[\w.'’-]+){0,8}(?<![.!?])$")
# Datelines: a date or a clock time ("20:13", "1:23 p.m.", "11/19/2019", "March 3") written
# with nothing but the words of dates, in the languages of our sources.
CALENDAR_NAMES = frozenset((
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
    "segunda terça quarta quinta sexta sábado domingo feira "
    "enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre lunes martes "
    "miércoles jueves viernes janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche januar februar märz "
    "juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì "
    "mercoledì giovedì venerdì sabato domenica"
).split())
DATE_GLUE = frozenset("at on the of am pm a p m de del às as à a le um uhr h et y e und and to".split())
CLOCK = re.compile(r"\b\d{1,2}[:h.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b", re.I)
TIME_ZONE = re.compile(r"^[A-Z]{1,4}T$")
ISO_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
DATELINE_LABEL = re.compile(
    r"^(?:updated|published|posted|last (?:updated|modified)|first published|atualizado|publicado|"
    r"actualizado|aktualisiert|veröffentlicht|mis à jour|publié|aggiornato|pubblicato)(?:\s+(?:on|at|em|am|le|el|il))?\s*:?\s*",
    re.IGNORECASE,
)
# "… by Jane Doe" after a dateline: the byline sharing its line.
TRAILING_BYLINE = re.compile(r"\s+(?:by|por|par|von)\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,3}$")
READING_TIME = re.compile(
    r"^(?:\d+\s*(?:-|to)?\s*\d*\s*min(?:ute)?s?\.?(?:\s+(?:read|reading|de lectura|de leitura|de lecture|lesezeit))?"
    r"|(?:reading|read|estimated reading) time\s*:?.*|tempo de leitura\s*:?.*|tiempo de lectura\s*:?.*"
    r"|temps de lecture\s*:?.*|lesezeit\s*:?.*)$",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
CREDIT = re.compile(
    r"^\(?(?:photo|image|picture|foto|photograph|illustration)s?(?:\s+credit)?\s*(?::|by\b|courtesy\b)"
    r"|^\(?(?:credit|source|sources|fonte|fuente|quelle)\s*:"
    # a caption's closing credit: "…in New York.Reuters", "… (AP Photo/Jane Doe)", "… REUTERS/Jane Doe"
    r"|[.)]\s*\(?(?:reuters|ap|afp|epa|getty images|shutterstock)(?:\s+photo)?(?:\s*/\s*[\w .'’-]+)?\)?$",
    re.IGNORECASE,
)
CONTRIBUTORS = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|translated|research)\s+by\b"
    r"|\bcontributed (?:reporting|to this (?:report|story|article))"
    r"|^(?:filed under|tagged(?: with)?|publicado (?:por|em))\b\s*:?",
    re.IGNORECASE,
)
PITCH = re.compile(
    r"\bnewsletters?\b|\byour inbox\b|\bpaywall\b|\bdelivered (?:straight |right )?to your\b"
    r"|^(?:sign up|subscribe|join|register)\b|\bsubscribe (?:to|now|today|here)\b|\bsubscriptions? (?:service|plan|offer)s?\b",
    re.IGNORECASE,
)
SOCIAL = re.compile(
    r"^follow\b.*(?:twitter|facebook|instagram|youtube|linkedin|tiktok|@\w|\bcoverage\b)"
    r"|^(?:like this (?:story|article)\b|share (?:this (?:story|article|post|page)|on \w+|it with)\b|tweet this\b)"
    r"|^(?:email|e-mail|write to|contact|reach|have a tip\b)[^.]*(?:@|\btwitter\b|\bat\s+\S+\.\w+)"
    r"|^[\w'’ ]{1,30}:\s*(?:https?://|www\.)\S+(?:\s+and\s+\S+)?$",
    re.IGNORECASE,
)
COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)$|^(?:leave|post|add|write) a (?:comment|reply)"
    r"|^(?:tell us what you think|join the discussion|show comments|view comments)\b",
    re.IGNORECASE,
)
WIDGET = re.compile(
    r"^(?:print(?: this)?(?: article| page| story)?|order reprints?|reprints?|share(?: this)?(?: article| story)?"
    r"|e-?mail(?: this)?(?: article| story)?|save(?: article| story)?|thank you|advertisement|ad|skip ad"
    r"|an error has occurred.*|this article has been sent to.*)$"
    r"|^\[\w+\s[^\]]*=[^\]]*\].*\[/\w+\]$",  # a WordPress shortcode the page left unrendered
    re.IGNORECASE,
)
# "Tags", "Topics": the heading of a list of keywords.
KEYWORDS_HEADING = re.compile(r"^(?:tags|tagged|topics|keywords|categories|themen|etiquetas|assuntos|temas)\s*:?$", re.IGNORECASE)
BARE_ADDRESS = re.compile(r"^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?://)?(?:www\.)?(?:twitter|facebook|instagram)\.com/\S+)$")
# A trailing social button glued to a pull quote ("...continuum.'Click To Tweet").
TWEET_BUTTON = re.compile(r"\s*click to tweet\s*$", re.IGNORECASE)
LIST_MARKER = re.compile(r"^(?:[-•*·]\s+)")
SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]\s*$")


def clean_lines(lines: list[str], headlines: list[str], kinds: dict[str, str | None] | None = None) -> list[str]:
    """The lines that are the story: furniture and the headline (title or <h1>) dropped.
    `kinds`: each line's `line_kind` as already read (filled in here), for passes sharing lines."""
    lines = [TWEET_BUTTON.sub("", line) for line in lines]
    kept = [line for line, kind in zip(lines, classify(lines, kinds)) if kind is None]
    # trafilatura keeps the <h1> headline (or the title in another form) among the first lines of
    # the text; it is the title, not the body.
    heads = {_key(headline) for headline in headlines if _key(headline)}
    opening = [line for line in kept[:HEAD_LINES] if _key(line) in heads]
    return [line for line in kept if line not in opening]


def classify(lines: list[str], known: dict[str, str | None] | None = None) -> list[str | None]:
    """For each line, the furniture rule it falls under, or None for story text. `known`: a
    memo of `line_kind` (a line's kind on its own depends on nothing else)."""
    kinds: list[str | None] = []
    for line in lines:
        if known is None:
            kind = line_kind(line)
        elif line in known:
            kind = known[line]
        else:
            kind = known[line] = line_kind(line)
        previous = kinds[-1] if kinds else None
        if kind is None and previous in ("teaser", "teaser-heading") and _listed_headline(line):
            kind = "teaser"  # the links listed under "Related:" / "DON'T MISS"
        if kind is None and previous == "keywords" and line.count(",") >= 2 and not SENTENCE_END.search(line):
            kind = "keywords"  # the keyword list under "Tags"
        kinds.append(kind)
    return kinds


def line_kind(line: str) -> str | None:
    """The furniture rule one line falls under on its own, or None."""
    text = LIST_MARKER.sub("", line.strip())
    words = len(text.split())
    if not words:
        return "empty"
    if words <= 2 and KEYWORDS_HEADING.match(text):
        return "keywords"
    if words <= SHORT and TEASER_HEADING.match(text):
        return "teaser-heading"
    if words <= MEDIUM and (TEASER_LABEL.match(text) or link_line(text, text.lower())):
        return "teaser"
    if furniture_at_any_length(text, text.lower()):
        return "caption"  # and editor's notes, "Read More" promo blocks: the same rules as scraped text
    if words <= SHORT and (WIDGET.match(text) or COMMENTS.match(text) or BARE_ADDRESS.match(text)):
        return "widget"
    if words <= SHORT and (BYLINE.match(text) or READING_TIME.match(text) or _dateline(text)):
        return "byline"
    if words <= MEDIUM and CREDIT.search(text):
        return "credit"
    if words <= MEDIUM and COPYRIGHT.search(text) or words <= LONG and CONTRIBUTORS.search(text):
        return "credit"
    if words <= LONG and (PITCH.search(text) or SOCIAL.search(text)):
        return "pitch"
    return None


def _dateline(text: str) -> bool:
    """A date or time and nothing else: "Updated at 1:23 p.m.", "22 de outubro de 2010 às 20:13"."""
    if "|" in text:
        return False  # a table row
    if ISO_TIMESTAMP.match(text):
        return True
    text = TRAILING_BYLINE.sub("", DATELINE_LABEL.sub("", text, count=1))
    tokens = re.findall(r"\w+", text)
    calendar = [token for token in tokens if token.casefold() in CALENDAR_NAMES]
    dated = bool(calendar) or bool(CLOCK.search(text))
    return dated and any(token.isdigit() for token in tokens) and all(
        token.isdigit() or token.casefold() in DATE_GLUE or token in calendar or TIME_ZONE.match(token)
        for token in tokens
    )


def _listed_headline(line: str) -> bool:
    """A link in a list of teasers: a list item or a "[VIDEO]"-tagged line, and no sentence."""
    text = LIST_MARKER.sub("", line.strip())
    listed = text != line.strip() or text.endswith("]")
    return listed and len(text.split()) <= 20 and (not SENTENCE_END.search(text) or text.endswith("]"))


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text)).casefold()


def merge_passes(precise: list[str], balanced: list[str]) -> list[str]:
    """The precise pass's lines, completed from the balanced pass.

    favor_precision trims the furniture around the story better, but now and then drops the
    story itself, whole sections inside it (after a subheading, a list) or the link texts inside
    paragraphs. So: when it kept next to nothing, the balanced pass is the body; otherwise its
    lines stay in order, a paragraph the balanced pass has between two of them comes back when it
    is long enough to be prose, and a line comes in the balanced pass's fuller wording.
    """
    size_precise = sum(map(len, precise))
    if size_precise < FEW_CHARS and size_precise < FALLBACK_SHARE * sum(map(len, balanced)):
        return balanced
    where: dict[str, list[int]] = {}
    for index, line in enumerate(balanced):
        where.setdefault(_opening(line), []).append(index)
    present = {_opening(line) for line in precise}
    merged: list[str] = []
    cursor, aligned, absorbed = 0, False, ""
    for line in precise:
        if absorbed and f" {_key(line)} " in absorbed:
            continue  # the next piece of the fuller balanced line just taken
        absorbed = ""
        match = next((i for i in where.get(_opening(line), ()) if i >= cursor), None)
        if match is not None:
            if aligned:  # the gap between this line and the previous one in the balanced pass
                merged += [
                    gap for gap in balanced[cursor:match]
                    if len(gap.split()) >= PROSE_WORDS and _opening(gap) not in present
                ]
            fuller = balanced[match]
            if len(fuller) > len(line) and _key(fuller).startswith(_key(line)[:OPENING_CHARS]):
                line, absorbed = fuller, f" {_key(fuller)} "
            cursor, aligned = match + 1, True
        merged.append(line)
    return merged


def _opening(line: str) -> str:
    """The first words of a line: the same paragraph in two passes starts the same way even when
    one pass lost a link's text further on."""
    return " ".join(re.findall(r"\w+", line)[:OPENING_WORDS]).casefold()
