"""Round 23 clean-up: grammar.agents_of, the "by" objects of a passive's agent phrases, and the
subject reading of nominal._violent_manner that stays beside senses' bombing rule (a suicide or
chemical attack as the killer). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsevents.grammar import agents_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _parse(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A parse given by hand, so that the helper is tested apart from the model's choices
    (spaCy imported here, after newsevents has chosen its parser modules)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_agents_of_a_passive_are_its_by_objects():
    doc = _parse(["The", "convoy", "was", "ambushed", "by", "rebels", "with", "rockets"],
                 [1, 3, 3, 3, 3, 4, 3, 6],
                 ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pobj"])
    assert [t.text for t in agents_of(doc[3])] == ["rebels"]  # not the instrument after "with"


def test_agents_of_a_passive_without_agent_is_empty():
    doc = _parse(["The", "talks", "were", "postponed", "until", "May"],
                 [1, 3, 3, 3, 3, 4],
                 ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"])
    assert agents_of(doc[3]) == []


@pytest.mark.parametrize("text, code", [
    # no bomb word, so senses' bombing rule does not see it: the kind comes from the attack noun
    ("A Taliban suicide attack killed three Afghan police officers at a checkpoint in Helmand.", "1831"),
    # mass violence as the killer: chemical weapons used, not fighting
    ("A Syrian army chemical attack killed scores of Syrian civilians near Idlib last spring.", "2041"),
])
def test_attack_named_as_the_killer_gives_its_kind(read, text, code):
    found = [e for e in read(text).events if e.trigger == "killed"]
    assert found and all(e.cameo == code for e in found), [(e.trigger, e.cameo) for e in found]
