"""Tests for HTML main-content extraction: furniture rules, headline, metadata, charsets, Zyte score."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from newsevents.clean.html import decode_html, extract_html, headline
from newsevents.clean.html_rules import clean_lines, line_kind, merge_passes

REPO = Path(__file__).resolve().parents[1]
ZYTE = REPO.parent / "shared" / "data" / "zyte-article-benchmark"

HEADLINE = "Harbour strike ends after night of talks"
STORY = [
    "Dock workers in the port city returned to work on Friday morning after union leaders and the port "
    "authority agreed on a new pay scale in talks that ran through the night.",
    "The strike had halted container traffic for nine days, leaving more than forty ships waiting at anchor "
    "and pushing up the price of imported fruit in local markets.",
    "Under the deal, wages rise by six percent this year and by another four percent next year, while night "
    "shifts will be paid at a higher rate than before, the union said in a statement.",
    "The port authority said the first ships would be unloaded by the weekend, although clearing the backlog "
    "could take until the end of the month.",
]
FURNITURE = [
    "By Maria Okafor and Tom Lindqvist",
    "Updated 10:32 a.m. ET, March 3, 2024",
    "4 min read",
    "Photo: Jan Berg / Reuters",
    "Read more: Port authority names new chief after record year",
    "Sign up for our morning newsletter and get the day's top stories in your inbox.",
    "Follow us on Twitter and Facebook.",
    "Reporting by Maria Okafor; editing by Sam Reyes",
    "© 2024 The Coast Times. All rights reserved.",
    "Comments",
]


def article_page(paragraphs: list[str], head: str = "", title: str = HEADLINE) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head>{head}<title>{title} | The Coast Times</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>About us · Contact · Careers</footer></body></html>"
    )


# --- furniture rules --------------------------------------------------------------------------


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_recognised(line: str) -> None:
    assert line_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        *STORY,
        "By the end of the day, more than 2,000 people had signed the petition.",
        "More than 300 people were evacuated from the building on Tuesday.",
        "Related talks in Brussels are due to resume next week, officials said.",
        "The union said members who subscribed to the strike fund would be paid first.",
        "Prices rose 2.1% in 2023, the statistics office said on 12 March.",
        "— Jane Doe (@janedoe) November 18, 2019",  # the signature of an embedded tweet: quoted content
    ],
)
def test_story_line_is_kept(line: str) -> None:
    assert line_kind(line) is None


def test_teaser_list_under_a_related_heading_is_dropped() -> None:
    lines = [STORY[0], "Related stories", "- Ferry fares to rise in spring", "- New crane arrives at the port", STORY[1]]
    assert clean_lines(lines, []) == [STORY[0], STORY[1]]


def test_keywords_under_tags_heading_are_dropped() -> None:
    lines = [STORY[0], "Tags", "port, strike, unions, shipping", STORY[1]]
    assert clean_lines(lines, []) == [STORY[0], STORY[1]]


def test_subheading_after_a_teaser_link_is_kept() -> None:
    lines = [STORY[0], "Related: Port authority names new chief", "What the deal means for shippers", STORY[1]]
    assert clean_lines(lines, []) == [STORY[0], "What the deal means for shippers", STORY[1]]


def test_page_furniture_dropped_and_story_kept() -> None:
    paragraphs = FURNITURE[:4] + STORY[:2] + FURNITURE[4:6] + STORY[2:] + FURNITURE[6:]
    extraction = extract_html(article_page(paragraphs))
    assert extraction.paragraphs == STORY


# --- merging the precise and balanced passes ---------------------------------------------------


def test_merge_brings_back_a_paragraph_the_precise_pass_dropped() -> None:
    precise = [STORY[0], STORY[1], STORY[3]]
    balanced = ["Most read", *STORY[:2], "What the deal means", STORY[2], STORY[3], "Sign up"]
    assert merge_passes(precise, balanced) == STORY  # the long paragraph back, the short heading not


def test_merge_takes_the_fuller_wording_of_a_paragraph() -> None:
    cut = STORY[1].replace(" and pushing up the price of imported fruit in local markets", "")
    assert merge_passes([STORY[0], cut, *STORY[2:]], STORY) == STORY


def test_merge_falls_back_to_the_balanced_pass_when_the_precise_one_lost_the_story() -> None:
    assert merge_passes(["Share this story"], ["Share this story", *STORY]) == ["Share this story", *STORY]


# --- headline and metadata --------------------------------------------------------------------


def test_headline_is_not_repeated_as_a_paragraph() -> None:
    extraction = extract_html(article_page(STORY))
    assert extraction.title == HEADLINE  # without " | The Coast Times"
    assert HEADLINE not in extraction.paragraphs
    assert extraction.paragraphs[0] == STORY[0]


def test_h1_headline_differing_from_the_title_is_dropped() -> None:
    page = article_page(STORY).replace(f"<h1>{HEADLINE}</h1>", "<h1>Dock strike is over as workers win pay rise</h1>")
    assert extract_html(page).paragraphs[0] == STORY[0]


@pytest.mark.parametrize(
    ("title", "h1s", "site", "expected"),
    [
        ("Pact agreed | The Coast Times", [], "The Coast Times", "Pact agreed"),
        ("Pact agreed - Coast Times", [], "The Coast Times", "Pact agreed"),
        ("Pact agreed :: CT", ["Pact agreed"], None, "Pact agreed"),
        ("Storm hits - then calm returns", [], "The Coast Times", "Storm hits - then calm returns"),
        ("Strava adds a family plan |", [], None, "Strava adds a family plan"),
    ],
)
def test_headline_without_the_site_name(title: str, h1s: list[str], site: str | None, expected: str) -> None:
    assert headline(title, h1s, site) == expected


def test_metadata_is_read() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-03T10:32:00Z">'
        '<meta name="author" content="Maria Okafor">'
        '<meta property="og:site_name" content="The Coast Times">'
        '<link rel="canonical" href="https://coast-times.example/news/harbour-strike-ends">'
    )
    page = article_page(STORY, head).replace("<html>", '<html lang="en-GB">')
    extraction = extract_html(page.encode("utf-8"), "https://coast-times.example/amp/harbour")
    assert extraction.published == date(2024, 3, 3)
    assert extraction.author == "Maria Okafor"
    assert extraction.site_name == "The Coast Times"
    assert extraction.canonical_url == "https://coast-times.example/news/harbour-strike-ends"
    assert extraction.url == extraction.canonical_url
    assert extraction.language == "en"


KEPT_METADATA = ("title", "author", "url", "date", "sitename", "description")


def test_page_metadata_keeps_what_trafilatura_reads() -> None:
    """newsevents' lean metadata reader gives every field it keeps as trafilatura's
    extract_metadata does: on a page of our own and on every Zyte page."""
    from copy import deepcopy

    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from newsevents.clean.html import page_metadata

    head = ('<meta property="article:published_time" content="2024-03-03T10:32:00Z">'
            '<meta name="author" content="Maria Okafor"><meta name="description" content="The strike is over.">')
    pages = [article_page(STORY, head)]
    pages += [decode_html(gzip.decompress(path.read_bytes())) for path in sorted((ZYTE / "html").glob("*.html.gz"))]
    for page in pages:
        tree = load_html(page)
        ours, theirs = page_metadata(deepcopy(tree), None), extract_metadata(deepcopy(tree))
        assert [getattr(ours, f) for f in KEPT_METADATA] == [getattr(theirs, f) for f in KEPT_METADATA]
    assert page_metadata(load_html(pages[0]), None).author == "Maria Okafor"


def test_split_article_body_is_joined() -> None:
    # The body cut into two chunks of the same class with an ad between them: both are the story.
    chunk = '<div class="story-chunk body">{}</div>'
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><div class='chunks'>"
        + chunk.format("".join(f"<p>{p}</p>" for p in STORY[:2]))
        + "<div class='ad'>Advertisement</div>"
        + chunk.format("".join(f"<p>{p}</p>" for p in STORY[2:]))
        + "</div></article></body></html>"
    )
    assert extract_html(page).paragraphs == STORY


# --- charsets and bad input -------------------------------------------------------------------

RUSSIAN = [
    "Правительство объявило в пятницу о новых мерах поддержки малого бизнеса в северных регионах страны.",
    "По словам министра экономики, программа рассчитана на три года и охватит более десяти тысяч предприятий.",
    "Представители отрасли назвали решение своевременным, но попросили упростить порядок подачи заявок.",
    "Первые выплаты ожидаются уже в следующем месяце, сообщили в пресс-службе министерства.",
]
FRENCH = [
    "Le conseil municipal a voté jeudi soir un budget de rénovation des écoles, après un débat très animé.",
    "« Nous allons enfin réparer les toitures et isoler les bâtiments », a déclaré la maire à l'issue du vote.",
    "L'opposition a dénoncé un calendrier trop serré et réclamé une étude préalable sur les coûts réels.",
    "Les premiers chantiers débuteront pendant les vacances d'été, selon les services de la ville.",
]


@pytest.mark.parametrize(
    ("paragraphs", "codec", "meta"),
    [
        (RUSSIAN, "cp1251", '<meta charset="windows-1251">'),
        (RUSSIAN, "cp1251", ""),
        (RUSSIAN, "cp1251", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
        (RUSSIAN, "cp1251", '<meta charset="utf-8">'),
        (FRENCH, "latin-1", ""),
        (FRENCH, "latin-1", '<meta charset="utf-8">'),
        (FRENCH, "latin-1", '<meta charset="windows-1251">'),
        (FRENCH, "utf-8", '<meta charset="iso-8859-1">'),
    ],
    ids=["ru-declared", "ru-undeclared", "ru-declared-latin1", "ru-declared-utf8", "fr-undeclared",
         "fr-declared-utf8", "fr-declared-cp1251", "fr-utf8-declared-latin1"],
)
def test_page_bytes_decode_right_whatever_the_declared_charset(paragraphs: list[str], codec: str, meta: str) -> None:
    data = article_page(paragraphs, meta, title=paragraphs[0][:40]).encode(codec)
    assert paragraphs[1] in decode_html(data)
    assert paragraphs[1] in extract_html(data).paragraphs


def test_windows_1252_punctuation_declared_as_latin1() -> None:
    # Browsers read "iso-8859-1" as windows-1252: curly quotes and dashes must survive.
    text = "He said “no” — twice… and left."
    data = f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'.encode("cp1252")
    assert text in decode_html(data)


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Only a title</title></head></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
        b"",
        b"\x00\x01\x02\xff\xfe" * 200,
        bytes(range(256)) * 20,
        "<div>" * 3000 + "deep" + "</div>" * 3000,
    ],
)
def test_pages_without_an_article_give_no_paragraphs(page: str | bytes) -> None:
    extraction = extract_html(page)
    assert extraction.paragraphs == []


def test_no_body_keeps_the_title() -> None:
    assert extract_html("<html><head><title>Only a title</title></head></html>").title == "Only a title"


# --- the Zyte article-extraction benchmark ----------------------------------------------------


def load_scorer() -> ModuleType:
    """bench/extraction.py, the benchmark's own scoring, imported from its path."""
    spec = importlib.util.spec_from_file_location("bench_extraction", REPO / "bench" / "extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.bench
def test_zyte_benchmark_f1_beats_plain_trafilatura() -> None:
    if not (ZYTE / "ground-truth.json").exists():
        pytest.skip(f"Zyte article benchmark not found at {ZYTE} (the shared/ folder beside the checkout)")
    import trafilatura

    scorer = load_scorer()
    truth = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    ours, plain = [], []
    for page_id in sorted(truth):
        with gzip.open(ZYTE / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as handle:
            html = handle.read()
        gold = truth[page_id].get("articleBody", "")
        ours.append(scorer.page_counts(gold, "\n".join(extract_html(html).paragraphs)))
        plain.append(scorer.page_counts(gold, trafilatura.extract(html, include_comments=False) or ""))
    ours_f1, plain_f1 = scorer.summarise(ours)["f1"], scorer.summarise(plain)["f1"]
    assert ours_f1 >= 0.970, f"newsevents F1 {ours_f1:.3f} (trafilatura {plain_f1:.3f})"
    assert ours_f1 >= plain_f1, f"newsevents F1 {ours_f1:.3f} below trafilatura's {plain_f1:.3f}"
