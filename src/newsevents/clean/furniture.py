"""Page furniture that both cleaners drop, HTML (`html_rules`) and scraped text (`text`): links to
other stories under a label, section labels before another story's headline, captions, editor's notes,
promo blocks and newsletter pitches.

Each pattern is matched against a lowercased line unless its name says the line's case matters.
"""

from __future__ import annotations

import re

# A label before a link to another story: matched on a short line (the callers' limit), since a
# sentence may quote the same words.
LINK_LABEL = re.compile(
    # a label's colon ends it, whatever follows ("Related: <headline>", "More:<headline>")
    r"\b(photo(graph)?|(read|see) (also|more)):|^(more|related|watch|now watch|read|go deeper|full coverage):|"
    # a section's label before another story's headline: "PHOTOS: Warships off the coast",
    # "Opinion: Why the summit failed", "More on the floods:Rivers rise …", "Live blog:"
    r"^(photos?|videos?|opinion|analysis(/opinion)?|live( blog| updates)?|watch live|latest|see|read on|"
    r"more on [^:]{1,40}|related [^:]{1,30})\s*:|"
    # a link block's heading with no colon ("Related Coverage Minister says talks will resume")
    r"^related (coverage|news|stories|npr stories|content|links?|reading|articles)\b|"
    r"^(read|see) (more|also|next)\b|\bread more\W*$|^(leia (também|mais)|veja também|читайте также|lesen sie auch|"
    r"mehr zum thema|leggi anche|baca juga)|関連記事|スポンサー|相关阅读|관련 ?기사"
)
# A link box's "Related" glued to the linked story's headline, no colon ("Related Five things to
# know about the budget"): read on the line as written, since its capital is all that parts it from
# prose ("related to the talks, the minister said").
RELATED_HEADLINE_CASED = re.compile(r"^(Related|RELATED) (?!(?:to|by)\b)[A-Z0-9\"“‘']")
# A promo block, at any length: a "Read More" button run into another story's title-case headline
# and its summary ("Read More Taxpayers Paid Millions to Design a Ventilator … As the virus spread,
# …"). The capital of "More" and of the headline's first word part it from prose ("Read more about
# the talks here."), so it is read on the line as written.
READ_MORE_PROMO_CASED = re.compile(r"^(Read More|READ MORE|Read Next|READ NEXT) (?!(?:about|on|of|at|from|here)\b)[A-Z0-9\"“‘']")
# A newsletter pitch, at any length: a sentence asking the reader to sign up ("ProPublica is a
# nonprofit newsroom … Sign up to receive our biggest stories …", "Get The Brief. Sign up to receive
# the top stories … Choose your country United States Afghanistan …", a form's country list run
# in). It tells of the outlet, and its lists lend the page countries no story names.
SIGN_UP_PITCH = re.compile(r"(?:^|[.!?]\s+)(?:sign up|subscribe) (?:to receive|to get|for (?:our|the|\w+['’]s)\b)")
# A picture's caption, at any length: a gallery's run of captions ("Photos: … Hide Caption 3 of
# 12 …", one line), a slideshow's ("Hide caption Protesters celebrate … Previous Next AP") or a
# video's ("Media playback is unsupported on your device Media caption …", a linked video's
# "Related Video <what it shows>"). It tells of the scene in a photo, often years old, not the
# story's news.
CAPTION = re.compile(r"^related video\b|^(show caption )?hide caption\b|\bhide caption \d+ of \d+\b|\b(image|media) caption\b")
# A photo's caption closed (or opened) by its credit, at any length: Reuters' ("FILE PHOTO: … in
# Lima, Peru, March 3, 2021. REUTERS/Jane Doe", "JANE DOE/REUTERS A supporter waves …", "… Handout
# via REUTERS"), AP's and USA Today's ("… (AP Photo/Jane Doe)", "… (Photo: Jane Doe, AFP/Getty
# Images)"), the Wall Street Journal's and the Guardian's ("… on Monday. Photo: Jane Doe for The Wall
# Street Journal", "… Photograph: Jane Doe/Reuters"). It tells the scene of a picture, often years
# old, between the story's paragraphs, and its person was what the next paragraph's "he said"
# resolved to. Read on the line as written: Reuters' capitals part its credit from a "Reuters/Ipsos
# poll", and only a credit closes a line after "Photo:". A credit in square brackets (Al Jazeera's
# "… [Jane Doe/Reuters]") or after a bar (Politico's "… | AP Photo") is left: those captions were
# judged right as often as not (events/captions.py).
CREDITED_CAPTION_CASED = re.compile(
    r"^FILE PHOTO\b|\bREUTERS/|/REUTERS\b|\bvia REUTERS\b"
    r"|\b(?:Photo|Photograph)s?: [^:)]{1,80}$|\((?:AP )?Photos?(?:/|: )[^()]{1,80}\)$"
)
# A video player's playlist entry, at any length: "JUST WATCHED <a video's title> Replay More Videos
# ... MUST WATCH <the title> 02:12", one line a video (CNN's text pages). Its titles are other
# stories' headlines, and its button label reads as a person's name that "she said" then resolves to.
# Read on the line as written: its capitals part it from prose ("officials who just watched it").
VIDEO_PLAYLIST_CASED = re.compile(r"^JUST WATCHED\b|\bReplay More Videos\b")
# An editor's note, at any length: a correction ("An earlier version of this story said …"), the
# writer's biography or a disclosure, or a promotion; it tells of the page, not the story's news.
EDITORS_NOTE = re.compile(r"^editors?['’]?s?['’]? note\b")


def link_line(line: str, lower: str) -> bool:
    """A label before a link to another story (only on a short line: see LINK_LABEL)."""
    return LINK_LABEL.search(lower) is not None or RELATED_HEADLINE_CASED.match(line) is not None


def furniture_at_any_length(line: str, lower: str) -> bool:
    """A caption (by its label or its credit), a video playlist, an editor's note, a "Read More"
    promo block or a newsletter pitch: furniture however long the line."""
    return CAPTION.search(lower) is not None or CREDITED_CAPTION_CASED.search(line) is not None \
        or VIDEO_PLAYLIST_CASED.search(line) is not None \
        or EDITORS_NOTE.match(lower) is not None \
        or READ_MORE_PROMO_CASED.match(line) is not None or SIGN_UP_PITCH.search(lower) is not None
