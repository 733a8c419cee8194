"""The attribution stage: who says so. Quotes, "X said that …", "according to X", "citing Y",
anonymous sources, and the chain from the document's outlet down to the claim's original source.

Each attribution is a claim span with its speaker; when one source reports another ("Peskov told
journalists …, RIA Novosti reports") the outer speaker becomes the inner one's `reported_by`.
Events then take the innermost attribution whose claim covers them.
"""

from __future__ import annotations

from newsevents.attribution.finder import AttributionFinder
from newsevents.attribution.linking import link_events
from newsevents.lang.en.attribution import CITING_CUES, NOMINAL_CLAIM_CUES, SPEECH_CUES

__all__ = ["AttributionFinder", "CITING_CUES", "NOMINAL_CLAIM_CUES", "SPEECH_CUES", "link_events"]
