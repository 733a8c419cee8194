"""Tests for the agents data module: role phrases and titles → CAMEO role codes, and news outlets."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsevents.facts.agents import (
    OUTLETS,
    ROLE_CODES,
    ROLES,
    Outlet,
    outlet_by_domain,
    outlet_by_name,
    outlet_mentioned_in,
    role_of,
    split_title,
)

# --- role phrases ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # the seed article's roles
        ("Military Intelligence chief", "MIL"),
        ("Israeli Defence Forces chief-of-staff", "MIL"),
        ("Israeli Defence Forces chief of staff", "MIL"),
        ("Putin's spokesman", "GOV"),
        ("Putin’s spokesman", "GOV"),
        ("Russian news agency", "MED"),
        ("prime minister", "GOV"),
        ("the Israeli leader", "GOV"),
        ("Israeli daily", "MED"),
        ("the paper", "MED"),
        ("journalists", "MED"),
        ("Israeli forces", "MIL"),
        # longer phrases beat their endings
        ("foreign ministry spokesman", "GOV"),
        ("opposition leader", "OPP"),
        ("press secretary", "GOV"),
        ("attorney general", "JUD"),
        ("White House chief of staff", "GOV"),
        ("fighter jets", "MIL"),
        # a generic head takes the role of what precedes it
        ("police spokesman", "COP"),
        ("army chief", "MIL"),
        ("rebel commander", "REB"),
        ("rebel forces", "REB"),
        ("union leaders", "LAB"),
        ("intelligence officer", "SPY"),
        # singular and plural, case, hyphens
        ("SOLDIERS", "MIL"),
        ("soldier", "MIL"),
        ("police officers", "COP"),
        ("lawmakers", "LEG"),
        ("MPs", "LEG"),
        ("insurgents", "REB"),
        ("protesters", "CVL"),
        ("residents", "CVL"),
        ("refugees", "REF"),
        ("university students", "EDU"),
        ("hospital", "HLH"),
        ("bank", "BUS"),
        ("unidentified gunmen", "UAF"),
        ("Lieutenant General", "MIL"),
        ("Major General", "MIL"),
    ],
)
def test_role_of_finds_the_longest_known_ending(phrase: str, code: str) -> None:
    assert role_of(phrase) == code


@pytest.mark.parametrize(
    "phrase", ["", "Kremlin", "white paper", "European Union", "chief", "anonymous security sources"]
)
def test_role_of_is_none_for_what_is_no_role(phrase: str) -> None:
    assert role_of(phrase) is None


def test_every_role_code_is_explained() -> None:
    used = set(ROLES.values()) - {"-"}
    assert used <= set(ROLE_CODES)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in ROLE_CODES)


def test_role_table_holds_singular_and_plural() -> None:
    for singular, plural in [("soldier", "soldiers"), ("prime minister", "prime ministers"),
                             ("spokesman", "spokesmen"), ("ministry", "ministries")]:
        assert ROLES[singular] == ROLES[plural]


# --- titles before names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lieutenant General Gadi Eisenkot", ("Lieutenant General", "MIL", "Gadi Eisenkot")),
        ("Lt. Gen. Gadi Eisenkot", ("Lt. Gen.", "MIL", "Gadi Eisenkot")),
        ("Major General Herzl Halevi", ("Major General", "MIL", "Herzl Halevi")),
        ("Colonel Anna Berg", ("Colonel", "MIL", "Anna Berg")),
        ("Admiral Li Wen", ("Admiral", "MIL", "Li Wen")),
        ("Brigadier Omar Haddad", ("Brigadier", "MIL", "Omar Haddad")),
        ("General Ivo Marek", ("General", "MIL", "Ivo Marek")),
        ("President Maria Lopes", ("President", "GOV", "Maria Lopes")),
        ("Prime Minister Binyamin Netanyahu", ("Prime Minister", "GOV", "Binyamin Netanyahu")),
        ("Deputy Prime Minister Ana Ruiz", ("Deputy Prime Minister", "GOV", "Ana Ruiz")),
        ("Minister Tomas Varga", ("Minister", "GOV", "Tomas Varga")),
        ("Chancellor Eva Brandt", ("Chancellor", "GOV", "Eva Brandt")),
        ("Senator Jane Doe", ("Senator", "LEG", "Jane Doe")),
        ("Mr. Netanyahu", ("Mr.", None, "Netanyahu")),
        ("Gadi Eisenkot", ("", None, "Gadi Eisenkot")),
        ("General Motors", ("", None, "General Motors")),
        ("President", ("", None, "President")),
    ],
)
def test_split_title(name: str, expected: tuple[str, str | None, str]) -> None:
    assert split_title(name) == expected


# --- outlets -----------------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"^the ", "", re.sub(r"[\W_]+", " ", name.casefold().replace("'", ""))).strip()


def test_outlet_table_is_sane() -> None:
    assert len(OUTLETS) >= 80
    names = Counter(_key(n) for o in OUTLETS for n in set(map(_key, o.names)))
    assert [n for n, c in names.items() if c > 1] == []
    domains = Counter(d for o in OUTLETS for d in o.domains)
    assert [d for d, c in domains.items() if c > 1] == []
    for outlet in OUTLETS:
        assert outlet.names[0] == outlet.name
        assert re.fullmatch(r"[A-Z]{3}", outlet.country), outlet
        assert outlet.kind in {"agency", "newspaper", "magazine", "broadcaster", "online"}, outlet
        assert outlet.domains and all(
            re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", d) and not d.startswith("www.")
            for d in outlet.domains
        ), outlet


@pytest.mark.parametrize(
    ("name", "outlet", "country", "kind"),
    [
        ("the Jerusalem Post", "Jerusalem Post", "ISR", "newspaper"),
        ("Jerusalem Post", "Jerusalem Post", "ISR", "newspaper"),
        ("Haaretz", "Haaretz", "ISR", "newspaper"),
        ("RIA Novosti", "RIA Novosti", "RUS", "agency"),
        ("TASS", "TASS", "RUS", "agency"),
        ("Reuters", "Reuters", "GBR", "agency"),
        ("AP", "Associated Press", "USA", "agency"),
        ("the Associated Press", "Associated Press", "USA", "agency"),
        ("AFP", "Agence France-Presse", "FRA", "agency"),
        ("xinhua", "Xinhua", "CHN", "agency"),
        ("Al-Jazeera", "Al Jazeera", "QAT", "broadcaster"),
        ("NEWSWEEK", "Newsweek", "USA", "magazine"),
        ("newsweek.com", "Newsweek", "USA", "magazine"),
        ("People's Daily", "People's Daily", "CHN", "newspaper"),
        ("The Times", "The Times", "GBR", "newspaper"),
        ("The New York Times", "The New York Times", "USA", "newspaper"),
        ("Times of Israel", "The Times of Israel", "ISR", "online"),
        ("Politico", "Politico", "USA", "online"),
    ],
)
def test_outlet_by_name(name: str, outlet: str, country: str, kind: str) -> None:
    found = outlet_by_name(name)
    assert isinstance(found, Outlet)
    assert (found.name, found.country, found.kind) == (outlet, country, kind)


def test_outlet_by_name_is_none_for_unknown_names() -> None:
    assert outlet_by_name("Kremlin") is None
    assert outlet_by_name("") is None


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.newsweek.com/x", "Newsweek"),
        ("newsweek.com", "Newsweek"),
        ("https://edition.cnn.com/2025/01/01/world/story", "CNN"),
        ("http://news.sky.com:80/story/1", "Sky News"),
        ("https://en.yna.co.kr/view/AEN2025", "Yonhap"),
        ("https://www.bbc.co.uk/news/world", "BBC"),
        ("www.jpost.com/israel-news/article-1", "Jerusalem Post"),
        ("https://timesofindia.indiatimes.com/world", "The Times of India"),
        ("HTTPS://WWW.HAARETZ.COM/", "Haaretz"),
    ],
)
def test_outlet_by_domain(url: str, outlet: str) -> None:
    found = outlet_by_domain(url)
    assert found is not None and found.name == outlet


@pytest.mark.parametrize("url", ["https://example.com/a", "co.uk", "", "not a url"])
def test_outlet_by_domain_is_none_for_unknown_hosts(url: str) -> None:
    assert outlet_by_domain(url) is None


SEED_LIKE_FOOTER = """Israeli daily Haaretz reports that the trip matters, citing security sources.
According to the Jerusalem Post, generals will attend. RIA Novosti reports it too.
Newsweek is committed to challenging conventional wisdom.
To read how Newsweek uses AI as a newsroom tool, Click here.
Newsweek cover
  • Newsweek magazine delivered to your door
  • Enjoy ad-free browsing on Newsweek.com
