"""Round 39 speed: shortcuts that must give what the plain way gives.

- `actors.identity.identity` keeps its answers: a pure reading of an actor's kind, name and
  country over fixed tables, asked twice for every actor the store writes (its key, then its row).
- The verb-lemma component makes Tokens only for the words tagged VERB (the POS array tells
  which), not one per word of every paragraph.
- `actors.coding._retold_surnames` makes no pass over the words when no person is named in full.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.actors.coding import _people_by_surname, _retold_surnames
from newsevents.actors.identity import _identity, identity
from newsevents.model import Actor, Document, Mention, ParsedDocument
from newsevents.nlp import SUFFIXES, VERB_POS, _short_stem

ACTORS = [
    Actor("Marisol Quintero-Vance", "person", "COL", "GOV"),
    Actor("President Teodor Halvard", "person", "NOR"),
    Actor("Mr. Halvard's", "person", "NOR"),
    Actor("the Chilean Foreign Ministry", "organisation", "CHL", "GOV"),
    Actor("Foreign Ministry", "organisation", None, "GOV"),
    Actor("Amnesty International", "organisation", None, "NGO"),
    Actor("Peruvian", "organisation", "PER"),
    Actor("Chile", "country", "CHL"),
    Actor("Reuters", "outlet"),
    Actor("two fishermen", "group", "PER", "CVL"),
    Actor("officials", "person"),
    Actor("Ola Ola", "person", "NOR"),
]


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: a.name)
def test_identity_kept_is_the_plain_reading(actor: Actor) -> None:
    plain = _identity.__wrapped__(actor.kind, actor.name, actor.country)
    assert identity(actor) == plain
    assert identity(Actor(actor.name, actor.kind, actor.country, actor.role, ["another alias"])) == plain


def test_identity_asked_again_is_answered_from_memory() -> None:
    actor = Actor("Ingrid Solberg-Mwangi", "person", "KEN")
    first = identity(actor)
    hits = _identity.cache_info().hits
    assert identity(actor) is first
    assert _identity.cache_info().hits == hits + 1


def _plain_verb_lemmas(doc, verbs) -> list[str]:
    """The component's old loop: every Token made and its part of speech read."""
    lemmas = []
    for token in doc:
        lemma = token.lemma_
        if token.pos_ == "VERB" and token.lower_.endswith(SUFFIXES) and token.lower_ in {lemma + s for s in SUFFIXES} \
                and _short_stem(lemma) and lemma + "e" in verbs:
            lemma += "e"
        lemmas.append(lemma)
    return lemmas


TEXTS = [
    "The rebels waged a long campaign while the army hoped for talks and the court fined the bank.",
    "Dockworkers staged a walkout, hoping the port authority would listen; it hopes so too.",
    "",
    "Rain.",
    "Hopping, taping and wiping were all they did as the committee fined nobody.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_verb_lemmas_read_from_the_pos_array_are_the_plain_ones(pipeline, text: str) -> None:
    nlp = pipeline.nlp
    component = nlp.get_pipe("news_verb_lemmas")
    with nlp.select_pipes(disable=["news_verb_lemmas"]):
        before = nlp(text)
    expected = _plain_verb_lemmas(before, component.verbs or _verb_index(nlp))
    assert [t.lemma_ for t in component(before)] == expected
    assert all((t.pos == VERB_POS) == (t.pos_ == "VERB") for t in before)


def _verb_index(nlp):
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    return lookups.get_table("lemma_index", {}).get("verb", ()) if lookups is not None else ()


class _NoParagraphs(list):
    def __iter__(self):
        raise AssertionError("the words were read though no person is named in full")


def test_retold_surnames_reads_no_words_without_a_full_name() -> None:
    document = Document("d1", "<text>", "Officials in Lima said the ministry would respond.", published=date(2026, 3, 2))
    parsed = ParsedDocument(document, _NoParagraphs())
    group = Actor("officials", "group", "PER", "GOV")
    mentions = [Mention(0, 9, "Officials", group, "role")]
    assert _retold_surnames(parsed, mentions, _people_by_surname(mentions), None) == []  # type: ignore[arg-type]
