"""English: the words and patterns the stages read in English news.

One module per stage that needs words (`attribution`, `actors`, `events`, `grammar`, `tone`), each
loading its plain word lists from `data/` (one entry a line, source and licence in the header) and
holding the few patterns that are code. A second language copies this folder to `lang/<code>/`
and translates it, keeping the names.

Still elsewhere: the English ordinal suffixes in `events/dates.py`'s patterns, a few handfuls of
words written inline in the rules that read them, and the page-furniture patterns, stop words and
calendar names of `clean/`, which cover nine languages at once because they are read before a
page's language is known.
"""
