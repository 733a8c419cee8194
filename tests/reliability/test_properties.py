"""Property tests (Hypothesis): whatever bytes or text arrive, readers, cleaning and
`Pipeline.read_text` answer with documents or skips, never an exception. Examples are bounded so
the suite stays quick; raise `max_examples` to search harder."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.ingest.readers import JsonlFields, read_file, read_jsonl
from newsevents.model import Document, RawDocument, Reading, Skip, printable

# Text with a lone surrogate in it ("\ud800": valid JSON, not valid text), besides any other text.
texts = st.text() | st.builds(lambda head, code, tail: head + chr(code) + tail, st.text(max_size=20),
                              st.integers(0xD800, 0xDFFF), st.text(max_size=20))
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# JSON values as a corpus might hold them, surrogates and control characters included.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries({}, optional={
    "id": json_values, "text": texts | json_values, "html": st.text(max_size=200) | json_values,
    "url": texts | json_values, "title": texts | json_values, "outlet": texts | json_values, "published": st.text(max_size=12) | json_values,
})


def _stores_as_text(value: str | None) -> bool:
    return value is None or value == printable(value)


@QUICK
@given(st.lists(records | json_values, max_size=5), st.binary(max_size=200))
def test_jsonl_lines_each_become_one_document_or_skip(lines, garbage):
    data = b"\n".join(json.dumps(line).encode() for line in lines) + b"\n" + garbage
    items = list(read_jsonl(io.BytesIO(data), "feed.jsonl", JsonlFields()))

    assert all(isinstance(item, (RawDocument, Skip)) for item in items)
    assert len([i for i in items if isinstance(i, RawDocument)]) <= len(lines) + 1
    for item in items:  # every string that reaches the store can be encoded
        assert _stores_as_text(item.origin)
        if isinstance(item, RawDocument):
            item.content.decode("utf-8")
            assert _stores_as_text(item.url) and _stores_as_text(item.outlet) and _stores_as_text(item.title)


@QUICK
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".rss", ".xml", ".warc", ".gz", ".txt.gz"]))
def test_any_file_becomes_documents_or_skips(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)

    items = list(read_file(path))

    assert items and all(isinstance(item, (RawDocument, Skip)) for item in items)


@QUICK
@given(text=st.text(max_size=2000), media=st.sampled_from(["text", "html"]))
def test_cleaning_never_raises(pipeline, text, media):
    raw = RawDocument("page", text.encode("utf-8", "surrogatepass"), media)

    (prepared,) = pipeline.prepare_batch([raw])

    assert isinstance(prepared, Skip) or isinstance(prepared[0], Document)


paragraphs = st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300)
                      | st.sampled_from(["Russia and Ukraine signed a ceasefire in Minsk on Friday.",
                                         "\"We will not retreat,\" the minister said.", "", "\u200b\u0000\ufeff"]),
                      max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=paragraphs, clean=st.booleans())
def test_read_text_answers_with_a_reading_or_a_skip(pipeline, parts, clean):
    result = pipeline.read_text("\n\n".join(parts), clean=clean)

    assert isinstance(result, (Reading, Skip))
