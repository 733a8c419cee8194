"""A phrasal verb whose particle follows its object ("kicked Moscow out of their annual meeting"):
English lets the particle stand after the object, so PETRARCH's CAMEO dictionary entry "kick out"
(174, expel) codes the verb wherever the particle stands, not the bare "kick" (180, assault).
The particle is what the parse marks one, or a bare adverb opening "of" ("out of the country");
a preposition that only follows the verb is no particle. Sentences from articles of
../shared/data/news-corpus."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

from newsevents.events.verbs import cameo_verbs

G8 = ("That's because the leaders of the world's top industrialzed democracies kicked Moscow out of "
      "their annual meeting after it annexed Crimea from Ukraine.")
DENMARK = ("Then they'll move us out from Copenhagen to the countryside and, eventually, they'll just "
           "kick us out of the country.")
LUMBER = "He said that Canada, for example, just kicks us on lumber and puts people out of work in Maine."


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB")


@pytest.mark.parametrize("text", [G8, DENMARK])
def test_particle_after_the_object_keeps_the_phrasal_entry(pipeline, text):
    found = cameo_verbs().match(_verb(pipeline.nlp(text), "kick"))
    assert found is not None and found.entry.phrase == "kick out" and found.code == "174"


def test_verb_with_no_particle_keeps_its_own_entry(pipeline):
    found = cameo_verbs().match(_verb(pipeline.nlp(LUMBER), "kick"))
    assert found is not None and found.entry.phrase == "kick"


def test_expelled_from_a_meeting_is_no_assault(read):
    reading = read(G8)
    kicked = events_on(reading, "kicked")
    assert [e.cameo for e in kicked] == ["174"]
    assert "180" not in codes(reading)
