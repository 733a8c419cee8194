"""English words the shared parse readers use."""

from __future__ import annotations

from newsevents.lang import words

PLANNING_HEADS = words("newsevents.lang.en", "planning_heads")
ANTECEDENT_PRONOUNS = words("newsevents.lang.en", "antecedent_pronouns")
CONTRACTED_WOULD = words("newsevents.lang.en", "contracted_would")
LIST_MARKS = words("newsevents.lang.en", "list_marks")
DASHES = frozenset({"-", "–", "—", "--"})  # a dash as the parser keeps it: hyphen, en, em, a doubled hyphen

# Quotation marks, the one table every stage reads. Double ones: a straight one opens or closes,
# a curly one says which it does.
OPENING_QUOTES = frozenset('"“')
CLOSING_QUOTES = frozenset('"”')
DOUBLE_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
# With the single marks, which are apostrophes as often as quotes: for a mark beside a phrase only.
QUOTE_MARKS = DOUBLE_QUOTES | frozenset("'‘’")
# A possessive as the parser splits it off a name: "CNN's", "Fox News'" (either apostrophe).
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
