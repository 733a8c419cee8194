"""PETRARCH/TABARI dictionary readers (actors, agents, verbs, discards), used by the stages.

The dictionaries are read from the user's path and never shipped; see `dictionaries.py` for
the formats. The PETRARCH2 unit-test scorer (`newsevents evaluate petrarch`) runs the stages, so
it lives apart, in `newsevents/evaluation/`.
"""

from newsevents.petrarch.dictionaries import (
    ActorDictionary,
    ActorEntry,
    AgentDictionary,
    AgentEntry,
    DatedCode,
    Dictionaries,
    Discards,
    PatternElement,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
    load_dictionaries,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
)

__all__ = [
    "ActorDictionary", "ActorEntry", "AgentDictionary", "AgentEntry", "DatedCode", "Dictionaries", "Discards",
    "PatternElement", "VerbDictionary", "VerbEntry", "VerbPattern",
    "load_dictionaries", "read_actors", "read_agents", "read_discards", "read_verbs",
]
