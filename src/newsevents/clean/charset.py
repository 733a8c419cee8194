"""Bytes to text: the one charset decision that the HTML and the text cleaners share."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


def decode(data: bytes) -> str:
    """UTF-8 when it is (BOM or not); otherwise the charset that fits the bytes best."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        matches = from_bytes(data)
        best = matches.best()
        if best is None:
            return data.decode("cp1252", errors="replace")
        # charset_normalizer often ranks cp1250/cp1257/cp775 level with or just ahead of
        # windows-1252 on Western text ("à" → "ą"); take windows-1252 (the web's legacy default,
        # which WHATWG also reads "latin-1" as) when it fits the bytes about as well.
        for match in matches:
            if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.02:
                return str(match)
        return str(best)
