"""newsevents: turn news pages into a source-attributed, CAMEO-coded event database."""

__version__ = "0.1.0"
