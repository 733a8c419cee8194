"""Round 39 (recall39): plain event words the coder read as nothing. A suspect extradited is
judicial cooperation (063); inmates, seafarers or bloggers freed are persons released (084);
people rounded up are arrested (173), figures rounded up are no event; property expropriated is
property seized (171); a party dissolved by the state is a ban on a party (1722); peacekeepers
deployed are peacekeeping given (074), not a mobilisation (154). Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def _by_country(reading) -> list[tuple[str | None, str, str]]:
    """(code, source country, target country) of the events told as done."""
    return [(code, (source or "")[:3], (target or "")[:3]) for code, source, target in coded(reading, happened_only=True)]


def test_extraditing_a_suspect_is_judicial_cooperation(read):
    found = _by_country(read("Peru extradited the former bank manager to Chile on Wednesday."))
    assert ("063", "PER", "CHL") in found, found


def test_releasing_inmates_is_a_release_of_persons(read):
    found = _by_country(read("The Kenyan government released 4,000 inmates on Friday to ease crowding in its jails."))
    assert any(code == "084" and source == "KEN" for code, source, _ in found), found


def test_rounding_up_protesters_is_an_arrest_and_figures_are_not(read):
    found = _by_country(read("Ugandan police rounded up dozens of opposition supporters in Gulu."))
    assert any(code == "173" and source == "UGA" for code, source, _ in found), found
    # the phrasal verb codes only with people as its object
    assert not coded(read("The central bank rounded up its inflation forecast for the year."))


def test_expropriating_a_firm_s_assets_is_a_seizure(read):
    found = _by_country(read("Bolivia expropriated the assets of a Spanish power company."))
    assert ("171", "BOL", "ESP") in found, found


def test_a_court_dissolving_a_party_bans_it(read):
    found = _by_country(read("Cambodia's supreme court dissolved the main opposition party on Thursday."))
    assert any(code == "1722" and source == "KHM" for code, source, _ in found), found


def test_peacekeepers_deployed_are_peacekeeping_not_mobilisation(read):
    found = _by_country(read("Ghana deployed 800 peacekeepers to Lebanon last month."))
    assert ("074", "GHA", "LBN") in found, found
    assert not any(code == "154" for code, _, _ in found), found
