"""Named people the coder left without a code though the story says who they are: a person the
noun beside the name places at a coded body ("an analyst at the International Crisis Group"), and
an officer whose rank abbreviation the tokenizer split ("Capt." "."), cutting the name off the title
before it. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_a_person_at_a_coded_body_takes_its_code_for_every_mention(read):
    text = ("Mara Kessel, a senior researcher at UNICEF, criticized the cuts on Monday.\n\n"
            "Kessel said the clinics would close within a month.")
    reading = read(text)
    assert actor_of(reading, "Mara Kessel").code == "IGOUNOKID"
    assert actor_of(reading, "Kessel").code == "IGOUNOKID"


def test_the_head_of_a_bodys_office_is_of_that_body(read):
    reading = read("Dana Whitcombe, director of the American Civil Liberties Union's legal office, sued the city.")
    assert actor_of(reading, "Dana Whitcombe").code == actor_of(reading, "American Civil Liberties Union").code


def test_someone_formerly_at_a_body_is_not_coded_as_it(read):
    reading = read("Omar Teller, a former analyst at the International Crisis Group, criticized the plan.")
    assert not actor_of(reading, "Omar Teller").code


def test_a_body_with_no_country_gives_no_bare_role(read):
    reading = read("Nadia Hollis, a professor at Concordia University, criticized the rules.")
    assert not actor_of(reading, "Nadia Hollis").code


def test_an_officer_titled_before_a_rank_takes_the_title(read):
    reading = read("Pentagon spokesman Capt. Ross Whitley said the troops would stay.")
    assert actor_of(reading, "Ross Whitley").code == "USAMIL"


def test_an_officer_described_before_a_ranked_name_takes_the_description(read):
    reading = read("A Ukrainian army spokesman, Lt. Col. Taras Bondar, said on Monday that rebels shelled the town.")
    assert actor_of(reading, "Taras Bondar").code == "UKRMIL"


def test_a_retired_officer_is_an_elite(read):
    reading = read('"The border cannot be sealed," said retired Lt. Col. Hank Morrow, a former U.S. military attache in Jordan.')
    assert actor_of(reading, "Hank Morrow").code == "USAELI"



def test_an_ally_of_a_body_is_not_its_staff(read):
    # a relation "of" a body is no post in it (it read LBNREB before); a spokesman's "for" is
    reading = read("Karl Olsen, an ally of Hezbollah, criticized Israel.\n\n"
                   "Lukas Brandt, a spokesman for the European Commission, spoke in Brussels.")
    assert not actor_of(reading, "Karl Olsen").code
    assert actor_of(reading, "Lukas Brandt").code == "IGOEUREEC"


def test_a_commander_and_a_private_keep_their_rank(read):
    reading = read("Pentagon spokesman Cdr. Tom Berry said the destroyer left port.\n\n"
                   "U.S. Army Pvt. Dan Hollis said the convoy was attacked near Kandahar.")
    assert actor_of(reading, "Tom Berry").code == "USAMIL"
    assert actor_of(reading, "Dan Hollis").code == "USAMIL"
