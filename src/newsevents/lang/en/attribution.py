"""The English words that signal who says a claim: speech verbs, claim nouns, citing verbs, the
marks of an anonymous source. The attribution stage reads them.

The pipeline parses only sentences holding one of these lemmas (or a quote mark), so a new cue
belongs in `speech_cues.txt` or `nominal_claim_cues.txt`.
"""

from __future__ import annotations

import re

from newsevents.lang import words

_HERE = "newsevents.lang.en"

SPEECH_CUES = words(_HERE, "speech_cues")
NOMINAL_CLAIM_CUES = words(_HERE, "nominal_claim_cues")
CITING_CUES = words(_HERE, "citing_cues")
CARRIER_NOUNS = words(_HERE, "carrier_nouns")
MEDIA_HEADS = words(_HERE, "speaking_media_heads")
# Nouns that are anonymous on their own ("sources said") ...
ANONYMOUS_HEADS = words(_HERE, "anonymous_heads")
# ... and the words that make any speaker anonymous ("an official who asked not to be named").
ANONYMITY = re.compile(
    r"\b(anonymous|anonymity|unnamed|unidentified|not to be (named|identified)|not authori[sz]ed"
    r"|declined to be (named|identified)|familiar with|close to|briefed on"
    r"|gave only (his|her|their|a) first name|(give|gave|giving) (his|her|their) full name)\b",
    re.IGNORECASE,
)
