"""Round 38 (actors38): a bare role noun takes a country its story makes plain. "The senators"
as a clause's subject goes on with the group of senators named just before; "congressional" is
the US Congress's adjective; police who clear people from a place in a capital act in that
capital's country. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_the_senators_go_on_with_the_group_of_their_role_named_before(read):
    text = ("A group of U.S. senators from both parties sent the president a letter on Thursday urging "
            "him to keep pressing Tehran. With new penalties due next month, the lawmakers asked him "
            "not to lift them until Iran changes course. The senators backed a plan raised at the last "
            "round of talks in Oman to cap Iran's enrichment.")
    reading = read(text)
    assert actor_ending(reading, "the lawmakers").code == "USALEG"
    assert actor_ending(reading, "The senators").code == "USALEG"
    # another country's lawmakers named before are whom "the lawmakers" go on with
    other = read("Iraqi lawmakers met an American delegation in Baghdad on Monday. "
                 "The lawmakers asked the visitors for more help against the militants.")
    assert actor_ending(other, "The lawmakers").code == "IRQLEG"


def test_congressional_committees_are_the_us_congress_s(read):
    text = ("Several congressional committees are looking into the hacking, and a special counsel runs "
            "a separate inquiry into whether Moscow worked with the campaign.")
    assert actor_ending(read(text), "congressional committees").code == "USALEG"
    # a foreign congress is named with its country
    peru = read("Peru's congressional committee summoned the interior minister on Tuesday.")
    assert actor_ending(peru, "congressional committee").code == "PERLEG"


def test_police_clearing_a_place_in_a_capital_are_that_country_s(read):
    text = "A tourist was hurt when police evacuated shoppers from a market in London on Saturday."
    assert actor_ending(read(text), "police").code == "GBRCOP"
    # out of a capital ("from Paris") is only whence: no country said
    assert actor_ending(read("Police evacuated residents from Paris after the flood."), "Police").country is None
