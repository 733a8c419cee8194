"""The reliability suite (see docs/reliability.md)."""
