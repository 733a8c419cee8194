"""Clean: decode bytes, pull the main text out of a page, and drop boilerplate."""

from newsevents.clean.charset import decode
from newsevents.clean.clean import clean_document

__all__ = ["clean_document", "decode"]
