"""Main-content selection for text-only input (a scraped page with its boilerplate left in)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsevents.clean.text import (
    TextExtraction,
    boilerplate_applies,
    candidate_lines,
    extract_text,
    normalise_line,
)

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench" / "extraction.py"
ZYTE = REPO.parent / "shared" / "data" / "zyte-article-benchmark"

HEADLINE = "Harbour authority approves dredging plan for the old port"
MENU = ["Home", "News", "Business", "Sport", "Weather", "Opinion", "Search"]
BYLINE = ["By Maria Lindqvist", "Published 14 March 2024, 09:12"]
BODY = [
    "The harbour authority voted on Thursday to dredge the old port's main channel, a project that "
    "local fishing crews have asked for since silt began to strand boats at low tide three years ago.",
    "Work is expected to start in the autumn and to last about eight months, according to the "
    "authority's chief engineer, who said the channel would be deepened by almost two metres.",
    "Environmental groups said they would study the plan closely, warning that the disturbed silt "
    "could harm the oyster beds that lie just outside the harbour wall.",
    "The authority said it had commissioned an independent survey of the beds and would publish the "
    "results before any dredging began, a promise the groups welcomed as a first step.",
]
FOOTER = [
    "Maria Lindqvist covers shipping and the coast for the Harbour Gazette. Read more",
    "Get the morning briefing: sign up for our free newsletter and never miss a story.",
    "We use cookies to personalise content and ads. By continuing you consent to our cookie policy.",
    "Follow us on Facebook",
    "Privacy policy",
    "© 2024 Harbour Gazette. All rights reserved.",
]


def page(*blocks: list[str]) -> str:
    return "\n".join(line for block in blocks for line in block)


# --- what is dropped --------------------------------------------------------------------------


def test_menu_byline_bio_newsletter_and_footer_are_dropped() -> None:
    extraction = extract_text(page(MENU, [HEADLINE], BYLINE, BODY, FOOTER))
    assert extraction.paragraphs == BODY
    assert extraction.title == HEADLINE


def test_teaser_list_after_the_article_is_dropped() -> None:
    teasers = [
        "More from the Harbour Gazette",
        "Ferry Timetable Changes For The Winter Season",
        "New Lighthouse Keeper Takes Up Her Post",
        "Council Debates Parking Charges On The Quay",
    ]
    assert extract_text(page(MENU, [HEADLINE], BODY, teasers, FOOTER)).paragraphs == BODY


def test_a_promo_repeated_on_the_page_is_dropped() -> None:
    promo = "The Harbour Gazette is an independent newspaper owned by the people who read it."
    paragraphs = extract_text(page([HEADLINE], BODY, ["Support us"], [promo, promo], FOOTER)).paragraphs
    assert promo not in paragraphs
    assert paragraphs == BODY


def test_a_page_carrying_its_article_twice_gives_it_once() -> None:
    assert extract_text(page(MENU, [HEADLINE], BODY, FOOTER[:3], BODY, FOOTER[3:])).paragraphs == BODY


# --- what is kept -----------------------------------------------------------------------------


def test_subheading_and_short_paragraph_inside_the_body_are_kept() -> None:
    subheading, short = "What the survey will cover", "The vote was unanimous."
    body = [BODY[0], short, BODY[1], subheading, BODY[2], BODY[3]]
    assert extract_text(page(MENU, [HEADLINE], body, FOOTER)).paragraphs == body


def test_article_interrupted_by_a_related_block_is_kept_whole() -> None:
    second_part = [
        "Fishing crews at the quay said the decision had come late but was welcome, since several "
        "boats had already moved to the deeper harbour further along the coast this winter.",
        "One skipper said he had lost more than a dozen days at sea this year because his boat "
        "could not leave the berth until the tide was nearly full.",
        "The authority will hold a public meeting next month to explain the timetable and to take "
        "questions from residents who live along the channel.",
    ]
    related = [
        "Related stories",
        "Ferry Timetable Changes For The Winter Season",
        "Oyster Farmers Fear For Their Beds",
        "Advertisement",
        "Sign up for our newsletter",
        "Most read",
    ]
    paragraphs = extract_text(page(MENU, [HEADLINE], BODY, related, second_part, FOOTER)).paragraphs
    assert paragraphs == BODY + second_part


def test_inline_caption_credits_inside_the_body_are_dropped_and_the_body_joined() -> None:
    caption = ["Image copyright", "Getty Images", "Image caption", "The old port at low tide"]
    paragraphs = extract_text(page([HEADLINE], BODY[:2], caption, BODY[2:], FOOTER)).paragraphs
    assert [p for p in paragraphs if p in BODY] == BODY
    assert not {"Image copyright", "Getty Images", "Image caption"} & set(paragraphs)


def test_hard_wrapped_paragraph_is_judged_whole() -> None:
    wrapped = [
        "The harbour authority voted on Thursday to dredge the old port's",
        "main channel, a project that local fishing crews have asked for",
        "since silt began to strand boats at low tide three years ago.",
    ]
    paragraphs = extract_text(page(MENU, [HEADLINE], wrapped, BODY[1:], FOOTER)).paragraphs
    assert paragraphs == wrapped + BODY[1:]


def test_japanese_body_without_spaces_is_found() -> None:
    body = [
        "港湾局は木曜日、旧港の主要航路を浚渫する計画を承認した。漁業者は三年前から要望していた。",
        "工事は秋に始まり、約八か月続く見通しだと主任技師は述べた。航路は約二メートル深くなる。",
        "環境団体は計画を慎重に検討すると述べ、かき養殖場への影響を懸念している。",
    ]
    menu = ["ホーム", "ニュース", "関連記事", "人気記事ランキング"]
    assert extract_text(page(menu, ["旧港の浚渫計画を承認"], body, menu)).paragraphs == body


# --- the site memory hook ---------------------------------------------------------------------


def test_known_boilerplate_line_is_dropped_even_when_it_reads_like_prose() -> None:
    blurb = "The Harbour Gazette has reported on the coast and its people since 1921, every single day."
    text = page([HEADLINE], BODY[:2], [blurb], BODY[2:], FOOTER)
    assert blurb in extract_text(text).paragraphs
    # Learnt from an earlier page of the outlet: another year, other end punctuation.
    learnt = "The Harbour Gazette has reported on the coast and its people since 1899, every single day!"
    known = {normalise_line(learnt)}
    assert extract_text(text, boilerplate=known).paragraphs == BODY


def test_boilerplate_applies_exactly_when_the_memory_changes_the_extraction() -> None:
    """What lets a pooled run keep a worker's memoryless cleaning: the memory applies to a page
    only when one of its lines (or its first prose line without a date stamp) is known."""
    stamped = "Published: 5 March 2024 | " + BODY[0]
    text = page([HEADLINE], MENU, [stamped], BODY[1:], FOOTER)
    for known in [set(), {normalise_line("an unrelated promo line we never see here")},
                  {normalise_line(FOOTER[1])}, {normalise_line(BODY[0])}, {normalise_line(stamped)}]:
        if not boilerplate_applies(text, known):  # then the memory must change nothing
            assert extract_text(text, boilerplate=known) == extract_text(text)
    assert not boilerplate_applies(text, {normalise_line("an unrelated promo line we never see here")})
    assert boilerplate_applies(text, {normalise_line(BODY[0])})  # the first prose line as read, stamp cut
    assert boilerplate_applies(text, {normalise_line(FOOTER[1])})


def test_normalise_line() -> None:
    assert normalise_line("  Sign UP   for our\tNewsletter!  ") == "sign up for our newsletter"
    assert normalise_line("© 2024 Harbour Gazette.") == "0000 harbour gazette"
    assert normalise_line("© 2025 Harbour Gazette") == normalise_line("© 2024 Harbour Gazette.")
    assert normalise_line("«Read more»") == "read more"
    assert normalise_line("it's 5 o'clock") == "it's 0 o'clock"  # inner punctuation stays
    assert normalise_line(" ... ") == ""


def test_candidate_lines_are_the_normalised_non_empty_lines() -> None:
    text = "Home\n\n  World News  \n---\n© 2024 Gazette\n"
    assert candidate_lines(text) == ["home", "world news", "0000 gazette"]
    assert candidate_lines("") == []


# --- degenerate input -------------------------------------------------------------------------


def test_empty_and_boilerplate_only_input_have_no_body() -> None:
    assert extract_text("") == TextExtraction(None, [])
    assert extract_text(" \n\n\t\n") == TextExtraction(None, [])
    assert extract_text(page(MENU, FOOTER)).paragraphs == []


# --- the benchmark ----------------------------------------------------------------------------


@pytest.mark.bench
def test_text_bench_f1_on_the_zyte_benchmark() -> None:
    if not (ZYTE / "ground-truth.json").exists():
        pytest.skip(f"Zyte article benchmark not found at {ZYTE} (see ../shared/data/README.md)")
    spec = importlib.util.spec_from_file_location("bench_extraction", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    pages = bench.load_pages(ZYTE, None)
    result = bench.score(pages, bench.newsevents_text, rounds=2)  # the text row only
    assert result["f1"] >= 0.90, {k: v for k, v in result.items() if k != "per_page_f1"}
    # Speed is measured by bench/extraction.py (pages/s column), never by a timed test.
