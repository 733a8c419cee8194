"""A cut in relations that names no one in its own phrases (issue 12, round 48, targets48):
sanctions reimposed, a deal walked out of, exchanges suspended are aimed at the one country other
than the doer's own that the sentence (or the one before it) names; with none or with two, no
target. Threats and force are not read so. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_sanctions_reimposed_are_on_the_other_country_of_the_sentence(read):
    found = coded(read("Venezuela's oil exports have collapsed since Washington reimposed sanctions in March."))
    assert any(c.startswith("16") and s and s.startswith("USA") and t == "VEN" for c, s, t in found), found


def test_exchanges_suspended_after_another_country_acted_are_cut_with_it(read):
    found = coded(read("Beijing suspended military exchanges after Washington approved the arms sale."))
    assert any(c.startswith("16") and s and s.startswith("CHN") and t and t.startswith("USA") for c, s, t in found), found


def test_a_cut_inside_the_doers_own_country_has_no_target(read):
    found = coded(read("The Kremlin postponed the vote because of the coronavirus."))
    cuts = [t for c, s, t in found if c.startswith("16")]
    assert cuts and all(t is None for t in cuts), found


def test_a_cut_with_two_other_countries_named_has_no_target(read):
    found = coded(read("Russia and China objected, but the European Union imposed sanctions anyway."))
    cuts = [t for c, s, t in found if c.startswith("16")]
    assert cuts and all(t is None for t in cuts), found


def test_a_threat_is_not_read_against_the_other_country(read):
    found = coded(read("After a rally in Ohio about jobs lost to Mexico, Trump threatened to halt the program."))
    threats = [t for c, s, t in found if c.startswith("13")]
    assert threats and all(t != "MEX" for t in threats), found
