"""Named people the coder left without a code though the story says who they are: a person the
noun beside the name places at a coded body ("an analyst at the International Crisis Group"), and
an officer whose rank abbreviation the tokenizer split ("Capt." "."), cutting the name off the title
before it. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_an_officer_titled_before_a_rank_takes_the_title(read):
    reading = read("Pentagon spokesman Capt. Ross Whitley said the troops would stay.")
    assert actor_of(reading, "Ross Whitley").code == "USAMIL"


def test_an_officer_described_before_a_ranked_name_takes_the_description(read):
    reading = read("A Ukrainian army spokesman, Lt. Col. Taras Bondar, said on Monday that rebels shelled the town.")
    assert actor_of(reading, "Taras Bondar").code == "UKRMIL"


def test_a_retired_officer_is_an_elite(read):
    reading = read('"The border cannot be sealed," said retired Lt. Col. Hank Morrow, a former U.S. military attache in Jordan.')
    assert actor_of(reading, "Hank Morrow").code == "USAELI"
