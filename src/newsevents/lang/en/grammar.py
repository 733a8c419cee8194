"""English words the shared parse readers use."""

from __future__ import annotations

from newsevents.lang import words

PLANNING_HEADS = words("newsevents.lang.en", "planning_heads")