"""


def test_outlet_mentioned_in_picks_the_most_named_outlet() -> None:
    found = outlet_mentioned_in(SEED_LIKE_FOOTER)
    assert found is not None and found.name == "Newsweek"


def test_outlet_mentioned_in_counts_domains_and_skips_common_words() -> None:
    text = "Time to act. The Australian government said so. Read more at edition.cnn.com and CNN."
    found = outlet_mentioned_in(text)
    assert found is not None and found.name == "CNN"
    assert outlet_mentioned_in("Time and again, The Australian said.", min_mentions=1) is None


def test_outlet_mentioned_in_ignores_a_single_cited_source() -> None:
    text = "The ministers signed a deal, according to the Hindustan Times. Reuters reports more."
    assert outlet_mentioned_in(text) is None
    found = outlet_mentioned_in(text, min_mentions=1)
    assert found is not None and found.name == "Hindustan Times"


def test_outlet_mentioned_in_prefers_the_longest_name() -> None:
    found = outlet_mentioned_in("The Times of Israel reported, and The Times of Israel added.")
    assert found is not None and found.name == "The Times of Israel"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Britain's defence secretary", "GOV"), ("the home secretary", "GOV"), ("Chinese warships", "MIL"),
     ("UN peacekeepers", "MIL"), ("Iran's supreme leader", "GOV")],
)
def test_secretaries_warships_and_peacekeepers(phrase, code):
    assert role_of(phrase) == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("retailers", "BUS"), ("the airlines", "BUS"), ("the television networks", "MED"), ("cable networks", "MED"),
     ("a man", "CVL"), ("two women", "CVL"), ("the children", "CVL"), ("shoppers", "CVL"),
     ("the extremists", "RAD"), ("white supremacists", "RAD"), ("neo-Nazis", "RAD")],
)
def test_kinds_of_people_have_an_agent_code(phrase, code):
    """Common nouns that name a sector or kind of people are agents (Phoenix's agents dictionary)."""
    assert role_of(phrase) == code


@pytest.mark.parametrize("phrase", ["terror network", "a network of tunnels", "chairman", "manhood"])
def test_a_network_or_a_word_holding_man_is_no_kind_of_people(phrase):
    assert role_of(phrase) is None
