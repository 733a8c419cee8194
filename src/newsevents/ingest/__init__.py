"""Readers: turn paths (files, folders, globs, .gz, JSONL, WARC, RSS/Atom, stdin) into raw documents."""

from newsevents.ingest.feeds import read_feed
from newsevents.ingest.readers import (
    MAX_DOCUMENT_BYTES,
    JsonlFields,
    read_file,
    read_paths,
    read_stdin,
)
from newsevents.ingest.warc import read_warc

__all__ = ["MAX_DOCUMENT_BYTES", "JsonlFields", "read_feed", "read_file", "read_paths", "read_stdin", "read_warc"]
