"""Tests for the clean stage: decoding, boilerplate removal, HTML extraction, offsets, outlets."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from newsevents.actors.agents import outlet_by_domain
from newsevents.clean import clean_document, decode
from newsevents.clean.html import extract_html
from newsevents.clean.text import extract_text
from newsevents.ingest.readers import read_file
from newsevents.model import Document, RawDocument, Skip

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SEED = REPO.parent / "shared" / "seed" / "000_e81d9bfdad51a53f.txt"

TITLE = "Ministers agree new trade pact after talks in Geneva"
PARAGRAPHS = [
    "Trade ministers from twelve countries agreed on Tuesday to cut tariffs on farm goods, ending two "
    "years of talks that had stalled over subsidies for dairy farmers.",
    "The agreement, which still has to be ratified by national parliaments, will remove duties on more "
    "than 400 products over the next five years, the chair of the talks said.",
    "Officials said the first tariff cuts could take effect in January, although several governments have "
    "warned that ratification may take longer than planned.",
]
FOOTER = [
    "Subscribe to our newsletter",
    "© 2025 Example News. All rights reserved.",
    "• Share on Facebook",
    "• Share on X",
    "Example News is committed to independent reporting from around the world.",
    "Example News is committed to independent reporting from around the world.",
]
ARTICLE = "\n\n".join([TITLE, *PARAGRAPHS]) + "\n\n" + "\n".join(FOOTER) + "\n"


def text_doc(text: str, **kwargs: object) -> RawDocument:
    return RawDocument(origin="test.txt", content=text.encode("utf-8"), media_type="text", **kwargs)


def cleaned(raw: RawDocument) -> Document:
    doc = clean_document(raw)
    assert isinstance(doc, Document), doc
    return doc


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (the shared/ folder beside the checkout)")
    return SEED.read_text(encoding="utf-8")


# --- decode ---------------------------------------------------------------------------------

RUSSIAN = (
    "Министерство иностранных дел России заявило в понедельник, что Москва готова продолжить "
    "переговоры с Вашингтоном. Официальный представитель ведомства сообщила журналистам, что "
    "встреча может состояться уже в следующем месяце."
)
FRENCH = (
    "Le ministre a déclaré à la presse que le gouvernement français était prêt à négocier. Il a précisé "
    "que les élèves et les enseignants seraient consultés dès la rentrée. « Nous avons déjà commencé à "
    "préparer le texte », a-t-il ajouté après la réunion à l'Élysée."
)


def test_decode_utf8_strips_the_bom() -> None:
    assert decode(codecs.BOM_UTF8 + "Zürich talks".encode("utf-8")) == "Zürich talks"


def test_decode_plain_utf8() -> None:
    assert decode(RUSSIAN.encode("utf-8")) == RUSSIAN


def test_decode_cp1251_russian() -> None:
    assert decode(RUSSIAN.encode("cp1251")) == RUSSIAN


def test_decode_latin1_french() -> None:
    assert decode(FRENCH.encode("latin-1")) == FRENCH


def test_decode_cp1252_english_with_smart_quotes_and_accents() -> None:
    text = (
        "French president Emmanuel Macron met Brazil\u2019s foreign minister in S\u00e3o Paulo on Monday "
        "\u2014 the first such visit since 2019. \u201cWe are ready,\u201d he told reporters at the "
        "\u00c9lys\u00e9e, according to Agence France-Presse."
    )
    assert decode(text.encode("cp1252")) == text


# --- text boilerplate -----------------------------------------------------------------------


def test_text_title_is_the_headline_line() -> None:
    assert extract_text(ARTICLE).title == TITLE


def test_text_keeps_exactly_the_prose_paragraphs() -> None:
    assert extract_text(ARTICLE).paragraphs == PARAGRAPHS


def test_text_drops_footer_boilerplate() -> None:
    body = "\n".join(extract_text(ARTICLE).paragraphs)
    for line in FOOTER:
        assert line not in body
    assert "Share on" not in body and "©" not in body


def test_text_subheading_between_paragraphs_keeps_the_paragraphs_around_it() -> None:
    text = "\n\n".join([TITLE, PARAGRAPHS[0], PARAGRAPHS[1], "What happens next", PARAGRAPHS[2]]) + "\n\n" + "\n".join(FOOTER)
    paragraphs = extract_text(text).paragraphs
    assert [p for p in paragraphs if p in PARAGRAPHS] == PARAGRAPHS
    assert paragraphs == [PARAGRAPHS[0], PARAGRAPHS[1], "What happens next", PARAGRAPHS[2]]


def test_text_without_prose_has_no_paragraphs() -> None:
    assert extract_text("\n".join(FOOTER)).paragraphs == []
    assert extract_text("").paragraphs == []


def test_text_document_too_short_is_skipped() -> None:
    result = clean_document(text_doc("Headline\n\nOne short sentence of body text here."))
    assert isinstance(result, Skip)
    assert result.reason == "no article text"


# --- the seed article -----------------------------------------------------------------------


def test_seed_title() -> None:
    doc = cleaned(text_doc(seed_text()))
    assert doc.title == "Israel's Netanyahu Arrives in Moscow to Discuss Syria with Putin"


def test_seed_has_six_paragraphs_and_no_boilerplate() -> None:
    doc = cleaned(text_doc(seed_text()))
    assert len(doc.paragraphs) == 6
    assert doc.body.startswith("Israeli prime minister Binyamin Netanyahu is due to meet")
    assert doc.body.endswith("over the Ukraine crisis.")
    for furniture in ("Uncommon Knowledge", "committed to challenging", "About the writer", "Staff Writer", "ad-free"):
        assert furniture not in doc.body


def test_seed_outlet_is_detected_from_boilerplate() -> None:
    assert cleaned(text_doc(seed_text())).outlet == "Newsweek"


def test_seed_raw_text_is_kept() -> None:
    text = seed_text()
    assert cleaned(text_doc(text)).raw_text == text


def test_document_id_is_stable() -> None:
    text = seed_text()
    assert cleaned(text_doc(text)).id == cleaned(text_doc(text)).id


def test_document_id_ignores_extra_whitespace() -> None:
    text = seed_text()
    spaced = text.replace("\n\n", "\n\n\n").replace(". ", ".   ").replace("\n", "  \n")
    assert cleaned(text_doc(spaced)).id == cleaned(text_doc(text)).id


def test_document_id_differs_for_different_text() -> None:
    text = seed_text()
    assert cleaned(text_doc(text.replace("Monday", "Tuesday"))).id != cleaned(text_doc(text)).id


# --- HTML -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def visit() -> Document:
    (raw,) = read_file(EXAMPLES / "visit.html")
    assert isinstance(raw, RawDocument)
    return cleaned(raw)


def test_html_title(visit: Document) -> None:
    assert visit.title == "French foreign minister arrives in New Delhi for talks on defence and trade"


def test_html_title_is_not_repeated_as_the_first_paragraph(visit: Document) -> None:
    assert visit.paragraph_texts()[0] != visit.title


def test_html_published_date_from_meta(visit: Document) -> None:
    assert visit.published == date(2025, 3, 11)


def test_html_url_and_site_name_from_meta(visit: Document) -> None:
    assert visit.url == "https://www.northerndispatch.example/world/asia/2025/03/11/france-india-dumont-visit"
    assert visit.outlet == "The Northern Dispatch"
    assert visit.author == "Dispatch Staff"


def test_html_body_has_the_article_paragraphs(visit: Document) -> None:
    texts = visit.paragraph_texts()
    assert any(p.startswith("French foreign minister Claire Dumont arrived in New Delhi on Tuesday") for p in texts)
    assert any(p.startswith("Reuters reports that France has offered to assemble") for p in texts)
    assert texts[-1].endswith("he accepted, the ministry said.")
    assert len(texts) >= 6


@pytest.mark.parametrize(
    "furniture",
    [
        "We use cookies",
        "Politics",  # main navigation
        "Independent news since 1987",
        "Related stories",
        "EU and India push to close trade deal",
        "The Morning Dispatch",
        "in your inbox every morning",
        "Comet visible to the naked eye",
        "All rights reserved",
        "Share this story",
        "Advertisement",
    ],
)
def test_html_page_furniture_is_not_in_the_body(visit: Document, furniture: str) -> None:
    assert furniture not in visit.body


def test_html_gz_end_to_end() -> None:
    (raw,) = read_file(EXAMPLES / "protests.html.gz")
    doc = cleaned(raw)
    assert doc.title == "Police detain dozens as thousands protest in Tbilisi over media law"
    assert doc.published == date(2025, 3, 23)
    assert doc.body.startswith("Georgian police detained at least 46 people in Tbilisi on Saturday")
    assert "Sign up to World Briefing" not in doc.body
    assert "Skip to main content" not in doc.body


def test_html_without_article_text_is_skipped() -> None:
    raw = RawDocument(origin="empty.html", content=b"<html><body><nav>Home</nav></body></html>", media_type="html")
    result = clean_document(raw)
    assert isinstance(result, Skip)
    assert result.reason == "no article text"


def test_extract_html_drops_the_h1_headline_from_the_paragraphs() -> None:
    html = (
        "<html><head><title>Pact agreed in Geneva</title></head><body><article><h1>Pact agreed in Geneva</h1>"
        "<p>Trade ministers from twelve countries agreed on Tuesday to cut tariffs on farm goods, ending two years of talks.</p>"
        "<p>The agreement still has to be ratified by national parliaments before it takes effect next year.</p>"
        "</article></body></html>"
    )
    extraction = extract_html(html)
    assert extraction.title == "Pact agreed in Geneva"
    assert extraction.paragraphs[0].startswith("Trade ministers")


def test_raw_document_title_and_date_win_over_the_page() -> None:
    content = (EXAMPLES / "visit.html").read_bytes()
    raw = RawDocument("visit.html", content, "html", title="Given title", published=date(2025, 1, 1))
    doc = cleaned(raw)
    assert (doc.title, doc.published) == ("Given title", date(2025, 1, 1))


# --- paragraph offsets ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["visit.html", "protests.html.gz", "sanctions.txt"])
def test_paragraph_offsets_slice_the_body(name: str) -> None:
    (raw,) = read_file(EXAMPLES / name)
    doc = cleaned(raw)
    texts = doc.paragraph_texts()
    assert texts == doc.body.split("\n\n")
    assert all(text and text == text.strip() for text in texts)
    for (_, end), (start, _) in zip(doc.paragraphs, doc.paragraphs[1:]):
        assert doc.body[end:start] == "\n\n"
    assert doc.paragraphs[0][0] == 0 and doc.paragraphs[-1][1] == len(doc.body)


def test_text_paragraph_offsets_match_the_paragraphs() -> None:
    doc = cleaned(text_doc(ARTICLE))
    assert doc.paragraph_texts() == PARAGRAPHS
    assert doc.body == "\n\n".join(PARAGRAPHS)


# --- outlet precedence ----------------------------------------------------------------------


def test_given_outlet_wins() -> None:
    raw = text_doc(ARTICLE, outlet="Meridian Wire", url="https://www.reuters.com/world/x")
    assert cleaned(raw).outlet == "Meridian Wire"


def test_outlet_from_url_domain() -> None:
    expected = outlet_by_domain("https://www.reuters.com/world/x")
    assert expected is not None
    doc = cleaned(text_doc(ARTICLE, url="https://www.reuters.com/world/x"))
    assert doc.outlet == expected.name == "Reuters"


def test_given_outlet_wins_over_html_site_name() -> None:
    raw = RawDocument("visit.html", (EXAMPLES / "visit.html").read_bytes(), "html", outlet="Meridian Wire")
    assert cleaned(raw).outlet == "Meridian Wire"


def test_unknown_outlet_is_none() -> None:
    assert cleaned(text_doc(ARTICLE)).outlet is None


# --- outlet, title and date from the page's own text (written for these tests) -----------------

STORY = PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2]


@pytest.mark.parametrize("dateline, outlet", [
    ("MOSCOW, August 5. /TASS/. ", "TASS"),
    ("BEIJING, Aug. 5 (Xinhua) -- ", "Xinhua"),
    ("GENEVA (Reuters) - ", "Reuters"),
])
def test_outlet_credited_in_the_dateline(dateline, outlet) -> None:
    assert cleaned(text_doc(TITLE + "\n\n" + dateline + STORY)).outlet == outlet


def test_outlet_from_a_copyright_line_named_once() -> None:
    assert cleaned(text_doc(TITLE + "\n\n" + STORY + "\n\n© 2019 TASS. All rights reserved.\n")).outlet == "TASS"


def test_a_picture_credit_names_no_outlet() -> None:
    page = (TITLE + "\n\n(AP Photo/Ivan Sekretarev)\n" + STORY
            + "\n\nAP Photo/Alexander Zemlianichenko\nFile photo: AP\n")
    doc = cleaned(text_doc(page))
    assert doc.outlet is None
    assert doc.title == TITLE


@pytest.mark.parametrize("furniture", [
    "File pic", "Maria Lindqvist", "Editor: huaxia", "Subscribe to continue reading",
    "This article is for subscribers only",
])
def test_furniture_above_the_story_is_no_title(furniture) -> None:
    assert cleaned(text_doc(furniture + "\n\n" + STORY)).title is None
    assert cleaned(text_doc(TITLE + "\n" + furniture + "\n\n" + STORY)).title == TITLE


def test_a_leading_date_stamp_is_the_date_not_the_first_words() -> None:
    doc = cleaned(text_doc(TITLE + "\n\ndate 2019-08-05 " + STORY))
    assert doc.body.startswith("Trade ministers from twelve countries")
    assert doc.published == date(2019, 8, 5)
    given = cleaned(text_doc(TITLE + "\n\nPublished: 5 August 2019 | " + STORY, published=date(2019, 8, 6)))
    assert given.published == date(2019, 8, 6) and given.body.startswith("Trade ministers")
    assert cleaned(text_doc(TITLE + "\n\n" + STORY)).body.startswith("Trade ministers")
