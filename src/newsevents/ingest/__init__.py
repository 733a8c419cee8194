"""Readers: turn paths (files, folders, globs, .gz, JSONL, stdin) into raw documents."""

from newsevents.ingest.readers import JsonlFields, read_paths

__all__ = ["JsonlFields", "read_paths"]
