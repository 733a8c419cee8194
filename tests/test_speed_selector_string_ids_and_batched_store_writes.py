"""Round 40 speed: shortcuts that must give what the plain way gives.

- The sentence selector reads each paragraph's words as string ids in one array (`Doc.to_array`)
  and runs the sentencizer's own loop over them, instead of making a Token per word.
- The store reads the rows of every actor of a document, its own included, in one statement and
  keeps the rows it writes, so no actor is looked up again one query at a time; a document's
  events and attributions go to SQLite in one INSERT each (the ids sorted are the rows' order),
  and the places it names that are stored already are read in one statement.
"""

from __future__ import annotations

import re

import pytest
from helpers import reference_chunks
from sqlalchemy import event, select

from newsevents.actors.merge import ActorMerger
from newsevents.nlp import SentenceSelector
from newsevents.steps import default_steps, parse_words
from newsevents.store.schema import attributions, events

PARAGRAPHS = [
    "The port authority fined two trawler owners on Monday. Fishermen blocked the harbour road.",
    "Snow fell overnight!!! The roads stayed shut... Commuters waited for hours.",
    'The minister was blunt. "We will not pay," she told the council. Talks ended at noon.',
    "Nothing happened. It rained.  He said little, and she criticised the plan again.",
    "“Enough,” the mayor said. The union rejected the offer?! Its leader left.",
    "",
    "   ",
    "Gunmen attacked a convoy near the border, officials said.\"",
]


class _NoPrediction:
    """A sentencizer that must not be asked: the selector runs its loop itself."""

    def predict(self, docs):
        raise AssertionError("the selector made a Token per word through the sentencizer")


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_selector_reads_string_ids_and_chooses_as_before(pipeline, text: str) -> None:
    select = SentenceSelector(pipeline.nlp, parse_words(default_steps()))
    expected = reference_chunks(select, text)
    plain = select.sentencizer
    select.sentencizer = _NoPrediction()
    try:
        assert select(text) == expected
    finally:
        select.sentencizer = plain


TEXT = ("Officials in Mombasa said on Tuesday that police arrested three dockworkers. "
        "\"We will not allow the port to be blocked,\" the ministry said. The officials also "
        "condemned the blockade, and police in Nairobi detained two more dockworkers. "
        "Union leader Marta Oyelaran-Kess criticised the police.")


def test_a_document_is_written_without_actor_lookups_one_by_one(read, store) -> None:
    reading = read(TEXT)
    assert len(reading.events) >= 2 and reading.attributions and len(reading.places) >= 2
    run: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda c, cursor, sql, *rest: run.append(" ".join(sql.split())))
    assert store.write(reading, merge=ActorMerger())
    assert not [sql for sql in run if re.search(r'FROM actors WHERE actors\."?key"? = ', sql)]
    assert len([sql for sql in run if sql.startswith("INSERT INTO events")]) == 1
    assert len([sql for sql in run if sql.startswith("SELECT places")]) == 1  # those stored already, in one
    assert len([sql for sql in run if sql.startswith("INSERT INTO attributions")]) == 1
    with store.engine.connect() as connection:
        stored = connection.execute(select(events.c.trigger_start, events.c.attribution_id).order_by(events.c.id)).all()
        claims = {row.id: row.start for row in connection.execute(select(attributions.c.id, attributions.c.start))}
    # ids in the rows' order: each event row is its event, with its own attribution
    assert [row.trigger_start for row in stored] == [e.trigger_start for e in reading.events]
    assert [claims.get(row.attribution_id) for row in stored] == \
        [e.attribution.start if e.attribution else None for e in reading.events]
