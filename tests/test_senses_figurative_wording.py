"""Figurative wording read as a literal act (issue 12, round 28; judged draws, seed 42): an object
weighed ("taking the threat seriously") is no threat, a stance ("struck a hard line") no force,
joining a cause ("sign on") no agreement, calling someone out criticism, moving someone into a
state no demand, idioms of learning ("caught wind of") no seizure; and codes narrower than the
word: people seized by militants an abduction (181), a race left no concession (08x), staff
suspended no relations cut, goods boycotted by a state an economic boycott (163), a boxcar
deployed no forces, words of assurance given an intent (030). Sentences from the judged draws'
articles and the news corpus."""

from __future__ import annotations

from helpers import codes

FORCE_ROOTS = {"18", "19", "20"}


def test_a_threat_taken_seriously_is_no_threat(read):
    reading = read("Amid the fiery words from Pyongyang and annual military training exercises by U.S. and South Korean "
                   "forces in the region, government officials in Washington and Seoul say they are taking the North "
                   "Korean threat seriously.")
    assert not [c for c in codes(reading) if c.startswith("13")]


def test_a_hard_line_struck_is_no_force(read):
    reading = read("While Pompeo struck a hard line, Trump has been noncommittal on whether he would order U.S. "
                   "military retaliation.")
    assert not [c for c in codes(reading) if c[:2] in FORCE_ROOTS]


def test_a_hardline_position_taken_is_no_force(read):
    reading = read("America's role in talks with Iran may be limited; primarily the U.S. needs only to not act as a "
                   "deterrent to talks, as it has often taken the most hardline position of the Western powers involved.")
    assert not [c for c in codes(reading) if c[:2] in FORCE_ROOTS]


def test_military_positions_struck_are_still_force(read):
    reading = read("The United States, Britain and France struck military positions and research facilities linked "
                   "to chemical weapons in Damascus and Homs overnight.")
    assert [c for c in codes(reading) if c[:2] in FORCE_ROOTS]


def test_lawmakers_signing_on_sign_no_agreement(read):
    reading = read("\"Any deal that is not approved by the Congress won't be accepted by the Congress now or in the "
                   "future,\" he said, adding that he hopes more lawmakers and presidential candidates sign on.")
    assert "057" not in codes(reading)


def test_pushing_a_country_into_new_territory_is_no_demand(read):
    reading = read("Mr. Obama, according to participants in the many Situation Room meetings on Olympic Games, was "
                   "acutely aware that with every attack he was pushing the United States into new territory, much as "
                   "his predecessors had with the first use of atomic weapons in the 1940s.")
    assert not [c for c in codes(reading) if c[:2] in {"02", "10"}]


def test_calling_someone_out_is_criticism(read):
    reading = read("Schiff knew the whistleblower, met with him and weaponized his complaint. Schiff said he didn’t "
                   "have contact. Even The Washington Post had to call him out for that, but sorry, let's return to "
                   "this Russia nonsense.")
    assert "111" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("04")]


def test_catching_wind_of_a_thing_is_no_seizure(read):
    reading = read("This strategy so far has worked for Bannon, either because Trump understands he needs him or "
                   "hasn’t caught wind of the fact that he might be being played.")
    assert codes(reading) == []


def test_people_seized_by_militants_are_abducted(read):
    reading = read("The landscape could be altered, he says, by military intervention by Turkey (which might have "
                   "special motivation given the conflict's tight proximity to its border and the fact militants "
                   "seized dozens at its consulate in Mosul) or by Iran.")
    assert "181" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("171")]


def test_a_hotel_seized_by_gunmen_stays_property(read):
    reading = read("Gunmen seized a luxury hotel in the Malian capital of Bamako Friday and took 170 people hostage, "
                   "killing at least three of them.")
    assert "171" in codes(reading)
    assert "181" in codes(reading)


def test_civil_servants_suspended_cut_no_relations(read):
    reading = read("They said the Turkish government had imprisoned more than 80,000 Turkish citizens, closed more "
                   "than 1,500 non-governmental organizations on terrorism-related grounds and dismissed or suspended "
                   "more than 130,000 civil servants from their jobs.")
    assert not [c for c in codes(reading) if c.startswith("16")]


def test_a_state_boycotting_goods_is_an_economic_boycott(read_every):
    # a hypothetical act: read so (read_every), left out of the default store (round 35)
    reading = read_every("China’s Global Times newspaper reported that Beijing was also considering cutting orders for new "
                         "Boeing planes and boycotting US agricultural products.")
    assert "163" in codes(reading)
    assert "143" not in codes(reading)


def test_a_boxcar_deployed_mobilises_no_forces(read):
    reading = read("The night before, officials deployed a boxcar covered with razor wire to close a key border "
                   "crossing along a railroad track that had been the main entry point for migrants.")
    assert "154" not in codes(reading)


def test_assurances_given_are_an_intent_not_aid(read):
    reading = read("EU leaders did give May some extra legal assurances on Tuesday — basically add-ons to the Brexit "
                   "deal — to help guarantee the temporary nature of the backstop.")
    assert "030" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("07")]


def test_pulling_out_of_a_race_yields_nothing(read):
    reading = read("With the numbers as they are now, the National Front is all but certain to win the region. "
                   "To block them socialists make a game changing move. They pull out of the race.")
    assert not [c for c in codes(reading) if c.startswith("08")]
