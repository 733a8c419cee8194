"""PETRARCH/TABARI dictionaries (actors, agents, verbs, discards) and the PETRARCH2 unit-test scorer.

The dictionaries are read from the user's path and never shipped; see `dictionaries.py` for
the formats and `evaluate.py` for `newsevents evaluate petrarch`.
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
