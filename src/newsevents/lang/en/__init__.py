"""English: the words and patterns the stages read in English news.

One module per stage that needs words (`attribution`, `actors`, `events`, `grammar`, `tone`), each
loading its plain word lists from `data/` (one entry a line, source and licence in the header) and
holding the few patterns that are code. A second language copies this folder to `lang/<code>/`
and translates it, keeping the names.

Still elsewhere, for a later move: the words of four event modules being rewritten by issue 12
(`events/extract.py`, `modality.py`, `participants.py`, `senses.py`; see tests/test_lang.py), and
the page-furniture patterns, stop words and calendar names of `clean/`, which cover nine languages
at once because they are read before a page's language is known.
"""
