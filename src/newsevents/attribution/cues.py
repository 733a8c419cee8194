"""The words that signal who says a claim: speech verbs, claim nouns, citing verbs, the marks of
an anonymous source. Facts only; the finder reads them.

The pipeline parses only sentences holding one of these lemmas (or a quote mark), so a new cue
belongs in `SPEECH_CUES` or `NOMINAL_CLAIM_CUES`.
"""

from __future__ import annotations

import re

SPEECH_CUES = frozenset(
    "say tell report add state announce claim maintain deny describe write insist confirm note "
    "explain allege acknowledge admit argue warn stress reiterate quote suggest believe "
    "concede reveal disclose assert contend declare testify emphasise emphasize caution predict "
    "recall reply remark indicate".split()
)
# Verbs whose object is the claim: "denied reports of troop deployments".
NOMINAL_CLAIM_CUES = frozenset("deny confirm announce report acknowledge admit allege".split())
# Participles naming the source behind a reporter: "citing anonymous security sources".
CITING_CUES = frozenset({"cite", "quote"})
# Words inside "according to a statement from X": the statement is not the speaker, X is.
CARRIER_NOUNS = frozenset(
    "statement message report release communique communiqué post tweet interview letter document "
    "note transcript readout briefing bulletin broadcast article".split()
)
# "the paper says": a definite media noun speaks for the outlet named before it.
MEDIA_HEADS = frozenset({"paper", "newspaper", "daily", "agency", "outlet", "broadcaster", "magazine",
                         "weekly", "tabloid", "channel", "network", "station"})
# Nouns that are anonymous on their own ("sources said") ...
ANONYMOUS_HEADS = frozenset({"source", "insider"})
# ... and the words that make any speaker anonymous ("an official who asked not to be named").
ANONYMITY = re.compile(
    r"\b(anonymous|anonymity|unnamed|unidentified|not to be (named|identified)|not authori[sz]ed"
    r"|declined to be (named|identified)|familiar with|close to|briefed on"
    r"|gave only (his|her|their|a) first name|(give|gave|giving) (his|her|their) full name)\b",
    re.IGNORECASE,
)
