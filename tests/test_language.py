"""Tests for the language stage: English passes, other languages become a "language" skip."""

from __future__ import annotations

from newsevents.language import identify_language, language_stage
from newsevents.model import Document, Skip

ENGLISH = (
    "Israeli prime minister Binyamin Netanyahu is due to meet with Russian president Vladimir Putin to "
    "discuss Russia's involvement in the Syrian crisis, in what the Israeli press has described as a jab "
    "at the United States."
)
GERMAN = (
    "Der israelische Ministerpräsident Benjamin Netanjahu wird am Montag in Moskau mit dem russischen "
    "Präsidenten Wladimir Putin zusammentreffen, um über die Lage in Syrien zu sprechen. Die Regierung "
    "in Jerusalem befürchtet Zusammenstöße mit russischen Truppen an der Nordgrenze."
)
FRENCH = (
    "Le Premier ministre israélien Benjamin Netanyahou doit rencontrer lundi à Moscou le président russe "
    "Vladimir Poutine pour discuter de la situation en Syrie. Le gouvernement israélien craint des "
    "affrontements avec les troupes russes à la frontière nord."
)


def document(body: str) -> Document:
    return Document(id="x", origin="test", body=body, paragraphs=[(0, len(body))])


def test_identify_english() -> None:
    assert identify_language(ENGLISH) == "en"


def test_identify_german_and_french() -> None:
    assert identify_language(GERMAN) == "de"
    assert identify_language(FRENCH) == "fr"


def test_english_document_passes_with_language_set() -> None:
    doc = document(ENGLISH)
    result = language_stage(doc)
    assert result is doc
    assert result.language == "en"


def test_german_document_is_skipped_with_language_reason() -> None:
    result = language_stage(document(GERMAN))
    assert isinstance(result, Skip)
    assert result.reason == "language"
    assert "'de'" in result.detail
    assert result.origin == "test"


def test_french_document_is_skipped_with_language_reason() -> None:
    result = language_stage(document(FRENCH))
    assert isinstance(result, Skip)
    assert result.reason == "language"
    assert "'fr'" in result.detail


def test_skipped_document_still_records_its_language() -> None:
    doc = document(GERMAN)
    language_stage(doc)
    assert doc.language == "de"


def test_supported_languages_can_be_widened() -> None:
    result = language_stage(document(FRENCH), supported=frozenset({"en", "fr"}))
    assert isinstance(result, Document)
    assert result.language == "fr"
